/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Bench;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Bench
{
    [TestFixture]
    public class BtccBenchReportTests
    {
        private static readonly DateTime T0 = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

        private static BenchWindow Window(int orders, int whileWorking, int requests = 0, double seconds = 10)
            => new(orders, whileWorking, requests, seconds, new Dictionary<string, int> { ["/v1/account/orderList"] = requests });

        private static BtccBenchResult Result(string name, double idlePerSecond, double marketPerOrder, double restingMs, int throttled) => new()
        {
            Name = name,
            Idle = Window(0, 0, (int)(idlePerSecond * 100), 100),
            Market = Window(10, (int)(marketPerOrder * 10), 40),
            Limit = Window(5, 30),
            Cancelled = Window(5, 25),
            Partial = Window(5, 50),
            SubmittedMs = new[] { 100.0, 110, 120 },
            MarketFillMs = new[] { 80.0, 90 },
            RestingFillMs = Enumerable.Repeat(restingMs, 10).ToList(),
            UnquotedFillMs = new[] { 300.0 },
            Budget = Window(30, 90, 100, 30),
            Throttled = throttled,
            MaxPerSecond = 5
        };

        private static string Line(string table, string measure) => table.Split(Environment.NewLine).Single(l => l.StartsWith($"| {measure} |", StringComparison.Ordinal));

        [Test]
        public void EachMeasureShowsBothPollersTheirRatioTheTargetAndWhetherItIsMet()
        {
            var table = BtccBenchReport.Markdown(Result("naive", 4, 8, 1000, 2), Result("adaptive", 0.15, 3, 100, 0), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(50));

            Assert.That(Line(table, "Idle requests/s"), Is.EqualTo("| Idle requests/s | 4.00 | 0.15 | 0.04 | ≤ 0.2 | yes |"));
            Assert.That(Line(table, "Requests per filled market order"), Is.EqualTo("| Requests per filled market order | 8.0 | 3.0 | 0.38 | ≤ 3 | yes |"));
            Assert.That(Line(table, "Resting order fill → OrderEvent p50 (ms)"), Does.EndWith("| 1000 | 100 | 0.10 | ≤ 300 (interval/2 + RTT) | yes |"));
            Assert.That(Line(table, "Resting order fill → OrderEvent p99 (ms)"), Does.EndWith("| ≤ 600 (interval + 2 RTT) | yes |"));
            Assert.That(Line(table, "HTTP 429 at 5 requests/s, 1 order/s for 30 s"), Does.EndWith("| 2 | 0 | 0.00 | 0 | yes |"));
        }

        [Test]
        public void AMissedTargetIsMarkedNo()
        {
            var table = BtccBenchReport.Markdown(Result("naive", 4, 8, 1000, 0), Result("adaptive", 0.25, 3.5, 700, 1), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(50));

            foreach (var measure in new[] { "Idle requests/s", "Requests per filled market order", "Resting order fill → OrderEvent p50 (ms)", "Resting order fill → OrderEvent p99 (ms)" })
            {
                Assert.That(Line(table, measure), Does.EndWith("| **no** |"), measure);
            }
            Assert.That(Line(table, "HTTP 429 at 5 requests/s, 1 order/s for 30 s"), Does.EndWith("| 0 | 1 | – | 0 | **no** |"), "no ratio over a naive 0");
        }

        [Test]
        public void AnOrdersShareIsTheRequestsWhileItWorkedWithoutTheSessionsUpkeep()
        {
            var requests = new (DateTimeOffset, string)[]
            {
                (T0.AddMilliseconds(-10), "/v1/account/orderList"),      // before any order
                (T0.AddMilliseconds(10), "/v1/account/positionlist"),    // first order
                (T0.AddMilliseconds(60), "/v1/user/keepalive"),          // upkeep, not the order's
                (T0.AddMilliseconds(150), "/v1/account/dealTodayList"),  // both orders: counted once
                (T0.AddMilliseconds(400), "/v1/account/orderList")       // after both
            };
            var lives = new[] { (T0, T0.AddMilliseconds(200)), (T0.AddMilliseconds(100), T0.AddMilliseconds(300)) };

            Assert.That(BenchWindow.DuringLives(requests, lives), Is.EqualTo(2));
            Assert.That(new BenchWindow(2, 2, 5, 1, new Dictionary<string, int>()).PerOrder, Is.EqualTo(1));
        }

        [TestCase(50, 3)]
        [TestCase(99, 5)]
        [TestCase(100, 5)]
        [TestCase(1, 1)]
        public void PercentilesAreNearestRank(double percent, double expected)
            => Assert.That(LatencyStats.Percentile(new double[] { 5, 1, 4, 2, 3 }, percent), Is.EqualTo(expected));

        [Test]
        public void NoValueHasNoPercentile() => Assert.That(LatencyStats.Percentile(Array.Empty<double>(), 50), Is.NaN);
    }
}
