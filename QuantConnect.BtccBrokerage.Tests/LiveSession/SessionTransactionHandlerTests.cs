/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Moq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Interfaces;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    [TestFixture]
    public class SessionTransactionHandlerTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private Mock<IBrokerage> _brokerage = null!;
        private List<OrderEvent> _forwarded = null!;
        private SessionTransactionHandler _handler = null!;
        private StringWriter _output = null!;

        [SetUp]
        public void SetUp()
        {
            _brokerage = new Mock<IBrokerage>();
            _brokerage.Setup(b => b.PlaceOrder(It.IsAny<Order>())).Returns(true);
            _forwarded = new List<OrderEvent>();
            _output = new StringWriter();
            _handler = new SessionTransactionHandler(_brokerage.Object, new LiveSessionConsole(_output, verbose: false), _forwarded.Add);
        }

        [TearDown]
        public void TearDown()
        {
            _handler.Dispose();
            _output.Dispose();
        }

        private void Raise(OrderEvent orderEvent) => _brokerage.Raise(b => b.OrdersStatusChanged += null, _brokerage.Object, new List<OrderEvent> { orderEvent });

        private static OrderEvent Fill(int orderId, decimal quantity, decimal price, decimal fee, OrderStatus status = OrderStatus.Filled)
            => new(orderId, Btc, DateTime.UtcNow, status, quantity > 0 ? OrderDirection.Buy : OrderDirection.Sell, price, quantity, new OrderFee(new CashAmount(fee, "USDT")));

        [Test]
        public void OrdersGetConsecutiveLeanIdsBeforeTheyReachTheBrokerage()
        {
            var ids = new List<int>();
            _brokerage.Setup(b => b.PlaceOrder(It.IsAny<Order>())).Callback<Order>(o => ids.Add(o.Id)).Returns(true);

            var first = _handler.MarketOrder(Btc, 1m, "a");
            var second = _handler.LimitOrder(Btc, -1m, 100m, "b");

            Assert.That(new[] { first, second }, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(ids, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(_handler.GetOrderById(2), Is.InstanceOf<LimitOrder>());
            Assert.That(_handler.OrdersCount, Is.EqualTo(2));
        }

        [Test]
        public void RefusedOrderWithoutEventBecomesInvalid()
        {
            _brokerage.Setup(b => b.PlaceOrder(It.IsAny<Order>())).Returns(false);

            var id = _handler.MarketOrder(Btc, 1m, "refused");

            Assert.That(_handler.GetOrder(id)!.Status, Is.EqualTo(OrderStatus.Invalid));
        }

        [Test]
        public void FillsMoveHoldingsAndAddUpFeesPerOrder()
        {
            var id = _handler.MarketOrder(Btc, 2m, "entry");

            Raise(Fill(id, 1m, 100m, 0.1m, OrderStatus.PartiallyFilled));
            Raise(Fill(id, 1m, 110m, 0.2m));

            var record = _handler.Records.Single();
            Assert.That(record.Fills, Is.EqualTo(2));
            Assert.That(record.FilledQuantity, Is.EqualTo(2m));
            Assert.That(record.AverageFillPrice, Is.EqualTo(105m));
            Assert.That(record.Fees["USDT"], Is.EqualTo(0.3m));
            Assert.That(_handler.HoldingQuantity(Btc), Is.EqualTo(2m));
            Assert.That(_forwarded.Select(e => e.Status), Is.EqualTo(new[] { OrderStatus.PartiallyFilled, OrderStatus.Filled }));
            Assert.That(_output.ToString(), Does.Contain("holdings  BTCUSDT +1 -> +2"));
        }

        [Test]
        public void UpdateAppliesTheNewLimitPriceToTheOrderTheBrokerageUpdates()
        {
            var id = _handler.LimitOrder(Btc, 1m, 100m, "demo");
            _handler.GetOrder(id)!.Status = OrderStatus.Submitted;
            _brokerage.Setup(b => b.UpdateOrder(It.IsAny<Order>())).Returns(true);

            Assert.That(_handler.UpdateLimitPrice(id, 95m, "moved"), Is.True);

            _brokerage.Verify(b => b.UpdateOrder(It.Is<LimitOrder>(o => o.Id == id && o.LimitPrice == 95m)), Times.Once);
        }

        [Test]
        public void ClosedOrdersAreNeitherUpdatedNorCanceled()
        {
            var id = _handler.LimitOrder(Btc, 1m, 100m, "demo");
            _handler.GetOrder(id)!.Status = OrderStatus.Canceled;

            Assert.That(_handler.UpdateLimitPrice(id, 95m, "moved"), Is.False);
            Assert.That(_handler.Cancel(id), Is.False);
            _brokerage.Verify(b => b.UpdateOrder(It.IsAny<Order>()), Times.Never);
            _brokerage.Verify(b => b.CancelOrder(It.IsAny<Order>()), Times.Never);
        }

        [Test]
        public void OrderTheBrokerageAnnouncesIsTrackedUnderANewIdAndFoundByItsBrokerId()
        {
            _handler.MarketOrder(Btc, 1m, "own");
            var external = new LimitOrder(Btc, -1m, 120m, DateTime.UtcNow);
            external.BrokerId.Add("4711");

            _brokerage.Raise(b => b.NewBrokerageOrderNotification += null, _brokerage.Object, new NewBrokerageOrderNotificationEventArgs(external));
            _brokerage.Raise(b => b.NewBrokerageOrderNotification += null, _brokerage.Object, new NewBrokerageOrderNotificationEventArgs(external));

            Assert.That(external.Id, Is.EqualTo(2));
            Assert.That(_handler.GetOrdersByBrokerageId("4711"), Is.EqualTo(new[] { external }));
            Assert.That(_handler.Records.Single(r => r.Order == external).External, Is.True);
        }

        [Test]
        public void CashFollowsAccountChangedAndPrintsOnlyChanges()
        {
            _handler.SetCash(100m, "USDT");

            _brokerage.Raise(b => b.AccountChanged += null, _brokerage.Object, new AccountEvent("USDT", 99.5m));
            _brokerage.Raise(b => b.AccountChanged += null, _brokerage.Object, new AccountEvent("USDT", 99.5m));

            Assert.That(_handler.Cash, Is.EqualTo(((decimal?)99.5m, "USDT")));
            Assert.That(_output.ToString().Split('\n').Count(l => l.Contains("cash")), Is.EqualTo(1));
        }
    }
}
