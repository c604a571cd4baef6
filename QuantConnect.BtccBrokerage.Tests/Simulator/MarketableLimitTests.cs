/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>
    /// A limit order on the wrong side of the market (a buy at or above the ask, a sell at or below the bid) takes the
    /// market's price, as on any exchange, never its own limit; a resting limit the market reaches later fills at its limit.
    /// </summary>
    [TestFixture]
    public class MarketableLimitTests : SimulatorTestBase
    {
        [SetUp]
        public async Task LoginAtSixtyThousand()
        {
            await Client.LoginAsync();
            Simulator.SetPrice("BTCUSDT", 60_000m);
        }

        internal Task<JObject> LimitAsync(int direction, decimal price, int type = PendingType.LimitOpen, long positionId = 0)
        {
            var parameters = new Dictionary<string, string>
            {
                ["direction"] = direction.ToString(), ["type"] = type.ToString(), ["symbol"] = Btc5x, ["request_volume"] = "0.1",
                ["request_price"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture), ["multiple"] = "5"
            };
            if (positionId != 0) parameters["positionid"] = positionId.ToString();
            return Client.PostAsync("/v1/account/openpending", Account(parameters));
        }

        [Test]
        public async Task ASellLimitTenPercentBelowTheMarketFillsAtTheBidAsATaker()
        {
            var (bid, _) = Simulator.GetQuote("BTCUSDT");

            var order = (await LimitAsync(2, 54_000m))["order"]!;

            var deal = Simulator.Snapshot().Deals.Single();
            Assert.That(deal.ExecPrice, Is.EqualTo(bid));
            Assert.That(deal.Commission, Is.EqualTo(Math.Round(0.1m * bid * ExchangeEngine.TakerRate, 8)));
            Assert.That(deal.OrderType, Is.EqualTo(DealOrderType.LimitOpen));
            var executed = Simulator.Snapshot().Orders.Single(o => o.Id == order.Value<long>("id"));
            Assert.That(executed.Status, Is.EqualTo(OrderStatus.Triggered));
            Assert.That(executed.ExecutePrice, Is.EqualTo(bid));
        }

        [Test]
        public async Task ABuyLimitAboveTheAskFillsAtTheAsk()
        {
            var (_, ask) = Simulator.GetQuote("BTCUSDT");

            await LimitAsync(1, 66_000m);

            Assert.That(Simulator.Snapshot().Positions.Single().OpenPrice, Is.EqualTo(ask));
        }

        [Test]
        public async Task ALimitCloseThroughTheMarketClosesAtTheMarketsPrice()
        {
            var id = (await Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "0", ["multiple"] = "5"
            })))["position"]!.Value<long>("id");
            var (bid, _) = Simulator.GetQuote("BTCUSDT");

            await LimitAsync(2, 50_000m, PendingType.LimitClose, id);

            Assert.That(Simulator.Snapshot().Deals.Last().ExecPrice, Is.EqualTo(bid));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task AnUpdateThroughTheMarketFillsAtTheMarketsPrice()
        {
            var id = (await LimitAsync(1, 55_000m))["order"]!.Value<long>("id");
            var (_, ask) = Simulator.GetQuote("BTCUSDT");

            await Client.PostAsync("/v1/account/updatepending", Account(new()
            {
                ["id"] = id.ToString(), ["direction"] = "1", ["type"] = "0", ["request_volume"] = "0.1", ["request_price"] = "65000"
            }));

            Assert.That(Simulator.Snapshot().Deals.Single().ExecPrice, Is.EqualTo(ask));
        }

        [Test]
        public async Task ARestingLimitReachedByAGapStillFillsAtItsLimitAsAMaker()
        {
            await LimitAsync(1, 59_000m);

            Simulator.SetPrice("BTCUSDT", 57_000m);

            var deal = Simulator.Snapshot().Deals.Single();
            Assert.That(deal.ExecPrice, Is.EqualTo(59_000m));
            Assert.That(deal.Commission, Is.EqualTo(0.1m * 59_000m * ExchangeEngine.MakerRate));
        }
    }

    /// <summary>With <see cref="MarketableLimitPolicy.Refuse"/>, as MT4-style back ends do, such a limit is refused and nothing changes.</summary>
    [TestFixture]
    public class RefusedMarketableLimitTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.MarketableLimits = MarketableLimitPolicy.Refuse;

        [SetUp]
        public async Task LoginAtSixtyThousand()
        {
            await Client.LoginAsync();
            Simulator.SetPrice("BTCUSDT", 60_000m);
        }

        private Task<JObject> LimitAsync(int direction, decimal price) => Client.PostAsync("/v1/account/openpending", Account(new()
        {
            ["direction"] = direction.ToString(), ["type"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1",
            ["request_price"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture), ["multiple"] = "5"
        }));

        [TestCase(2, 54_000)]
        [TestCase(1, 66_000)]
        public async Task ALimitThroughTheMarketIsRefusedAndNothingIsPlaced(int direction, decimal price)
        {
            var reply = await LimitAsync(direction, price);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.LimitOnWrongSide));
            Assert.That(reply.Value<string>("msg"), Is.EqualTo("limit price is on the wrong side of the market"));
            var snapshot = Simulator.Snapshot();
            Assert.That(snapshot.Orders, Is.Empty);
            Assert.That(snapshot.Deals, Is.Empty);
        }

        [Test]
        public async Task ALimitOnTheRightSideIsPlaced()
        {
            var reply = await LimitAsync(1, 55_000m);

            Assert.That(reply.Value<int>("code"), Is.Zero);
            Assert.That(Simulator.Snapshot().Orders.Single().Status, Is.EqualTo(OrderStatus.Placed));
        }

        [Test]
        public async Task AnUpdateThroughTheMarketIsRefusedAndTheOrderKeepsItsPrice()
        {
            var id = (await LimitAsync(1, 55_000m))["order"]!.Value<long>("id");

            var reply = await Client.PostAsync("/v1/account/updatepending", Account(new()
            {
                ["id"] = id.ToString(), ["direction"] = "1", ["type"] = "0", ["request_volume"] = "0.1", ["request_price"] = "65000"
            }));

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.LimitOnWrongSide));
            var order = Simulator.Snapshot().Orders.Single();
            Assert.That(order.RequestPrice, Is.EqualTo(55_000m));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Placed));
        }
    }
}
