/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using PendingType = QuantConnect.Brokerages.Btcc.Simulator.Engine.PendingType;
using SimulatorOrderStatus = QuantConnect.Brokerages.Btcc.Simulator.Engine.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// LEAN limit and stop orders that reduce a position, against the simulator: they close the opposite tickets with
    /// BTCC's closing pending orders (limit close, stop-loss) and open only the part past zero; hedge and reduce-only
    /// properties; a closing order whose ticket another order closed. After each, LEAN's holding is the net of BTCC's
    /// tickets and BTCC holds nothing LEAN's orders do not account for.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageClosingOrderTests : BtccBrokerageTestBase
    {
        private long OnlyTicket() => Simulator.Snapshot().Positions.Single().Id;

        private SimulatedOrder PendingOf(Order order, int type)
            => Simulator.Snapshot().PendingOrders.Single(o => order.BrokerId.Contains(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) && o.Type == type);

        [Test]
        public void TakeProfitLimitAgainstALongClosesItsTicket()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var ticket = OnlyTicket();

            var takeProfit = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            var pending = PendingOf(takeProfit, PendingType.LimitClose);
            Assert.That(pending.PositionId, Is.EqualTo(ticket), "a limit close of the long's ticket, not a short beside it");
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(takeProfit, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty, "the long is closed, nothing is hedged");
            Assert.That(EventsOf(takeProfit).Single(e => e.Status == OrderStatus.Filled).FillPrice, Is.EqualTo(BtcPrice + 1_000m), "at its limit");
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void TakeProfitLimitAgainstAShortClosesItsTicket()
        {
            PlaceOrderWaitForStatus(Market(-DefaultQuantity));
            var ticket = OnlyTicket();

            var takeProfit = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            Assert.That(PendingOf(takeProfit, PendingType.LimitClose).PositionId, Is.EqualTo(ticket));
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            WaitForStatus(takeProfit, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void StopLossAgainstALongClosesItsTicket()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var ticket = OnlyTicket();

            var stopLoss = PlaceOrderWaitForStatus(Stop(-DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            Assert.That(PendingOf(stopLoss, PendingType.StopLoss).PositionId, Is.EqualTo(ticket), "a stop-loss of the long's ticket");
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            WaitForStatus(stopLoss, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void StopLossAgainstAShortClosesItsTicket()
        {
            PlaceOrderWaitForStatus(Market(-DefaultQuantity));
            var ticket = OnlyTicket();

            var stopLoss = PlaceOrderWaitForStatus(Stop(DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            Assert.That(PendingOf(stopLoss, PendingType.StopLoss).PositionId, Is.EqualTo(ticket));
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(stopLoss, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void LimitCrossingZeroClosesTheLongAndOpensOnlyThePartPastZero()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var ticket = OnlyTicket();

            var order = PlaceOrderWaitForStatus(Limit(-3 * DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            Assert.That(PendingOf(order, PendingType.LimitClose).RequestVolume, Is.EqualTo(DefaultQuantity));
            Assert.That(PendingOf(order, PendingType.LimitOpen).RequestVolume, Is.EqualTo(2 * DefaultQuantity));
            Assert.That(order.BrokerId, Has.Count.EqualTo(2), "one LEAN order, two BTCC orders");
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(order, OrderStatus.Filled);

            var tickets = Simulator.Snapshot().Positions;
            Assert.That(tickets.Select(p => (p.Direction, p.Volume)), Is.EqualTo(new[] { (2, 2 * DefaultQuantity) }), "the long closed, the rest short");
            Assert.That(tickets.Single().Id, Is.Not.EqualTo(ticket));
            Assert.That(FilledQuantity(order), Is.EqualTo(-3 * DefaultQuantity), "the legs' fills are the LEAN order's");
            Assert.That(EventsOf(order).Count(e => e.Status == OrderStatus.Filled), Is.EqualTo(1), "one Filled, at the end");
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void StopCrossingZeroClosesTheShortAndOpensOnlyThePartPastZero()
        {
            PlaceOrderWaitForStatus(Market(-DefaultQuantity));

            var order = PlaceOrderWaitForStatus(Stop(2 * DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            Assert.That(PendingOf(order, PendingType.StopLoss).RequestVolume, Is.EqualTo(DefaultQuantity));
            Assert.That(PendingOf(order, PendingType.StopOpen).RequestVolume, Is.EqualTo(DefaultQuantity));
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(order, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions.Select(p => (p.Direction, p.Volume)), Is.EqualTo(new[] { (1, DefaultQuantity) }));
            Assert.That(FilledQuantity(order), Is.EqualTo(2 * DefaultQuantity));
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void AHedgeOrderOpensATicketBesideTheOppositeOne()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));

            var hedge = Limit(-DefaultQuantity, BtcPrice + 1_000m, properties: new BtccOrderProperties { Hedge = true });
            PlaceOrderWaitForStatus(hedge, OrderStatus.Submitted);
            Assert.That(PendingOf(hedge, PendingType.LimitOpen).RequestVolume, Is.EqualTo(DefaultQuantity), "an opening order, as asked");
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(hedge, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions.Select(p => p.Direction).OrderBy(d => d), Is.EqualTo(new[] { 1, 2 }), "a long and a short ticket");
            AssertBtccAccountedForByLean(hedged: true);
        }

        [Test]
        public void AReduceOnlyOrderThatWouldOpenIsInvalidAndSendsNothing()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));

            var order = Limit(-2 * DefaultQuantity, BtcPrice + 1_000m, properties: new BtccOrderProperties { ReduceOnly = true });
            Assert.That(Brokerage.PlaceOrder(order), Is.False);
            WaitForStatus(order, OrderStatus.Invalid);

            Assert.That(EventsOf(order).Single().Message, Does.Contain("Reduce-only").And.Contain("would open 0.01"));
            Assert.That(Simulator.Snapshot().Orders, Is.Empty, "nothing was sent");
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void AReduceOnlyOrderThatOnlyClosesIsSent()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));

            var order = PlaceOrderWaitForStatus(Stop(-DefaultQuantity, BtcPrice - 1_000m, properties: new BtccOrderProperties { ReduceOnly = true }), OrderStatus.Submitted);
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            WaitForStatus(order, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void AClosingOrderWhoseTicketAnotherOrderClosedIsPlacedAgainForWhatLeanStillWants()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var takeProfit = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            var closing = PendingOf(takeProfit, PendingType.LimitClose).Id;

            // LEAN's net is flat after this, and the take-profit, still working in LEAN, would now sell short
            PlaceOrderWaitForStatus(Market(-DefaultQuantity));
            WaitUntil(() => Simulator.Snapshot().PendingOrders.Any(o => o.Type == PendingType.LimitOpen), "the take-profit placed again, as an opening sell");

            Assert.That(Simulator.Snapshot().Orders.Single(o => o.Id == closing).Status, Is.EqualTo(SimulatorOrderStatus.Cancelled), "BTCC ended the close with its ticket");
            Assert.That(EventsOf(takeProfit).Select(e => e.Status), Has.No.Member(OrderStatus.Canceled), "the LEAN order keeps working");
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(takeProfit, OrderStatus.Filled);

            Assert.That(Simulator.Snapshot().Positions.Select(p => (p.Direction, p.Volume)), Is.EqualTo(new[] { (2, DefaultQuantity) }));
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void GetOpenOrdersShowsAClosingOrderOnTheSideItTrades()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var takeProfit = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);

            var open = (LimitOrder)Brokerage.GetOpenOrders().Single();

            Assert.That((open.Quantity, open.LimitPrice), Is.EqualTo((-DefaultQuantity, BtcPrice + 1_000m)), "a sell, as LEAN placed it");
            Assert.That(open.BrokerId, Is.EqualTo(takeProfit.BrokerId));
        }

        [Test]
        public void AMarketOrderClosesTheTicketWithoutClosingOrdersFirst()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var guarded = OnlyTicket();
            PlaceOrderWaitForStatus(Stop(-DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            PlaceOrderWaitForStatus(Market(DefaultQuantity));

            PlaceOrderWaitForStatus(Market(-DefaultQuantity));

            Assert.That(Simulator.Snapshot().Positions.Select(p => p.Id), Is.EqualTo(new[] { guarded }), "the newer ticket closed, the stop-loss's kept");
            Assert.That(Simulator.Snapshot().PendingOrders.Single().PositionId, Is.EqualTo(guarded));
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void ClosingOrdersThatFilledTogetherAreAttributedFromOneHistoryPage()
        {
            for (var i = 0; i < 3; i++)
            {
                PlaceOrderWaitForStatus(Market(DefaultQuantity));
            }
            var takeProfit = PlaceOrderWaitForStatus(Limit(-3 * DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            Assert.That(Simulator.Snapshot().PendingOrders.Count(o => o.Type == PendingType.LimitClose), Is.EqualTo(3), "a limit close per ticket");
            var lookUpsBefore = Simulator.Requests.ByPath.GetValueOrDefault("/v1/user/getHisOrder");

            // the three execute in full at once and leave orderList before any listing shows them executing
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(takeProfit, OrderStatus.Filled);

            Assert.That(Simulator.Requests.ByPath.GetValueOrDefault("/v1/user/getHisOrder") - lookUpsBefore, Is.LessThan(3), "one page of the order history serves the three");
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
            AssertBtccAccountedForByLean();
        }
    }
}
