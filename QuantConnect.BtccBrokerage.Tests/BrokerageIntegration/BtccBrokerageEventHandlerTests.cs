/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// LEAN runs the algorithm's OnOrderEvent inside the brokerage's OrdersStatusChanged event, and algorithms place,
    /// update and cancel orders there at once — a synchronous market order even waits for its fill. The brokerage raises
    /// its events holding no lock those calls need, so they work.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageEventHandlerTests : BtccBrokerageTestBase
    {
        [Test]
        public void AHandlerPlacesAMarketOrderOnAFillAndWaitsForItsFillAsLeanDoes()
        {
            var first = Market(DefaultQuantity);
            var second = Market(-DefaultQuantity);
            using var secondFilled = new ManualResetEventSlim();
            bool? placed = null, waited = null;
            Brokerage.OrdersStatusChanged += (_, events) =>
            {
                foreach (var e in events)
                {
                    if (e.OrderId == second.Id && e.Status == OrderStatus.Filled)
                    {
                        secondFilled.Set();
                    }
                    else if (e.OrderId == first.Id && e.Status == OrderStatus.Filled)
                    {
                        // QCAlgorithm.MarketOrder: submit, then Transactions.WaitForOrder
                        placed = Brokerage.PlaceOrder(second);
                        waited = secondFilled.Wait(Timeout);
                    }
                }
            };

            Assert.That(Brokerage.PlaceOrder(first), Is.True);
            WaitUntil(() => waited.HasValue, "the handler to return");

            Assert.That(placed, Is.True, "the order placed from the handler went out");
            Assert.That(waited, Is.True, "its fill reached the handler that waited for it");
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public void AHandlerUpdatesAndCancelsAnOrderOnItsSubmittedEvent()
        {
            var order = Limit(DefaultQuantity, BtcPrice - 1_000m);
            bool? updated = null, canceled = null;
            Brokerage.OrdersStatusChanged += (_, events) =>
            {
                if (events.Any(e => e.OrderId == order.Id && e.Status == OrderStatus.Submitted) && updated == null)
                {
                    order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, order.Id, new UpdateOrderFields { LimitPrice = BtcPrice - 2_000m }));
                    updated = Brokerage.UpdateOrder(order);
                    canceled = Brokerage.CancelOrder(order);
                }
            };

            Assert.That(Brokerage.PlaceOrder(order), Is.True);
            WaitForStatus(order, OrderStatus.Canceled);

            Assert.That((updated, canceled), Is.EqualTo((true, true)));
            Assert.That(Simulator.Snapshot().Orders.Single().RequestPrice, Is.EqualTo(BtcPrice - 2_000m), "the update reached BTCC before the cancel");
            Assert.That(EventsOf(order).Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.Submitted, OrderStatus.UpdateSubmitted, OrderStatus.Canceled }));
        }

        [Test]
        public void EventsOfOneOrderArriveInTheOrderTheyHappened()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            var order = PlaceOrderWaitForStatus(Market(0.04m));

            var statuses = EventsOf(order).Select(e => e.Status).ToList();
            Assert.That(statuses.First(), Is.EqualTo(OrderStatus.Submitted));
            Assert.That(statuses.Last(), Is.EqualTo(OrderStatus.Filled));
            Assert.That(statuses.Skip(1).SkipLast(1), Has.All.EqualTo(OrderStatus.PartiallyFilled));
        }
    }
}
