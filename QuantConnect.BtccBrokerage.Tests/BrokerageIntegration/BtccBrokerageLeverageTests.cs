/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using Moq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.Tests.Orders;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Interfaces;
using QuantConnect.Orders;
using QuantConnect.Securities;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// An order's <c>multiple</c> is its leverage, chosen within the path's maximum (the suffix), never silently the
    /// maximum: the security's leverage in LEAN (what its margin model holds), else <c>btcc-leverage</c>, else 10x.
    /// </summary>
    [TestFixture]
    public class BtccBrokerageLeverageTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private BtccSimulator _simulator = null!;
        private BtccBrokerage _brokerage = null!;
        private readonly ConcurrentQueue<OrderEvent> _events = new();

        private async Task ConnectAsync(Action<BtccSimulatorOptions>? simulator = null, string? leverage = null, IAlgorithm? algorithm = null)
        {
            _events.Clear();
            var options = new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero };
            simulator?.Invoke(options);
            _simulator = await BtccSimulator.StartAsync(options);
            _simulator.SetPrice("BTCUSDT", 60_000m);
            var settings = BtccBrokerageTestBase.SettingsFor(_simulator);
            settings = new BtccBrokerageSettings
            {
                Api = settings.Api, PollInterval = settings.PollInterval, OrderStateTimeout = settings.OrderStateTimeout,
                UnmatchedFillGrace = settings.UnmatchedFillGrace, Leverage = BtccLeverageSetting.Parse(leverage)
            };
            _brokerage = new BtccBrokerage(settings, algorithm, new TestOrderProvider(), null, null);
            _brokerage.OrdersStatusChanged += (_, events) => events.ForEach(_events.Enqueue);
            _brokerage.Connect();
        }

        [TearDown]
        public async Task StopAsync()
        {
            _brokerage?.Dispose();
            if (_simulator != null)
            {
                await _simulator.DisposeAsync();
            }
        }

        private SimulatedPosition BuyAndWait()
        {
            var order = LeanOrderIds.Assign(new MarketOrder(Btc, 0.01m, DateTime.UtcNow), 1);
            Assert.That(_brokerage.PlaceOrder(order), Is.True);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!_events.Any(e => e.Status == OrderStatus.Filled) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
            return _simulator.Snapshot().Positions.Single();
        }

        [Test]
        public async Task UnsetLeverageSends10xOnTheTightestPathThatAllowsIt()
        {
            await ConnectAsync();

            var position = BuyAndWait();

            Assert.That(position.Instrument.Path, Does.EndWith("BTCUSDT20x"));
            Assert.That(position.Multiple, Is.EqualTo(10));
        }

        [Test]
        public async Task OnePathPerPairTradesAt10xNotAtThePairsMaximum()
        {
            await ConnectAsync(o => o.OnePathPerPair = true);

            var position = BuyAndWait();

            Assert.That(position.Instrument.Path, Does.EndWith("BTCUSDT100x"));
            Assert.That(position.Multiple, Is.EqualTo(10));
        }

        [Test]
        public async Task ConfiguredLeverageIsTheMultipleSent()
        {
            await ConnectAsync(leverage: "20;BTCUSDT:3");

            var position = BuyAndWait();

            Assert.That(position.Instrument.Path, Does.EndWith("BTCUSDT5x"));
            Assert.That(position.Multiple, Is.EqualTo(3));
        }

        [Test]
        public async Task TheSecuritysLeverageIsTheMultipleSentSoTheMarginModelAgrees()
        {
            // the algorithm as the brokerage reads it: its securities (LEAN's IAlgorithm is far larger, so it is mocked whole)
            var securities = new SecurityManager(new TimeKeeper(DateTime.UtcNow));
            var algorithm = new Mock<IAlgorithm>();
            algorithm.Setup(a => a.Securities).Returns(securities);
            var model = new BtccBrokerageModel(AccountType.Margin, 10m, new BtccInstrumentCatalog());
            var security = OrderTestData.Security(Btc);
            security.BuyingPowerModel = model.GetBuyingPowerModel(security);
            security.SetLeverage(3m);
            securities.Add(security);
            await ConnectAsync(leverage: "20", algorithm: algorithm.Object);

            var position = BuyAndWait();

            Assert.That(position.Multiple, Is.EqualTo(3));
            Assert.That(security.BuyingPowerModel.GetLeverage(security), Is.EqualTo(3m).Within(1e-20m));
            Assert.That(position.OpenMargin, Is.EqualTo(Math.Round(position.OpenPrice * position.Volume / 3m, 8)));
        }

        [Test]
        public async Task AnOrdersLeverageInItsPropertiesIsTheMultipleSent()
        {
            await ConnectAsync(leverage: "20");
            var order = LeanOrderIds.Assign(new MarketOrder(Btc, 0.01m, DateTime.UtcNow, properties: new Btcc.Orders.BtccOrderProperties { Leverage = 5m }), 1);

            Assert.That(_brokerage.PlaceOrder(order), Is.True);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!_events.Any(e => e.Status == OrderStatus.Filled) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.That(_simulator.Snapshot().Positions.Single().Multiple, Is.EqualTo(5));
        }

        [Test]
        public async Task AnOrdersLeverageBtccDoesNotAllowIsInvalidNamingTheProperty()
        {
            await ConnectAsync();
            var order = LeanOrderIds.Assign(new LimitOrder(Btc, 0.01m, 59_000m, DateTime.UtcNow, properties: new Btcc.Orders.BtccOrderProperties { Leverage = 150m }), 1);

            Assert.That(_brokerage.PlaceOrder(order), Is.False);

            var invalid = _events.Single(e => e.OrderId == 1);
            Assert.That(invalid.Status, Is.EqualTo(OrderStatus.Invalid));
            Assert.That(invalid.Message, Does.Contain("at most 100x").And.Contain("BtccOrderProperties.Leverage"));
            Assert.That(_simulator.Requests.TradingRequests, Is.Zero);
        }

        [TestCase("150", "BTCUSDT allows at most 100x on BTCC, not 150x")]
        [TestCase("2.5", "BTCC takes a whole leverage of at least 1x")]
        public async Task ALeverageBtccCannotTakeMakesTheOrderInvalidAndSendsNothing(string leverage, string reason)
        {
            await ConnectAsync(leverage: "BTCUSDT:" + leverage);
            var order = LeanOrderIds.Assign(new MarketOrder(Btc, 0.01m, DateTime.UtcNow), 1);

            Assert.That(_brokerage.PlaceOrder(order), Is.False);

            var invalid = _events.Single(e => e.OrderId == 1);
            Assert.That(invalid.Status, Is.EqualTo(OrderStatus.Invalid));
            Assert.That(invalid.Message, Does.Contain(reason).And.Contain("btcc-leverage"));
            Assert.That(_simulator.Requests.TradingRequests, Is.Zero);
        }
    }
}
