/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, orders: every order BTCC cannot take is refused by <see cref="BtccOrderValidator"/>
    /// with the rule it breaks, and through <see cref="BtccBrokerage.PlaceOrder"/> ends in exactly one
    /// Invalid event carrying that reason, with no trading request reaching the exchange.
    /// One simulator and one connected brokerage serve the whole table (nothing here trades).
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BadOrderInputTests
    {
        // Simulator BTCUSDT 5x: volume 0.001..50 step 0.001, 2 price digits; LTCUSDT not tradable,
        // DOGEUSDT buy-only, XRPUSDT sell-only.
        private static readonly DateTime Time = new(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc);

        private BtccSimulator _simulator = null!;
        private BtccBrokerage _brokerage = null!;
        private readonly ConcurrentQueue<OrderEvent> _events = new();
        private int _nextOrderId;

        [OneTimeSetUp]
        public async Task StartAsync()
        {
            _simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            _brokerage = new BtccBrokerage(BtccBrokerageTestBase.SettingsFor(_simulator), null, null, null, null);
            _brokerage.OrdersStatusChanged += (_, events) => events.ForEach(_events.Enqueue);
            _brokerage.Connect();
        }

        [OneTimeTearDown]
        public async Task StopAsync()
        {
            _brokerage.Dispose();
            await _simulator.DisposeAsync();
        }

        private static Symbol Future(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        private static TestCaseData Row(string name, Func<Order> order, BtccOrderRule rule, string fragment)
            => new TestCaseData(order, rule, fragment).SetName($"Order: {name} => Invalid {rule} '{fragment}'");

        public static IEnumerable<TestCaseData> Rows()
        {
            var btc = () => Future("BTCUSDT");
            yield return Row("zero quantity", () => new MarketOrder(btc(), 0m, Time), BtccOrderRule.ZeroQuantity, "quantity is zero");
            yield return Row("stop-limit order", () => new StopLimitOrder(btc(), 0.01m, 60_000m, 60_100m, Time), BtccOrderRule.UnsupportedOrderType, "StopLimit is not supported");
            yield return Row("spot crypto symbol", () => new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.Crypto, BtccMarket.Register()), 0.01m, Time), BtccOrderRule.UnsupportedSecurityType, "CryptoFuture only");
            yield return Row("symbol of another market", () => new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance), 0.01m, Time), BtccOrderRule.UnsupportedMarket, "market binance");
            yield return Row("unlisted symbol", () => new MarketOrder(Future("FOOUSDT"), 1m, Time), BtccOrderRule.UnknownSymbol, "not in BTCC's instrument list");
            yield return Row("volume below minimum", () => new MarketOrder(btc(), 0.0001m, Time), BtccOrderRule.VolumeBelowMinimum, "below the minimum volume 0.001");
            yield return Row("volume off step", () => new MarketOrder(btc(), -0.0015m, Time), BtccOrderRule.VolumeOffStep, "not a multiple of the volume step 0.001");
            yield return Row("volume above maximum", () => new MarketOrder(btc(), 60m, Time), BtccOrderRule.VolumeAboveMaximum, "above the maximum volume 50");
            yield return Row("limit price zero", () => new LimitOrder(btc(), 0.01m, 0m, Time), BtccOrderRule.NonPositivePrice, "Limit price 0 must be positive");
            yield return Row("negative limit price", () => new LimitOrder(btc(), -0.01m, -5m, Time), BtccOrderRule.NonPositivePrice, "Limit price -5 must be positive");
            yield return Row("negative stop price", () => new StopMarketOrder(btc(), 0.01m, -1m, Time), BtccOrderRule.NonPositivePrice, "Stop price -1 must be positive");
            yield return Row("limit price off tick", () => new LimitOrder(btc(), 0.01m, 59_000.005m, Time), BtccOrderRule.PriceOffTick, "not a multiple of the price tick 0.01");
            yield return Row("stop price off tick", () => new StopMarketOrder(btc(), 0.01m, 61_000.001m, Time), BtccOrderRule.PriceOffTick, "not a multiple of the price tick 0.01");
            yield return Row("non-tradable instrument", () => new MarketOrder(Future("LTCUSDT"), 1m, Time), BtccOrderRule.NotTradable, "not tradable");
            yield return Row("sell on a buy-only instrument", () => new MarketOrder(Future("DOGEUSDT"), -100m, Time), BtccOrderRule.BuyOnly, "buy-only");
            yield return Row("buy on a sell-only instrument", () => new MarketOrder(Future("XRPUSDT"), 10m, Time), BtccOrderRule.SellOnly, "sell-only");
        }

        [TestCaseSource(nameof(Rows))]
        public void ValidatorRefusesWithTheRule(Func<Order> create, BtccOrderRule rule, string fragment)
        {
            var order = create();
            var instrument = _brokerage.SymbolMapper!.TryGetInstrument(order.Symbol, out var found) ? found : null;

            var verdict = BtccOrderValidator.Validate(order, instrument, isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(rule));
            Assert.That(verdict.Message, Does.Contain(fragment));
        }

        [TestCaseSource(nameof(Rows))]
        public void PlaceOrderEndsInvalidAndSendsNothing(Func<Order> create, BtccOrderRule rule, string fragment)
        {
            var order = create();
            LeanOrderIds.Assign(order, Interlocked.Increment(ref _nextOrderId));
            _simulator.Requests.Reset();

            var placed = _brokerage.PlaceOrder(order);

            Assert.That(placed, Is.False);
            var events = _events.Where(e => e.OrderId == order.Id).ToList();
            Assert.That(events, Has.Count.EqualTo(1));
            Assert.That(events[0].Status, Is.EqualTo(OrderStatus.Invalid));
            Assert.That(events[0].Message, Does.Contain(fragment));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Invalid));
            Assert.That(_simulator.Requests.TradingRequests, Is.Zero, "nothing reached the exchange");
            Assert.That(_brokerage.IsConnected, Is.True, "a bad order does not disturb the session");
        }

        [Test(Description = "Order: brokerage never connected => Invalid NotConnected 'Not connected'")]
        public void PlaceOrderBeforeConnectEndsInvalidAndSendsNothing()
        {
            using var idle = new BtccBrokerage(BtccBrokerageTestBase.SettingsFor(_simulator), null, null, null, null);
            var events = new List<OrderEvent>();
            idle.OrdersStatusChanged += (_, e) => events.AddRange(e);
            _simulator.Requests.Reset();

            var placed = idle.PlaceOrder(LeanOrderIds.Assign(new MarketOrder(Future("BTCUSDT"), 0.01m, Time), 1));

            Assert.That(placed, Is.False);
            Assert.That(events.Single().Status, Is.EqualTo(OrderStatus.Invalid));
            Assert.That(events.Single().Message, Does.Contain("Not connected"));
            Assert.That(_simulator.Requests.TradingRequests, Is.Zero);
            Assert.That(_simulator.Requests.Count("/v1/user/login"), Is.Zero, "not even a login");
        }
    }
}
