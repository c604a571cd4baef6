/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    [NonParallelizable]
    public class BrokerageTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

        [Test]
        public void OnOrderEventRaisesOrdersStatusChangedWithThatEvent()
        {
            using var brokerage = new TestBrokerage();
            List<OrderEvent>? received = null;
            brokerage.OrdersStatusChanged += (sender, events) => received = events;
            var orderEvent = new OrderEvent(7, Btc, new DateTime(2025, 1, 2), OrderStatus.Filled, OrderDirection.Buy, 100m, 1m, OrderFee.Zero);

            brokerage.RaiseOrderEvent(orderEvent);

            Assert.That(received, Is.Not.Null);
            Assert.That(received!, Has.Count.EqualTo(1));
            Assert.That(received![0], Is.SameAs(orderEvent));
        }

        [Test]
        public void AFailingOrderEventHandlerIsLoggedNotPropagated()
        {
            using var log = new LogCapture(debugging: null);
            using var brokerage = new TestBrokerage();
            brokerage.OrdersStatusChanged += (sender, events) => throw new InvalidOperationException("handler failed");
            var orderEvent = new OrderEvent(7, Btc, new DateTime(2025, 1, 2), OrderStatus.Submitted, OrderDirection.Buy, 0m, 0m, OrderFee.Zero);

            Assert.That(() => brokerage.RaiseOrderEvent(orderEvent), Throws.Nothing);
            Assert.That(log.Errors, Has.Some.Contains("handler failed"));
        }

        [Test]
        public void OnMessageRaisesMessageAndLogsErrorsAsErrors()
        {
            using var log = new LogCapture(debugging: null);
            using var brokerage = new TestBrokerage();
            BrokerageMessageEvent? received = null;
            brokerage.Message += (sender, message) => received = message;
            var error = new BrokerageMessageEvent(BrokerageMessageType.Error, "500", "exchange down");

            brokerage.RaiseMessage(error);

            Assert.That(received, Is.SameAs(error));
            Assert.That(log.Errors, Has.Some.Contains("exchange down"));
            Assert.That(log.Traces, Has.None.Contains("exchange down"));
        }

        [Test]
        public void OnMessageLogsNonErrorsAsTrace()
        {
            using var log = new LogCapture(debugging: null);
            using var brokerage = new TestBrokerage();
            var received = new List<BrokerageMessageEvent>();
            brokerage.Message += (sender, message) => received.Add(message);

            brokerage.RaiseMessage(BrokerageMessageEvent.Reconnected("back online"));

            Assert.That(received, Has.Count.EqualTo(1));
            Assert.That(received[0].Type, Is.EqualTo(BrokerageMessageType.Reconnect));
            Assert.That(log.Traces, Has.Some.Contains("back online"));
            Assert.That(log.Errors, Has.None.Contains("back online"));
        }

        [Test]
        public void OnAccountChangedRaisesAccountChanged()
        {
            using var brokerage = new TestBrokerage();
            AccountEvent? received = null;
            brokerage.AccountChanged += (sender, accountEvent) => received = accountEvent;

            brokerage.RaiseAccountChanged(new AccountEvent("USDT", 1234.5m));

            Assert.That(received, Is.Not.Null);
            Assert.That(received!.CurrencySymbol, Is.EqualTo("USDT"));
            Assert.That(received.CashBalance, Is.EqualTo(1234.5m));
        }

        [Test]
        public void OnOrderIdChangedEventRaisesOrderIdChanged()
        {
            using var brokerage = new TestBrokerage();
            BrokerageOrderIdChangedEvent? received = null;
            brokerage.OrderIdChanged += (sender, changed) => received = changed;

            brokerage.RaiseOrderIdChanged(new BrokerageOrderIdChangedEvent { OrderId = 3, BrokerId = new List<string> { "abc" } });

            Assert.That(received, Is.Not.Null);
            Assert.That(received!.OrderId, Is.EqualTo(3));
            Assert.That(received.BrokerId, Is.EqualTo(new[] { "abc" }));
        }

        [Test]
        public void TheAccountCurrencyDefaultsToUsdAndTheNameIsKept()
        {
            using var brokerage = new TestBrokerage();

            Assert.That(brokerage.Name, Is.EqualTo("test"));
            Assert.That(brokerage.AccountBaseCurrency, Is.EqualTo(Currencies.USD));
        }

        [TestCase(OrderDirection.Buy, 0, OrderPosition.BuyToOpen)]
        [TestCase(OrderDirection.Buy, -2, OrderPosition.BuyToClose)]
        [TestCase(OrderDirection.Sell, 0, OrderPosition.SellToOpen)]
        [TestCase(OrderDirection.Sell, 2, OrderPosition.SellToClose)]
        public void GetOrderPositionDependsOnDirectionAndHoldings(OrderDirection direction, int holdings, OrderPosition expected)
        {
            Assert.That(TestBrokerage.Position(direction, holdings), Is.EqualTo(expected));
        }

        private sealed class TestBrokerage : Brokerage
        {
            public TestBrokerage()
                : base("test")
            {
            }

            public override bool IsConnected => true;

            public void RaiseOrderEvent(OrderEvent orderEvent) => OnOrderEvent(orderEvent);
            public void RaiseMessage(BrokerageMessageEvent message) => OnMessage(message);
            public void RaiseAccountChanged(AccountEvent accountEvent) => OnAccountChanged(accountEvent);
            public void RaiseOrderIdChanged(BrokerageOrderIdChangedEvent changed) => OnOrderIdChangedEvent(changed);
            public static OrderPosition Position(OrderDirection direction, decimal holdings) => GetOrderPosition(direction, holdings);

            public override bool PlaceOrder(Order order) => true;
            public override bool UpdateOrder(Order order) => true;
            public override bool CancelOrder(Order order) => true;
            public override void Connect()
            {
            }

            public override void Disconnect()
            {
            }

            public override List<Order> GetOpenOrders() => new();
            public override List<Holding> GetAccountHoldings() => new();
            public override List<CashAmount> GetCashBalance() => new();
        }
    }
}
