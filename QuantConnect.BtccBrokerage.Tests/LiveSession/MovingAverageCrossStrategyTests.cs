/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Data.Market;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    [TestFixture]
    public class MovingAverageCrossStrategyTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());
        private static readonly TimeSpan Pacing = TimeSpan.FromMilliseconds(500);

        private FakeOrders _orders = null!;
        private MovingAverageCrossStrategy _strategy = null!;
        private DateTime _now;

        [SetUp]
        public void SetUp()
        {
            _orders = new FakeOrders();
            _strategy = new MovingAverageCrossStrategy(Btc, 0.001m, 0.01m, _orders, new LiveSessionConsole(TextWriter.Null, verbose: false), Pacing, fastPeriod: 2, slowPeriod: 4);
            _now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        /// <summary>A quote one pacing after the previous one.</summary>
        private void Quote(decimal bid)
        {
            _now += Pacing;
            _strategy.OnQuote(new Tick(_now, Btc, bid, bid + 1m), _now);
        }

        private void Report(int orderId, OrderStatus status, decimal fillQuantity = 0m, decimal fillPrice = 0m)
        {
            var order = _orders.GetOrder(orderId)!;
            order.Status = status;
            _strategy.OnOrderEvent(new OrderEvent(orderId, Btc, _now, status, order.Direction, fillPrice, fillQuantity, OrderFee.Zero));
        }

        /// <summary>Rising quotes: fast above slow once the slow average is ready.</summary>
        private void WarmUpRising()
        {
            foreach (var bid in new[] { 100m, 101m, 102m, 103m })
            {
                Quote(bid);
            }
        }

        [Test]
        public void PlacesNothingBeforeTheAveragesAreReady()
        {
            Quote(100m);
            Quote(101m);
            Quote(102m);

            Assert.That(_orders.Calls, Is.Empty);
        }

        [Test]
        public void WalksALimitOrderAwayFromTheMarketThroughUpdateAndCancelThenEntersWithTheTrend()
        {
            WarmUpRising();
            Assert.That(_orders.Calls, Is.EqualTo(new[] { "limit 1 +0.001 @ 100.94" }), "buy limit 2% under the bid, rounded down to the tick");

            Report(1, OrderStatus.Submitted);
            Quote(104m);
            Assert.That(_orders.Calls[^1], Is.EqualTo("update 1 @ 100.88"), "3% under the bid");

            Report(1, OrderStatus.UpdateSubmitted);
            Quote(105m);
            Assert.That(_orders.Calls[^1], Is.EqualTo("cancel 1"));

            Report(1, OrderStatus.Canceled);
            Quote(106m);
            Assert.That(_orders.Calls[^1], Is.EqualTo("market 2 +0.001"), "long: fast above slow");

            Report(2, OrderStatus.Filled, 0.001m, 107m);
            Assert.That(_strategy.Position, Is.EqualTo(0.001m));
        }

        [Test]
        public void WaitsForTheBrokerageBeforeTheNextStep()
        {
            WarmUpRising();
            Quote(104m);
            Quote(105m);

            Assert.That(_orders.Calls, Has.Count.EqualTo(1), "no update before the limit order was accepted");
        }

        [Test]
        public void RefusedLimitOrderSkipsStraightToTheEntry()
        {
            _orders.RefuseNext = true;
            WarmUpRising();
            Quote(104m);

            Assert.That(_orders.Calls, Is.EqualTo(new[] { "limit 1 +0.001 @ 100.94", "market 2 +0.001" }));
        }

        [Test]
        public void ReversesOnACrossoverAfterTheEntry()
        {
            WarmUpRising();
            Report(1, OrderStatus.Canceled);
            Quote(104m);
            Report(2, OrderStatus.Filled, 0.001m, 105m);

            _now += MovingAverageCrossStrategy.MinimumTimeBetweenTrades;
            foreach (var bid in new[] { 100m, 95m })
            {
                Quote(bid);
            }

            Assert.That(_orders.Calls[^1], Is.EqualTo("market 3 -0.002"), "from +0.001 to -0.001");
        }

        [Test]
        public void StopCancelsTheWorkingLimitAndClosePositionFlattensWhatTheStrategyHolds()
        {
            WarmUpRising();
            Report(1, OrderStatus.Canceled);
            Quote(104m);
            Report(2, OrderStatus.Filled, 0.001m, 105m);

            _strategy.Stop();
            Assert.That(_strategy.OpenOrderIds, Is.Empty);
            var closing = _strategy.ClosePosition();

            Assert.That(closing, Is.EqualTo(3));
            Assert.That(_orders.Calls[^1], Is.EqualTo("market 3 -0.001"));
            Report(3, OrderStatus.Filled, -0.001m, 104m);
            Assert.That(_strategy.Position, Is.EqualTo(0m));
            Assert.That(_strategy.ClosePosition(), Is.Null);
        }

        [Test]
        public void AnOrderTheStoreShowsFilledStaysOpenUntilItsFillEventReachesTheStrategy()
        {
            WarmUpRising();
            Report(1, OrderStatus.Canceled);
            Quote(104m);
            _strategy.Stop();

            // the brokerage's thread marks the order filled before the event is handed to the strategy
            _orders.GetOrder(2)!.Status = OrderStatus.Filled;
            Assert.That(_strategy.OpenOrderIds, Is.EqualTo(new[] { 2 }));
            Assert.That(_strategy.Position, Is.EqualTo(0m));

            Report(2, OrderStatus.Filled, 0.001m, 105m);
            Assert.That(_strategy.OpenOrderIds, Is.Empty);
            Assert.That(_strategy.Position, Is.EqualTo(0.001m));
        }

        [Test]
        public void StopCancelsAWorkingLimitOrder()
        {
            WarmUpRising();
            Report(1, OrderStatus.Submitted);

            _strategy.Stop();
            Quote(110m);

            Assert.That(_orders.Calls, Is.EqualTo(new[] { "limit 1 +0.001 @ 100.94", "cancel 1" }));
            Assert.That(_strategy.OpenOrderIds, Is.EqualTo(new[] { 1 }));
            Report(1, OrderStatus.Canceled);
            Assert.That(_strategy.OpenOrderIds, Is.Empty);
        }

        /// <summary>Records the strategy's requests; orders change status only when the test reports events.</summary>
        private sealed class FakeOrders : ISessionOrders
        {
            private readonly Dictionary<int, Order> _orders = new();

            public List<string> Calls { get; } = new();

            public bool RefuseNext { get; set; }

            public int MarketOrder(Symbol symbol, decimal quantity, string tag)
                => Add(new MarketOrder(symbol, quantity, DateTime.UtcNow, tag), $"market {{0}} {Signed(quantity)}");

            public int LimitOrder(Symbol symbol, decimal quantity, decimal limitPrice, string tag)
                => Add(new LimitOrder(symbol, quantity, limitPrice, DateTime.UtcNow, tag), $"limit {{0}} {Signed(quantity)} @ {limitPrice.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

            public bool UpdateLimitPrice(int orderId, decimal limitPrice, string tag)
            {
                Calls.Add($"update {orderId} @ {limitPrice.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                return true;
            }

            public bool Cancel(int orderId)
            {
                Calls.Add($"cancel {orderId}");
                return true;
            }

            public Order? GetOrder(int orderId) => _orders.TryGetValue(orderId, out var order) ? order : null;

            public decimal HoldingQuantity(Symbol symbol) => 0m;

            private int Add(Order order, string call)
            {
                var id = _orders.Count + 1;
                LeanOrderIds.Assign(order, id);
                order.Status = RefuseNext ? OrderStatus.Invalid : OrderStatus.Submitted;
                RefuseNext = false;
                _orders[id] = order;
                Calls.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, call, id));
                return id;
            }

            private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
