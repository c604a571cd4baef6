/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// A limit on the wrong side of the market, against BTCC filling it at the market's price (the simulator's
    /// default): LEAN hears the fill at that price, not at the limit.
    /// </summary>
    [TestFixture]
    public class BtccBrokerageMarketableLimitTests : BtccBrokerageTestBase
    {
        [Test]
        public void ASellLimitTenPercentBelowTheMarketFillsAtTheMarketsPrice()
        {
            var (bid, _) = Simulator.GetQuote("BTCUSDT");

            var order = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice * 0.9m));

            var fill = EventsOf(order).Single(e => e.Status == OrderStatus.Filled);
            Assert.That(fill.FillPrice, Is.EqualTo(bid));
            Assert.That(fill.FillQuantity, Is.EqualTo(-DefaultQuantity));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void AnUpdateThroughTheMarketFillsAtTheMarketsPrice()
        {
            var order = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            var (_, ask) = Simulator.GetQuote("BTCUSDT");

            order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, order.Id, new UpdateOrderFields { LimitPrice = BtcPrice + 1_000m }));
            Assert.That(Brokerage.UpdateOrder(order), Is.True);

            WaitForStatus(order, OrderStatus.Filled);
            Assert.That(EventsOf(order).Single(e => e.Status == OrderStatus.Filled).FillPrice, Is.EqualTo(ask));
        }
    }

    /// <summary>
    /// The same limits against a BTCC that refuses them (as MT4-style back ends do): the order becomes Invalid with
    /// BTCC's reason, an update is refused with a Warning and the order keeps working at its price; nothing is lost.
    /// </summary>
    [TestFixture]
    public class BtccBrokerageRefusedMarketableLimitTests : BtccBrokerageTestBase
    {
        private protected override void ConfigureSimulator(BtccSimulatorOptions options) => options.MarketableLimits = MarketableLimitPolicy.Refuse;

        [Test]
        public void ALimitThroughTheMarketIsInvalidWithBtccsReason()
        {
            var order = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice * 0.9m), OrderStatus.Invalid);

            var invalid = EventsOf(order).Single();
            Assert.That(invalid.Message, Is.EqualTo($"BTCC refused the order: limit price is on the wrong side of the market (code {SimulatorErrorCodes.LimitOnWrongSide})"));
            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
            Assert.That(Brokerage.GetOpenOrders(), Is.Empty);

            var next = PlaceOrderWaitForStatus(Limit(-DefaultQuantity, BtcPrice + 1_000m), OrderStatus.Submitted);
            Simulator.SetPrice("BTCUSDT", BtcPrice + 1_200m);
            WaitForStatus(next, OrderStatus.Filled);
            Assert.That(EventsOf(order), Has.Count.EqualTo(1), "the refused order hears nothing more");
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void AnUpdateThroughTheMarketIsRefusedAndTheOrderKeepsWorkingAtItsPrice()
        {
            var order = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);

            var updated = (LimitOrder)order.Clone();
            updated.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, order.Id, new UpdateOrderFields { LimitPrice = BtcPrice + 1_000m }));
            Assert.That(Brokerage.UpdateOrder(updated), Is.False);

            WaitUntil(() => Messages.Any(m => m.Type == BrokerageMessageType.Warning), "the refusal's warning");
            var warning = Messages.Single(m => m.Type == BrokerageMessageType.Warning);
            Assert.That(warning.Message, Does.Contain("not updated").And.Contain("limit price is on the wrong side of the market"));
            Assert.That(Simulator.Snapshot().PendingOrders.Single().RequestPrice, Is.EqualTo(BtcPrice - 1_000m));
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_200m);
            WaitForStatus(order, OrderStatus.Filled);
            Assert.That(EventsOf(order).Single(e => e.Status == OrderStatus.Filled).FillPrice, Is.EqualTo(BtcPrice - 1_000m));
        }
    }
}
