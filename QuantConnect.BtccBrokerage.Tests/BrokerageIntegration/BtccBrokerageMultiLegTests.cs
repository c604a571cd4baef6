/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using PendingType = QuantConnect.Brokerages.Btcc.Simulator.Engine.PendingType;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// A LEAN limit order sent as several BTCC orders (a close of the long's ticket and an open of the part past zero),
    /// updated and cancelled after part of it filled: every leg follows, and the fills of both are the LEAN order's.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageMultiLegTests : BtccBrokerageTestBase
    {
        private const decimal Long = 0.02m;
        private LimitOrder _order = null!;

        private SimulatedOrder Leg(int type) => Simulator.Snapshot().Orders.Single(o => o.Type == type && _order.BrokerId.Contains(o.Id.ToString(CultureInfo.InvariantCulture)));

        [SetUp]
        public void PartlyFillATwoLegSell()
        {
            PlaceOrderWaitForStatus(Market(Long));
            Simulator.Faults.PartialFillRatio = 0.5m;
            _order = (LimitOrder)PlaceOrderWaitForStatus(Limit(-2 * Long, BtcPrice + 1_000m), OrderStatus.Submitted);
            // one touch of the limit: each leg executes half of its volume, then the market leaves it
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            Simulator.SetPrice("BTCUSDT", BtcPrice);
            WaitUntil(() => FilledQuantity(_order) == -Long, "both legs' first fills");
            Assert.That(Leg(PendingType.LimitClose).ExecuteVolume, Is.EqualTo(Long / 2));
            Assert.That(Leg(PendingType.LimitOpen).ExecuteVolume, Is.EqualTo(Long / 2));
        }

        [Test]
        public void AnUpdateAfterAPartialFillMovesEveryLegAndTakesTheSmallerQuantityOffTheOpeningPart()
        {
            // 0.02 of 0.04 filled; the new quantity 0.03 leaves 0.01: the close keeps its rest, the open has none left
            _order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, _order.Id, new UpdateOrderFields { Quantity = -1.5m * Long, LimitPrice = BtcPrice + 2_000m }));
            Assert.That(Brokerage.UpdateOrder(_order), Is.True);
            WaitForStatus(_order, OrderStatus.UpdateSubmitted);

            var close = Leg(PendingType.LimitClose);
            Assert.That((close.RequestVolume, close.RequestPrice, close.IsOpen), Is.EqualTo((Long, BtcPrice + 2_000m, true)), "the close: its whole volume at the new price");
            WaitUntil(() => !Leg(PendingType.LimitOpen).IsOpen, "the opening leg to be cancelled");
            Assert.That(Leg(PendingType.LimitOpen).ExecuteVolume, Is.EqualTo(Long / 2), "what it executed stays");

            Simulator.Faults.PartialFillRatio = 0m;
            Simulator.SetPrice("BTCUSDT", BtcPrice + 2_500m);
            WaitForStatus(_order, OrderStatus.Filled);
            Assert.That(FilledQuantity(_order), Is.EqualTo(-1.5m * Long));
            AssertBtccAccountedForByLean();
        }

        [Test]
        public void ACancelAfterAPartialFillCancelsEveryLeg()
        {
            Assert.That(Brokerage.CancelOrder(_order), Is.True);
            WaitForStatus(_order, OrderStatus.Canceled);

            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty, "no leg is left working");
            Assert.That(EventsOf(_order).Count(e => e.Status == OrderStatus.Canceled), Is.EqualTo(1));
            Assert.That(FilledQuantity(_order), Is.EqualTo(-Long), "the fills before the cancel stay the order's");
            // both legs rested at once and executed in part: BTCC holds the short they opened beside the rest of the long
            AssertBtccAccountedForByLean(hedged: true);
        }

        [Test]
        public void ALargerQuantityGrowsTheOpeningLeg()
        {
            _order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, _order.Id, new UpdateOrderFields { Quantity = -3 * Long }));
            Assert.That(Brokerage.UpdateOrder(_order), Is.True);
            WaitForStatus(_order, OrderStatus.UpdateSubmitted);

            Assert.That(Leg(PendingType.LimitOpen).RequestVolume, Is.EqualTo(2 * Long), "the opening leg takes the extra");
            Assert.That(Leg(PendingType.LimitClose).RequestVolume, Is.EqualTo(Long), "a close cannot close more than its ticket");
            Simulator.Faults.PartialFillRatio = 0m;
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);
            WaitForStatus(_order, OrderStatus.Filled);
            Assert.That(FilledQuantity(_order), Is.EqualTo(-3 * Long));
            AssertBtccAccountedForByLean();
        }
    }
}
