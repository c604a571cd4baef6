/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>Orders BTCC cannot take end Invalid with a reason and never reach the exchange.</summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageInvalidOrderTests : BtccBrokerageTestBase
    {
        private static IEnumerable<TestCaseData> BadOrders()
        {
            // BTCUSDT 5x: volume 0.001..50 step 0.001, 2 price digits
            yield return new TestCaseData(new Func<Symbol, Order>(s => new StopLimitOrder(s, 0.01m, 60_000m, 60_100m, DateTime.UtcNow)), "BTCUSDT", "not supported").SetName("UnsupportedOrderType");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 0.0001m, DateTime.UtcNow)), "BTCUSDT", "below the minimum").SetName("VolumeBelowMinimum");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 0.0015m, DateTime.UtcNow)), "BTCUSDT", "volume step").SetName("VolumeOffStep");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 60m, DateTime.UtcNow)), "BTCUSDT", "above the maximum").SetName("VolumeAboveMaximum");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new LimitOrder(s, 0.01m, 59_000.005m, DateTime.UtcNow)), "BTCUSDT", "price tick").SetName("PriceOffTick");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 1m, DateTime.UtcNow)), "LTCUSDT", "not tradable").SetName("NonTradable");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, -100m, DateTime.UtcNow)), "DOGEUSDT", "buy-only").SetName("SellOnBuyOnly");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 10m, DateTime.UtcNow)), "XRPUSDT", "sell-only").SetName("BuyOnSellOnly");
            yield return new TestCaseData(new Func<Symbol, Order>(s => new MarketOrder(s, 1m, DateTime.UtcNow)), "FOOUSDT", "Unknown symbol").SetName("UnknownSymbol");
        }

        [TestCaseSource(nameof(BadOrders))]
        public void BadOrderIsInvalidAndSendsNothing(Func<Symbol, Order> create, string ticker, string reason)
        {
            Simulator.Requests.Reset();
            var order = OrderProvider.Add(create(Future(ticker)));
            PlaceOrderWaitForStatus(order, OrderStatus.Invalid);
            Assert.That(EventsOf(order).Single().Message, Does.Contain(reason));
            Assert.That(Simulator.Requests.TradingRequests, Is.Zero);
        }

        [Test]
        public void OrderWhileNotConnectedIsInvalidAndSendsNothing()
        {
            Brokerage.Disconnect();
            Simulator.Requests.Reset();
            var order = PlaceOrderWaitForStatus(Market(0.01m), OrderStatus.Invalid);
            Assert.That(EventsOf(order).Single().Message, Does.Contain("Not connected"));
            Assert.That(Simulator.Requests.TradingRequests, Is.Zero);
        }

        [Test]
        public void ExchangeRefusalIsInvalidWithBtccsMessage()
        {
            // more margin than the account has: the validator passes it, BTCC refuses it
            var order = PlaceOrderWaitForStatus(Market(49m), OrderStatus.Invalid);
            Assert.That(EventsOf(order).Single().Message, Does.Contain("BTCC refused").And.Contain("margin"));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }
    }
}
