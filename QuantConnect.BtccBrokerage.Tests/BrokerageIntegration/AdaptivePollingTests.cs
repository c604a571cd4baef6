/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Data;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// What the adaptive fill poller reads from the simulator (its own request counts are the truth): only what is
    /// working needs, each list at least once per idle interval, at once after a write, and when the market reaches a
    /// working order.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class AdaptivePollingTests
    {
        private const string OrderList = "/v1/account/orderList";
        private const string DealTodayList = "/v1/account/dealTodayList";
        private const string PositionList = "/v1/account/positionlist";
        private const string Account = "/v1/account/account";
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private BtccSimulator _simulator = null!;
        private BtccBrokerage _brokerage = null!;
        private TestOrderProvider _orders = null!;
        private readonly ConcurrentQueue<OrderEvent> _events = new();

        private async Task ConnectAsync(TimeSpan fast, TimeSpan idle, bool adaptive = true, CollectingDataAggregator? aggregator = null)
        {
            _events.Clear();
            _simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            _simulator.SetPrice("BTCUSDT", 60_000m);
            var basic = BtccBrokerageTestBase.SettingsFor(_simulator);
            var settings = new BtccBrokerageSettings
            {
                Api = basic.Api, PollInterval = fast, IdlePollInterval = idle, AdaptivePolling = adaptive, OrderStateTimeout = TimeSpan.FromMinutes(1),
                UnmatchedFillGrace = basic.UnmatchedFillGrace, PollerStallTimeout = TimeSpan.FromMinutes(1)
            };
            _orders = new TestOrderProvider();
            _brokerage = new BtccBrokerage(settings, null, _orders, aggregator, null);
            _brokerage.OrdersStatusChanged += (_, events) => events.ForEach(_events.Enqueue);
            _brokerage.Connect();
            WaitUntil(() => _brokerage.FillPolls >= 1, "the first poll");
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

        private void WaitForPolls(int polls)
        {
            var target = _brokerage.FillPolls + polls;
            WaitUntil(() => _brokerage.FillPolls >= target, $"{polls} more polls");
        }

        private Order PlaceAndWait(Order order, OrderStatus status)
        {
            Assert.That(_brokerage.PlaceOrder(_orders.Add(order)), Is.True);
            WaitUntil(() => _events.Any(e => e.OrderId == order.Id && e.Status == status), $"order {order.Id} {status}");
            return order;
        }

        private int Requests(string path) => _simulator.Requests.Count(path);

        private static void WaitUntil(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"Timed out waiting for {what}");
                }
                Thread.Sleep(10);
            }
        }

        [Test]
        public async Task AnIdleBrokerageReadsOnlyOrderListAndDealTodayListOncePerIdleInterval()
        {
            await ConnectAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200));
            _simulator.Requests.Reset();
            var start = _brokerage.FillPolls;

            WaitForPolls(6);

            // a poll in flight at the reset or at the end shifts the counts by one at most
            var polls = _brokerage.FillPolls - start;
            Assert.That(Requests(OrderList), Is.InRange(polls - 1, polls + 1));
            Assert.That(Requests(DealTodayList), Is.InRange(polls - 1, polls + 1));
            Assert.That(Requests(PositionList), Is.Zero, "nothing needs positionlist");
            Assert.That(Requests(Account), Is.InRange(1, polls / 3 + 1), "the account goes with every third idle read");
        }

        [Test]
        public async Task AMarketOrderPlacedWhileIdleIsFilledFromOneDealTodayListRead()
        {
            await ConnectAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10));
            _simulator.Requests.Reset();

            PlaceAndWait(new MarketOrder(Btc, 0.01m, DateTime.UtcNow), OrderStatus.Filled);
            WaitUntil(() => _brokerage.IsFillPollerIdle, "the poller to be idle again");

            Assert.That(Requests(PositionList), Is.EqualTo(1), "the tickets the order may close");
            Assert.That(Requests("/v1/account/openposition"), Is.EqualTo(1));
            Assert.That(Requests(DealTodayList), Is.EqualTo(1), "its deal, read right after the write");
            Assert.That(Requests(OrderList), Is.Zero);
            Assert.That(Requests(Account), Is.Zero);
        }

        [Test]
        public async Task WhileALimitOrderRestsOnlyOrderListIsRead()
        {
            await ConnectAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10));
            PlaceAndWait(new LimitOrder(Btc, 0.01m, 50_000m, DateTime.UtcNow), OrderStatus.Submitted);
            WaitForPolls(1);
            _simulator.Requests.Reset();

            WaitForPolls(5);

            Assert.That(Requests(OrderList), Is.GreaterThanOrEqualTo(4));
            Assert.That(Requests(DealTodayList), Is.Zero, "orderList shows the order's executions first");
            Assert.That(Requests(PositionList), Is.Zero);
        }

        [Test]
        public async Task ALimitOrderFilledWhileRestingIsReportedOnceFromTheListsThatShowIt()
        {
            await ConnectAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10));
            var order = PlaceAndWait(new LimitOrder(Btc, 0.01m, 59_000m, DateTime.UtcNow), OrderStatus.Submitted);

            _simulator.SetPrice("BTCUSDT", 58_900m);
            WaitUntil(() => _events.Any(e => e.OrderId == order.Id && e.Status == OrderStatus.Filled), "the fill");

            var deal = _simulator.Snapshot().Deals.Single();
            Assert.That(_events.Where(e => e.OrderId == order.Id && e.Status.IsFill()).Select(e => e.Message), Is.EqualTo(new[] { $"BTCC deal {deal.Id}" }));
        }

        [Test]
        public async Task TheMarketReachingAWorkingOrderWakesThePoller()
        {
            // polls so rare that only the quote can bring the fill within the wait
            var aggregator = new CollectingDataAggregator();
            await ConnectAsync(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), aggregator: aggregator);
            _brokerage.Subscribe(DataFeedHarness.Config(Btc, TickType.Quote), (_, _) => { });
            WaitUntil(() => aggregator.TicksOf(Btc, TickType.Quote).Count > 0, "the first quote");
            var order = PlaceAndWait(new LimitOrder(Btc, 0.01m, 59_000m, DateTime.UtcNow), OrderStatus.Submitted);
            var polls = _brokerage.FillPolls;

            _simulator.SetPrice("BTCUSDT", 58_900m);

            WaitUntil(() => _events.Any(e => e.OrderId == order.Id && e.Status == OrderStatus.Filled), "the fill");
            Assert.That(_brokerage.FillPolls - polls, Is.LessThanOrEqualTo(2), "the poll the quote asked for (and the look-up's follow-up at most)");
        }

        [Test]
        public async Task TheMarketReachingAClosingOrderWakesThePoller()
        {
            var aggregator = new CollectingDataAggregator();
            await ConnectAsync(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), aggregator: aggregator);
            _brokerage.Subscribe(DataFeedHarness.Config(Btc, TickType.Quote), (_, _) => { });
            WaitUntil(() => aggregator.TicksOf(Btc, TickType.Quote).Count > 0, "the first quote");
            PlaceAndWait(new MarketOrder(Btc, 0.01m, DateTime.UtcNow), OrderStatus.Filled);
            // a sell limit against the long: BTCC's limit close of its ticket
            var takeProfit = PlaceAndWait(new LimitOrder(Btc, -0.01m, 61_000m, DateTime.UtcNow), OrderStatus.Submitted);
            Assert.That(_simulator.Snapshot().PendingOrders.Single().ClosesPosition, Is.True, "a closing order");
            var polls = _brokerage.FillPolls;

            _simulator.SetPrice("BTCUSDT", 61_100m);

            WaitUntil(() => _events.Any(e => e.OrderId == takeProfit.Id && e.Status == OrderStatus.Filled), "the fill");
            Assert.That(_brokerage.FillPolls - polls, Is.LessThanOrEqualTo(2), "the poll the quote asked for (and the look-up's follow-up at most)");
        }

        [Test]
        public async Task WithAdaptivePollingOffEveryPollReadsBothLists()
        {
            await ConnectAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10), adaptive: false);
            _simulator.Requests.Reset();
            var start = _brokerage.FillPolls;

            WaitForPolls(11);

            var polls = _brokerage.FillPolls - start;
            Assert.That(Requests(OrderList), Is.InRange(polls - 1, polls + 1));
            Assert.That(Requests(DealTodayList), Is.InRange(polls - 1, polls + 1));
            Assert.That(Requests(PositionList), Is.GreaterThan(0), "positions and account every tenth poll");
        }
    }
}
