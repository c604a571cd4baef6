/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using SimulatorOrderStatus = QuantConnect.Brokerages.Btcc.Simulator.Engine.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// The fill engine under the faults real exchanges have: replies lost after a write took effect, lists that lag,
    /// fills racing cancels, updates of partly filled orders, settlement while a catch-up fails. The simulator's own
    /// state is the truth every outcome is checked against.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class FillEngineFaultTests : BtccBrokerageTestBase
    {
        private const string DealTodayList = "/v1/account/dealTodayList";
        private const string TradeReport = "/v1/user/getTradeReport";
        private const string PositionList = "/v1/account/positionlist";
        private const string OrderList = "/v1/account/orderList";
        private const string OpenPosition = "/v1/account/openposition";
        private const string OpenPending = "/v1/account/openpending";
        private const string CancelPending = "/v1/account/cancelpending";

        [Test]
        public void FillMissedAtASettlementIsCaughtUpOnceTheTradeReportAnswersAgain()
        {
            // the deal never shows in dealTodayList: it settles while that list still hides it
            Simulator.Faults.SetListLag(DealTodayList, TimeSpan.FromMinutes(1));
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.02m);
            // every attempt (and its read retries) of the first catch-ups fails
            Simulator.Faults.FailNext(TradeReport, RequestFault.ServerErrorBeforeApplying, 12);
            Simulator.Settle();

            WaitUntil(() => Messages.Any(m => m.Code == "ExternalFill"), "the missed fill to be reported once the trade report answers");

            Assert.That(Messages.Count(m => m.Code == "ExternalFill"), Is.EqualTo(1));
            Assert.That(Messages.Where(m => m.Type == BrokerageMessageType.Error), Is.Empty);
        }

        [Test]
        public void FillListedAfterAnUpdateOfItsOrderStaysThatOrdersFill()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            // the partial fill is listed only after the order was re-priced
            Simulator.Faults.SetListLag(DealTodayList, TimeSpan.FromSeconds(1));
            var order = (LimitOrder)PlaceOrderWaitForStatus(Limit(0.04m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_100m);
            var deal = Simulator.Snapshot().Deals.Single();

            order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, order.Id, new UpdateOrderFields { LimitPrice = BtcPrice - 2_000m }));
            Assert.That(Brokerage.UpdateOrder(order), Is.True);

            WaitUntil(() => EventsOf(order).Any(e => e.Status.IsFill()) || Messages.Any(m => m.Code == "ExternalFill"), "the earlier fill to be reported");
            var fill = EventsOf(order).Single(e => e.Status.IsFill());
            Assert.That((fill.Message, fill.FillQuantity, fill.FillPrice), Is.EqualTo(($"BTCC deal {deal.Id}", deal.ExecVolume, deal.ExecPrice)));
            Assert.That(fill.Status, Is.EqualTo(OrderStatus.PartiallyFilled));
            Assert.That(Messages.Where(m => m.Code == "ExternalFill"), Is.Empty);
        }

        [Test]
        public void FillThatBeatsTheCancelIsReportedBeforeTheOrderEndsCanceled()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            var order = PlaceOrderWaitForStatus(Limit(0.04m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.Faults.CancelRaceRate = 1.0;

            Assert.That(Brokerage.CancelOrder(order), Is.True);
            WaitForStatus(order, OrderStatus.Canceled);

            var truth = Simulator.Snapshot().Orders.Single(o => o.Id == long.Parse(order.BrokerId[0]));
            Assert.That(truth.ExecuteVolume, Is.EqualTo(0.02m), "the fill beat the cancel");
            var events = EventsOf(order);
            Assert.That(events.Where(e => e.Status.IsFill()).Sum(e => e.FillQuantity), Is.EqualTo(truth.ExecuteVolume));
            Assert.That(events.FindIndex(e => e.Status.IsFill()), Is.LessThan(events.FindIndex(e => e.Status == OrderStatus.Canceled)));
            Assert.That(Messages.Where(m => m.Code == "ExternalFill"), Is.Empty);
        }

        [Test]
        public void ACancelWhoseOutcomeStayedUnknownIsSentAgainWhileBtccListsTheOrder()
        {
            var order = PlaceOrderWaitForStatus(Limit(0.04m, BtcPrice - 1_000m), OrderStatus.Submitted);
            // the cancel and its one re-send are answered 500 before BTCC applies them
            Simulator.Faults.FailNext(CancelPending, RequestFault.ServerErrorBeforeApplying, 2);

            Assert.That(Brokerage.CancelOrder(order), Is.False, "the cancel's outcome is unknown");
            WaitForStatus(order, OrderStatus.Canceled);

            var truth = Simulator.Snapshot().Orders.Single(o => o.Id == long.Parse(order.BrokerId[0]));
            Assert.That(truth.Status, Is.EqualTo(SimulatorOrderStatus.Cancelled), "BTCC cancelled it");
            Assert.That(Messages.Count(m => m.Message.Contains("cancel outcome unknown", StringComparison.Ordinal)), Is.EqualTo(1));
        }

        [Test]
        public void FillThatBeatsTheCancelOfAClosingOrderIsReportedToIt()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            PlaceOrderWaitForStatus(Market(0.04m));
            var takeProfit = PlaceOrderWaitForStatus(Limit(-0.04m, BtcPrice + 1_000m), OrderStatus.Submitted);
            Simulator.Faults.CancelRaceRate = 1.0;

            Assert.That(Brokerage.CancelOrder(takeProfit), Is.True);
            WaitForStatus(takeProfit, OrderStatus.Canceled);

            var truth = Simulator.Snapshot().Orders.Single(o => o.Id == long.Parse(takeProfit.BrokerId[0]));
            Assert.That(truth.ExecuteVolume, Is.EqualTo(0.02m), "the fill beat the cancel");
            Assert.That(EventsOf(takeProfit).Where(e => e.Status.IsFill()).Sum(e => -e.FillQuantity), Is.EqualTo(truth.ExecuteVolume));
            Assert.That(Messages.Where(m => m.Code == "ExternalFill"), Is.Empty);
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void OrderFilledByARaceWithItsCancelEndsFilled()
        {
            var order = PlaceOrderWaitForStatus(Limit(0.04m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.Faults.CancelRaceRate = 1.0;

            Brokerage.CancelOrder(order);
            WaitForStatus(order, OrderStatus.Filled);

            Assert.That(FilledQuantity(order), Is.EqualTo(0.04m));
            Assert.That(EventsOf(order).Where(e => e.Status == OrderStatus.Canceled), Is.Empty);
        }

        [Test]
        public void MarketOrderWhoseReplyWasLostOpensOnePositionAndFillsOnce()
        {
            // the open took effect, its reply was lost, and BTCC lists the new ticket and deal only 2 s later
            Simulator.Faults.SetListLag(PositionList, TimeSpan.FromSeconds(2));
            Simulator.Faults.SetListLag(DealTodayList, TimeSpan.FromSeconds(2));
            Simulator.Faults.FailNext(OpenPosition, RequestFault.ServerErrorAfterApplying);
            var order = Market(0.01m);

            Assert.That(Brokerage.PlaceOrder(order), Is.True, "the order may be live: it is not refused");
            WaitForStatus(order, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Has.Count.EqualTo(1), "one position, not a second one");
            Assert.That(FilledQuantity(order), Is.EqualTo(0.01m));
            Assert.That(EventsOf(order).Where(e => e.Status == OrderStatus.Invalid), Is.Empty);
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void LimitOrderWhoseReplyWasLostOwnsTheOneBtccOrderItPlaced()
        {
            Simulator.Faults.SetListLag(OrderList, TimeSpan.FromSeconds(2));
            Simulator.Faults.FailNext(OpenPending, RequestFault.ServerErrorAfterApplying);
            var order = Limit(0.01m, BtcPrice - 1_000m);

            Assert.That(Brokerage.PlaceOrder(order), Is.True, "the order may be live: it is not refused");
            WaitUntil(() => order.BrokerId.Count > 0, "the order to be found in BTCC's lists");

            var placed = Simulator.Snapshot().Orders.Single();
            Assert.That(order.BrokerId, Is.EqualTo(new[] { placed.Id.ToString() }), "the order BTCC placed, and no second one");
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_100m);
            WaitForStatus(order, OrderStatus.Filled);
            Assert.That(EventsOf(order).Where(e => e.Status == OrderStatus.Invalid), Is.Empty);
            Assert.That(Messages.Where(m => m.Code is "ExternalOrder" or "ExternalFill"), Is.Empty);
        }

        [Test]
        public void AClosingOrderWhoseReplyWasLostIsFoundInBtccsListsAndGetsItsDeal()
        {
            PlaceOrderWaitForStatus(Market(0.01m));
            Simulator.Faults.SetListLag(OrderList, TimeSpan.FromSeconds(2));
            Simulator.Faults.FailNext(OpenPending, RequestFault.ServerErrorAfterApplying);
            var takeProfit = Limit(-0.01m, BtcPrice + 1_000m);

            Assert.That(Brokerage.PlaceOrder(takeProfit), Is.True, "the order may be live: it is not refused");
            WaitUntil(() => takeProfit.BrokerId.Count > 0, "the closing order to be found in BTCC's lists");

            var placed = Simulator.Snapshot().Orders.Single();
            Assert.That((placed.Type, takeProfit.BrokerId.Single()), Is.EqualTo((PendingType.LimitClose, placed.Id.ToString())), "the one BTCC placed");
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(takeProfit, OrderStatus.Filled);
            Assert.That(Messages.Where(m => m.Code is "ExternalOrder" or "ExternalFill"), Is.Empty);
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void TwoIdenticalLimitOrdersEachOwnTheirOwnBtccOrder()
        {
            var first = PlaceOrderWaitForStatus(Limit(0.01m, BtcPrice - 1_000m), OrderStatus.Submitted);
            // the second, identical order's reply is lost and its BTCC order is listed late, while the first's is
            // listed: the first's must not pass for it
            var lag = TimeSpan.FromSeconds(1);
            Simulator.Faults.SetListLag(OrderList, lag);
            WaitUntil(() => DateTimeOffset.UtcNow - Simulator.Snapshot().Orders.Single().CreatedAt > lag, "the first order to be listed");
            Simulator.Faults.FailNext(OpenPending, RequestFault.ServerErrorAfterApplying);
            var second = Limit(0.01m, BtcPrice - 1_000m);

            Assert.That(Brokerage.PlaceOrder(second), Is.True);
            WaitUntil(() => second.BrokerId.Count > 0, "the second order to be found in BTCC's lists");

            var btccOrders = Simulator.Snapshot().Orders.Select(o => o.Id.ToString()).ToList();
            Assert.That(btccOrders, Has.Count.EqualTo(2), "both reached BTCC, once each");
            Assert.That(first.BrokerId.Concat(second.BrokerId), Is.EquivalentTo(btccOrders), "each owns its own");
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_100m);
            WaitForStatus(first, OrderStatus.Filled);
            WaitForStatus(second, OrderStatus.Filled);
            foreach (var order in new[] { first, second })
            {
                var deal = Simulator.Snapshot().Deals.Single(d => d.OrderId.ToString() == order.BrokerId[0]);
                Assert.That(EventsOf(order).Single(e => e.Status.IsFill()).Message, Is.EqualTo($"BTCC deal {deal.Id}"));
            }
        }

        [Test]
        public void WriteThatNeverTookEffectEndsInvalidOnlyOnceBtccShowsNoTraceOfIt()
        {
            Simulator.Faults.FailNext(OpenPending, RequestFault.ServerErrorBeforeApplying);
            var order = Limit(0.01m, BtcPrice - 1_000m);

            Assert.That(Brokerage.PlaceOrder(order), Is.True, "the outcome is unknown when the request fails");
            WaitForStatus(order, OrderStatus.Invalid);
            Assert.That(EventsOf(order).Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.Submitted, OrderStatus.Invalid }));

            Assert.That(Simulator.Snapshot().Orders, Is.Empty, "nothing reached BTCC, and nothing was sent again");
            Assert.That(EventsOf(order).Last().Message, Does.Contain("no trace"));
            Assert.That(Messages.Where(m => m.Type == BrokerageMessageType.Error), Is.Empty);
        }
    }
}
