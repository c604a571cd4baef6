/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>The matching engine fills, charges and declines like BTCC.</summary>
    [TestFixture]
    public class MatchingTests : SimulatorTestBase
    {
        [SetUp]
        public Task Login() => Client.LoginAsync();

        private Task<Newtonsoft.Json.Linq.JObject> OpenAsync(string symbol, int direction, string volume, int multiple) =>
            Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = direction.ToString(), ["symbol"] = symbol, ["request_volume"] = volume, ["request_price"] = "0", ["multiple"] = multiple.ToString()
            }));

        [Test]
        public async Task LimitOrderFillsWhenAskCrossesLimitPrice()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var order = await Client.PostAsync("/v1/account/openpending", Account(new()
            {
                ["direction"] = "1", ["type"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "59000", ["multiple"] = "5"
            }));
            Assert.That(Simulator.Snapshot().Deals, Is.Empty);

            Simulator.SetPrice("BTCUSDT", 58_990m);

            var snapshot = Simulator.Snapshot();
            var deal = snapshot.Deals.Single();
            Assert.That(deal.ExecPrice, Is.EqualTo(59_000m));
            Assert.That(deal.OrderType, Is.EqualTo(DealOrderType.LimitOpen));
            Assert.That(deal.Commission, Is.EqualTo(0.1m * 59_000m * 0.0003m));
            Assert.That(snapshot.Positions.Single().Id, Is.EqualTo(deal.PositionId));
            Assert.That(snapshot.Orders.Single(o => o.Id == order["order"]!.Value<long>("id")).Status, Is.EqualTo(OrderStatus.Triggered));
        }

        [Test]
        public async Task MarketOpenFillsAtAskAndChargesTakerCommission()
        {
            var (_, ask) = Simulator.GetQuote("BTCUSDT");

            var reply = await OpenAsync(Btc5x, 1, "0.5", 5);

            var position = reply["position"]!;
            Assert.That(position.Value<decimal>("exec_price"), Is.EqualTo(ask));
            Assert.That(position.Value<decimal>("exec_commission"), Is.EqualTo(0.5m * ask * 0.00048m));
            var snapshot = Simulator.Snapshot();
            Assert.That(snapshot.Balance, Is.EqualTo(Simulator.Options.InitialBalance - 0.5m * ask * 0.00048m));
            Assert.That(snapshot.Margin, Is.EqualTo(0.5m * ask / 5));
            Assert.That(snapshot.FreeMargin, Is.EqualTo(snapshot.Equity - snapshot.Margin));
        }

        [Test]
        public async Task HedgedTicketsOfOneSymbolCoexist()
        {
            await OpenAsync(Btc5x, 1, "0.1", 5);
            await OpenAsync(Btc5x, 2, "0.1", 5);

            Assert.That(Simulator.Snapshot().Positions.Select(p => p.Direction), Is.EquivalentTo(new[] { 1, 2 }));
        }

        [Test]
        public async Task PartialCloseLeavesRemainderOpenAndRealisesProfit()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var id = (await OpenAsync(Btc5x, 1, "0.2", 5))["position"]!.Value<long>("id");
            Simulator.SetPrice("BTCUSDT", 61_000m);
            var (bid, _) = Simulator.GetQuote("BTCUSDT");

            var reply = await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = id.ToString(), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.05", ["request_price"] = "0"
            }));

            Assert.That(reply["position"]!.Value<decimal>("volume"), Is.EqualTo(0.15m));
            var close = Simulator.Snapshot().Deals.Last();
            Assert.That(close.Reason, Is.EqualTo(2));
            Assert.That(close.Profit, Is.EqualTo((bid - Simulator.Snapshot().Deals.First().ExecPrice) * 0.05m));
        }

        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/LTCUSDT10x", 1, "1", 10, SimulatorErrorCodes.NotTradable)]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/DOGEUSDT20x", 2, "100", 20, SimulatorErrorCodes.DirectionNotAllowed)]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/XRPUSDT20x", 1, "10", 20, SimulatorErrorCodes.DirectionNotAllowed)]
        [TestCase(Btc5x, 1, "0.0005", 5, SimulatorErrorCodes.BadVolume)]
        [TestCase(Btc5x, 1, "0.0015", 5, SimulatorErrorCodes.BadVolume)]
        [TestCase(Btc5x, 1, "51", 5, SimulatorErrorCodes.BadVolume)]
        [TestCase(Btc5x, 1, "40", 5, SimulatorErrorCodes.InsufficientMargin)]
        [TestCase(Btc5x, 1, "0.1", 20, SimulatorErrorCodes.BadLeverage)]
        public async Task OpenPositionIsDeclinedLikeBtcc(string symbol, int direction, string volume, int multiple, int expectedCode)
        {
            var reply = await OpenAsync(symbol, direction, volume, multiple);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(expectedCode));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task ClosingAnUnknownPositionIsRefused()
        {
            var reply = await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = "999", ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "0"
            }));

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.PositionNotFound));
        }

        [Test]
        public async Task StopLossPendingOrderClosesItsPosition()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var id = (await OpenAsync(Btc5x, 1, "0.1", 5))["position"]!.Value<long>("id");
            await Client.PostAsync("/v1/account/openpending", Account(new()
            {
                ["direction"] = "2", ["type"] = "4", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "59000",
                ["multiple"] = "5", ["positionid"] = id.ToString()
            }));

            Simulator.SetPrice("BTCUSDT", 58_900m);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            Assert.That(Simulator.Snapshot().Deals.Last().OrderType, Is.EqualTo(DealOrderType.StopLossClose));
        }

        [Test]
        public void LiquidationClosesWithOrderTypeSeven()
        {
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.1m);

            Simulator.Liquidate(id);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            Assert.That(Simulator.Snapshot().Deals.Last().OrderType, Is.EqualTo(DealOrderType.Liquidation));
        }

        [Test]
        public void FundingChargesLongsAndMovesBalance()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            Simulator.OpenExternalPosition("BTCUSDT", 1, 1m);
            var before = Simulator.Snapshot().Balance;

            Simulator.ApplyFunding(0.0001m);

            Assert.That(Simulator.Snapshot().Balance, Is.EqualTo(before - 6m));
            Assert.That(Simulator.Snapshot().Positions.Single().Swap, Is.EqualTo(-6m));
        }

        [Test]
        public async Task SettlementRollsDealsOutOfTodayListButKeepsThemInTradeReport()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.1m);

            Simulator.Settle();
            var today = await Client.GetAsync("/v1/account/dealTodayList", Account());
            var history = await Client.GetAsync("/v1/user/getTradeReport", new() { ["pageNo"] = "1", ["pageSize"] = "10" });

            Assert.That(today["orders"]!.Count(), Is.Zero);
            Assert.That(today.Value<long>("settlement_time"), Is.GreaterThan(0));
            Assert.That(history["list"]!.Count(), Is.EqualTo(1));
        }
    }
}
