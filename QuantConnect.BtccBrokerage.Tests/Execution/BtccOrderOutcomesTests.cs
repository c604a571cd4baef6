/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccOrderOutcomesTests
    {
        private const string Path = "GWFX/USDT/GTS/MM/MIN/0/A/SOLUSDT50x";
        private static readonly Symbol Sol = Symbol.Create("SOLUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private readonly List<OrderEvent> _events = new();
        private BtccTrackedOrders _tracked = null!;
        private BtccOrderOutcomes _outcomes = null!;

        [SetUp]
        public void SetUp()
        {
            _events.Clear();
            _tracked = new BtccTrackedOrders(null, _ => Path, _ => null);
            _outcomes = new BtccOrderOutcomes(_tracked, new BtccReportedFillLedger(), new Sink(_events), (_, _) => null, _ => { });
        }

        /// <summary>A buy limit of 0.2 sent as two legs: one placed (BTCC pending order 20000001), one whose reply was lost.</summary>
        private (BtccLeanOrder Parent, BtccTrackedOrder Placed, BtccTrackedOrder Lost) TwoLegOrder()
        {
            var order = new LimitOrder(Sol, 0.2m, 150m, DateTime.UtcNow);
            LeanOrderIds.Assign(order, 7);
            var parent = _tracked.Track(new BtccLeanOrder(order, Path, 50));
            var placed = _tracked.AddLeg(parent, Path, 0.1m, 1_000);
            placed.PendingOrderId = 20000001;
            var lost = _tracked.AddLeg(parent, Path, 0.1m, 1_000);
            return (parent, placed, lost);
        }

        [Test]
        public void AnOrderWhoseLastWorkingLegWasNotPlacedEndsOnceItIsDropped()
        {
            var (parent, placed, lost) = TwoLegOrder();
            _outcomes.Fill(placed, new BtccFill(30000001, 10000001, Path, BtccDirection.Buy, 150m, 0.05m, 1_001, BtccDealReason.Open, BtccDealOrderType.LimitOpen, 0m));
            parent.CancelRequested = true;
            placed.CancelRequested = true;
            _outcomes.EndLeg(placed, OrderStatus.Canceled, "BTCC canceled the order");
            Assert.That(_events.Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.PartiallyFilled }), "the lost leg may still be working");

            _outcomes.Unplaced(lost, 0.1m, "BTCC shows no trace of it");

            Assert.That(_events.Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.PartiallyFilled, OrderStatus.Canceled }));
            Assert.That(_tracked.Orders, Is.Empty, "no longer tracked");
        }

        [Test]
        public void AnOrderWithALegStillWorkingDoesNotEndWhenAnotherIsDropped()
        {
            var (_, _, lost) = TwoLegOrder();

            _outcomes.Unplaced(lost, 0.1m, "BTCC shows no trace of it");

            Assert.That(_events, Is.Empty);
            Assert.That(_tracked.Orders.Single().Quantity, Is.EqualTo(0.1m), "what was placed is still expected to fill");
        }

        private sealed class Sink : IBtccFillSink
        {
            private readonly List<OrderEvent> _events;

            public Sink(List<OrderEvent> events) => _events = events;

            public void OrderEvent(OrderEvent orderEvent) => _events.Add(orderEvent);

            public void Message(BrokerageMessageEvent message)
            {
            }

            public void AccountRead(BtccAccount account)
            {
            }
        }
    }
}
