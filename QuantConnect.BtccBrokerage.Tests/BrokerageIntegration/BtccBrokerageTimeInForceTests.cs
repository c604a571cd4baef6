/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// Day and GoodTilDate orders end when LEAN's rule for crypto futures says they expired: BTCC's pending orders take no
    /// expiry and LEAN's live transaction handler does not cancel them, so the brokerage does. The clock here can jump.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageTimeInForceTests : BtccBrokerageTestBase
    {
        private readonly ShiftedClock _clock = new();

        private protected override TimeProvider Clock => _clock;

        [SetUp]
        public void ClockAtNow() => _clock.Offset = TimeSpan.Zero;

        private LimitOrder RestingBuy(TimeInForce timeInForce)
            => Limit(DefaultQuantity, BtcPrice - 1_000m, properties: new OrderProperties { TimeInForce = timeInForce });

        /// <summary>Moves the brokerage's clock to just past the next UTC midnight.</summary>
        private void PastMidnight(int days = 1) => _clock.Offset = DateTime.UtcNow.Date.AddDays(days).AddSeconds(1) - DateTime.UtcNow;

        private void WaitForPolls(int polls)
        {
            var target = Simulator.Requests.Count("/v1/account/orderList") + polls;
            WaitUntil(() => Simulator.Requests.Count("/v1/account/orderList") >= target, $"{polls} more polls");
        }

        [Test]
        public void ADayOrderIsCanceledAtTheMidnightAfterItWasPlaced()
        {
            var order = PlaceOrderWaitForStatus(RestingBuy(TimeInForce.Day), OrderStatus.Submitted);
            WaitForPolls(3);
            Assert.That(Simulator.Snapshot().PendingOrders, Has.Count.EqualTo(1), "working through its day");

            PastMidnight();
            WaitForStatus(order, OrderStatus.Canceled);

            Assert.That(EventsOf(order).Last().Message, Does.Contain("expired (Day)"));
            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
        }

        [Test]
        public void AGoodTilDateOrderWorksThroughItsDateAndIsCanceledAfterIt()
        {
            var order = PlaceOrderWaitForStatus(RestingBuy(TimeInForce.GoodTilDate(DateTime.UtcNow.Date.AddDays(1))), OrderStatus.Submitted);
            PastMidnight();
            WaitForPolls(3);
            Assert.That(EventsOf(order).Select(e => e.Status), Has.No.Member(OrderStatus.Canceled), "its expiry date is today now");

            PastMidnight(days: 2);
            WaitForStatus(order, OrderStatus.Canceled);
            Assert.That(EventsOf(order).Last().Message, Does.Contain("expired (GoodTilDate"));
            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
        }

        [Test]
        public void AGoodTilCanceledOrderIsNotCanceledAtMidnight()
        {
            var order = PlaceOrderWaitForStatus(RestingBuy(TimeInForce.GoodTilCanceled), OrderStatus.Submitted);
            PastMidnight(days: 30);
            WaitForPolls(3);

            Assert.That(EventsOf(order).Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.Submitted }));
            Assert.That(Simulator.Snapshot().PendingOrders, Has.Count.EqualTo(1));
        }

        [Test]
        public void AnOrderWhoseDateHasPassedIsInvalidAndSendsNothing()
        {
            var order = RestingBuy(TimeInForce.GoodTilDate(DateTime.UtcNow.Date.AddDays(-1)));

            Assert.That(Brokerage.PlaceOrder(order), Is.False);
            WaitForStatus(order, OrderStatus.Invalid);

            Assert.That(EventsOf(order).Single().Message, Does.Contain("time in force ended"));
            Assert.That(Simulator.Snapshot().Orders, Is.Empty);
        }

        [Test]
        public void AnExpiredDayOrderSentAsSeveralBtccOrdersCancelsThemAll()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var order = PlaceOrderWaitForStatus(Limit(-2 * DefaultQuantity, BtcPrice + 1_000m, properties: new BtccOrderProperties { TimeInForce = TimeInForce.Day }),
                OrderStatus.Submitted);
            Assert.That(Simulator.Snapshot().PendingOrders, Has.Count.EqualTo(2), "a close of the long and an open of the rest");

            PastMidnight();
            WaitForStatus(order, OrderStatus.Canceled);

            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
            Assert.That(EventsOf(order).Count(e => e.Status == OrderStatus.Canceled), Is.EqualTo(1));
            AssertBtccAccountedForByLean();
        }

        /// <summary>The system's clock moved by <see cref="Offset"/>.</summary>
        private sealed class ShiftedClock : TimeProvider
        {
            private long _offsetTicks;

            public TimeSpan Offset
            {
                get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
                set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
            }

            public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
        }
    }
}
