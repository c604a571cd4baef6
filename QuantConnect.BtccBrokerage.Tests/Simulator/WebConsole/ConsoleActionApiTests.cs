/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Net.WebSockets;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>The console API's one-shot actions act on the exchange, as its own state shows.</summary>
    [TestFixture]
    public class ConsoleActionApiTests : ConsoleTestBase
    {
        [SetUp]
        public void AtSixtyThousand() => Simulator.SetPrice("BTCUSDT", 60_000m);

        private static decimal Mid((decimal Bid, decimal Ask) quote) => (quote.Bid + quote.Ask) / 2;

        [Test]
        public async Task JumpPriceMovesTheMidByThePercent()
        {
            await ConsoleApi.PostOkAsync("actions/jump-price", new { ticker = "BTCUSDT", percent = -2.5 });

            Assert.That(Mid(Simulator.GetQuote("BTCUSDT")), Is.EqualTo(58_500m));
        }

        [Test]
        public async Task APriceJumpRunsTheTriggersItCrosses()
        {
            var id = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, PendingType.LimitOpen, 0.01m, 59_000m);

            await ConsoleApi.PostOkAsync("actions/jump-price", new { ticker = "BTCUSDT", percent = -5 });

            Assert.That(Simulator.Snapshot().Orders.Single(o => o.Id == id).Status, Is.EqualTo(OrderStatus.Triggered));
        }

        [Test]
        public async Task OpenPositionOpensATicketAsIfFromBtccsApp()
        {
            var reply = await ConsoleApi.PostOkAsync("actions/open-position", new { ticker = "BTCUSDT", side = "sell", volume = 0.02 });

            var ticket = Simulator.Snapshot().Positions.Single();
            Assert.That(reply.Value<long>("positionId"), Is.EqualTo(ticket.Id));
            Assert.That((ticket.Direction, ticket.Volume), Is.EqualTo((2, 0.02m)));
        }

        [Test]
        public async Task ClosePositionClosesTheTicketAtMarket()
        {
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);

            await ConsoleApi.PostOkAsync("actions/close-position", new { positionId = id });

            var snapshot = Simulator.Snapshot();
            Assert.That(snapshot.Positions, Is.Empty);
            Assert.That(snapshot.Deals.Last().OrderType, Is.EqualTo(DealOrderType.MarketClose));
        }

        [Test]
        public async Task PlaceOrderRestsAPendingOrderAsIfFromBtccsApp()
        {
            var reply = await ConsoleApi.PostOkAsync("actions/place-order", new { ticker = "BTCUSDT", side = "buy", type = "limit", volume = 0.01, price = 55_000 });

            var order = Simulator.Snapshot().PendingOrders.Single();
            Assert.That(reply.Value<long>("orderId"), Is.EqualTo(order.Id));
            Assert.That((order.Type, order.Direction, order.RequestPrice), Is.EqualTo((PendingType.LimitOpen, 1, 55_000m)));
        }

        [Test]
        public async Task CancelOrderCancelsThePendingOrder()
        {
            var id = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, PendingType.LimitOpen, 0.01m, 55_000m);

            await ConsoleApi.PostOkAsync("actions/cancel-order", new { orderId = id });

            Assert.That(Simulator.Snapshot().Orders.Single(o => o.Id == id).Status, Is.EqualTo(OrderStatus.Cancelled));
        }

        [Test]
        public async Task LiquidateClosesTheTicketWithADealOfOrderTypeSeven()
        {
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);

            await ConsoleApi.PostOkAsync("actions/liquidate", new { positionId = id });

            var snapshot = Simulator.Snapshot();
            Assert.That(snapshot.Positions, Is.Empty);
            Assert.That(snapshot.Deals.Last().OrderType, Is.EqualTo(DealOrderType.Liquidation));
        }

        [Test]
        public async Task AnActionOnATicketThatIsNotOpenIsANotFoundWithTheExchangesReason()
        {
            var (status, reply) = await ConsoleApi.PostAsync("actions/liquidate", new { positionId = 42 });

            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.PositionNotFound));
        }

        [Test]
        public async Task AnOrderTheExchangeRefusesIsAConflictWithItsReason()
        {
            var (status, reply) = await ConsoleApi.PostAsync("actions/open-position", new { ticker = "BTCUSDT", side = "buy", volume = 0.0005 });

            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.BadVolume));
        }

        [Test]
        public async Task ChargeFundingMakesALongPayRateTimesNotional()
        {
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.1m);

            await ConsoleApi.PostOkAsync("actions/charge-funding", new { rate = 0.0001 });

            Assert.That(Simulator.Snapshot().Positions.Single(p => p.Id == id).Swap, Is.EqualTo(-0.6m));
        }

        [Test]
        public async Task SettleRollsTodaysDealsOff()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);

            await ConsoleApi.PostOkAsync("actions/settle");

            Assert.That(Simulator.Snapshot().Deals, Has.All.Matches<SimulatedDeal>(d => d.Settled));
        }

        [Test]
        public async Task ExpireTokensMakesALoggedInClientsNextCallAnswer207()
        {
            await Client.LoginAsync();

            await ConsoleApi.PostOkAsync("actions/expire-tokens");

            var reply = await Client.GetAsync("/v1/account/account", Account());
            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.TokenExpired));
        }

        [Test]
        public async Task DropQuoteSocketsAbortsAConnectedQuoteSocket()
        {
            await using var quotes = await QuoteTestClient.ConnectAsync(Simulator);
            await quotes.LoginAsync(Simulator);

            var reply = await ConsoleApi.PostOkAsync("actions/drop-quote-sockets");

            try
            {
                // an aborted connection either reports a close or fails the read
                await quotes.TryReceiveAsync(TimeSpan.FromSeconds(5));
            }
            catch (WebSocketException)
            {
            }
            Assert.That(reply.Value<int>("dropped"), Is.EqualTo(1));
            Assert.That(quotes.State, Is.Not.EqualTo(WebSocketState.Open));
        }
    }
}
