/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>
    /// Closing pending orders (types 3-5 on a positionid) as the simulator holds them where BTCC's docs are silent: the
    /// strictest reading.
    /// </summary>
    [TestFixture]
    public class ClosingOrderTests : SimulatorTestBase
    {
        private long _ticket;

        [SetUp]
        public async Task OpenALong()
        {
            await Client.LoginAsync();
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var reply = await Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "0", ["multiple"] = "5"
            }));
            _ticket = reply["position"]!.Value<long>("id");
        }

        private Task<Newtonsoft.Json.Linq.JObject> CloseAsync(int type, string volume, string price, long? ticket = null) =>
            Client.PostAsync("/v1/account/openpending", Account(new()
            {
                ["direction"] = "2", ["type"] = type.ToString(CultureInfo.InvariantCulture), ["symbol"] = Btc5x, ["request_volume"] = volume,
                ["request_price"] = price, ["multiple"] = "5", ["positionid"] = (ticket ?? _ticket).ToString(CultureInfo.InvariantCulture)
            }));

        private Task<Newtonsoft.Json.Linq.JObject> UpdateAsync(long id, int limitOrStop, string volume, string price) =>
            Client.PostAsync("/v1/account/updatepending", Account(new()
            {
                ["id"] = id.ToString(CultureInfo.InvariantCulture), ["direction"] = "2", ["type"] = limitOrStop.ToString(CultureInfo.InvariantCulture),
                ["request_volume"] = volume, ["request_price"] = price
            }));

        private SimulatedOrder Order(Newtonsoft.Json.Linq.JObject reply) => Simulator.Snapshot().Orders.Single(o => o.Id == reply["order"]!.Value<long>("id"));

        [Test]
        public async Task AClosingOrderOfAnUnknownTicketIsRefused()
        {
            var reply = await CloseAsync(PendingType.LimitClose, "0.1", "61000", ticket: 999);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.PositionNotFound));
        }

        [Test]
        public async Task AClosingOrderMayNotCloseMoreThanItsTicket()
        {
            var reply = await CloseAsync(PendingType.LimitClose, "0.2", "61000");

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.BadVolume));
        }

        [Test]
        public async Task ATakeProfitAndAStopLossMayEachCoverTheWholeTicket()
        {
            var takeProfit = await CloseAsync(PendingType.LimitClose, "0.1", "61000");
            var stopLoss = await CloseAsync(PendingType.StopLoss, "0.1", "59000");

            Assert.That((takeProfit.Value<int>("code"), stopLoss.Value<int>("code")), Is.EqualTo((0, 0)));
        }

        [Test]
        public async Task WhenOneClosesTheTicketTheOthersOnItAreCancelled()
        {
            var takeProfit = await CloseAsync(PendingType.LimitClose, "0.1", "61000");
            var stopLoss = await CloseAsync(PendingType.StopLoss, "0.1", "59000");

            Simulator.SetPrice("BTCUSDT", 61_500m);

            Assert.That(Order(takeProfit).Status, Is.EqualTo(OrderStatus.Triggered));
            Assert.That(Order(stopLoss).Status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task AClosingOrderWhoseTicketAMarketCloseClosedIsCancelled()
        {
            var takeProfit = await CloseAsync(PendingType.LimitClose, "0.1", "61000");

            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = _ticket.ToString(CultureInfo.InvariantCulture), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "0"
            }));

            Assert.That(Order(takeProfit).Status, Is.EqualTo(OrderStatus.Cancelled));
        }

        [Test]
        public async Task AClosingOrderBiggerThanWhatItsTicketStillHoldsClosesItAndHasItsRestCancelled()
        {
            var stopLoss = await CloseAsync(PendingType.StopLoss, "0.1", "59000");
            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = _ticket.ToString(CultureInfo.InvariantCulture), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.04", ["request_price"] = "0"
            }));

            Simulator.SetPrice("BTCUSDT", 58_900m);

            var order = Order(stopLoss);
            Assert.That((order.Status, order.ExecuteVolume), Is.EqualTo((OrderStatus.Cancelled, 0.06m)), "it closed what was left, the rest is cancelled");
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task AnUpdateKeepsTheClosingOrdersKind()
        {
            var takeProfit = await CloseAsync(PendingType.LimitClose, "0.1", "61000");

            var asStop = await UpdateAsync(Order(takeProfit).Id, limitOrStop: 1, "0.1", "61500");
            var asLimit = await UpdateAsync(Order(takeProfit).Id, limitOrStop: 0, "0.1", "61500");

            Assert.That(asStop.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.BadOrderType));
            Assert.That(asLimit.Value<int>("code"), Is.Zero);
            Assert.That((Order(takeProfit).Type, Order(takeProfit).RequestPrice), Is.EqualTo((PendingType.LimitClose, 61_500m)));
        }

        [Test]
        public async Task AnUpdateMayNotLeaveMoreToCloseThanTheTicketStillHolds()
        {
            var takeProfit = await CloseAsync(PendingType.LimitClose, "0.1", "61000");
            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = _ticket.ToString(CultureInfo.InvariantCulture), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.04", ["request_price"] = "0"
            }));

            var tooMuch = await UpdateAsync(Order(takeProfit).Id, 0, "0.1", "61000");
            var enough = await UpdateAsync(Order(takeProfit).Id, 0, "0.06", "61000");

            Assert.That(tooMuch.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.BadVolume));
            Assert.That(enough.Value<int>("code"), Is.Zero);
        }

        [Test]
        public async Task AClosingDealIsACloseDealOfItsTicketCausedByTheOrder()
        {
            var stopLoss = await CloseAsync(PendingType.StopLoss, "0.1", "59000");

            Simulator.SetPrice("BTCUSDT", 58_900m);

            var deal = Simulator.Snapshot().Deals.Last();
            Assert.That((deal.Reason, deal.PositionId, deal.OrderId, deal.OrderType), Is.EqualTo((2, _ticket, Order(stopLoss).Id, DealOrderType.StopLossClose)));
        }
    }
}
