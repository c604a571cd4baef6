/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>Klines to LEAN trade bars: the range kept, repeats, order, the forming bar, times and prices.</summary>
    [TestFixture]
    public class BtccHistoryBarsTests
    {
        private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private static BtccKline Kline(DateTime startUtc, decimal close = 10m) =>
            new(new DateTimeOffset(startUtc).ToUnixTimeSeconds(), 9m, 12m, 8m, close, 5m);

        [TestCase(Resolution.Minute, BtccKlineInterval.Minute)]
        [TestCase(Resolution.Hour, BtccKlineInterval.Hour)]
        [TestCase(Resolution.Daily, BtccKlineInterval.Day)]
        public void LeanResolutionsMapToBtccIntervals(Resolution resolution, BtccKlineInterval expected)
        {
            Assert.That(BtccHistoryBars.TryGetInterval(resolution, out var interval), Is.True);
            Assert.That(interval, Is.EqualTo(expected));
        }

        [TestCase(Resolution.Tick)]
        [TestCase(Resolution.Second)]
        public void TickAndSecondHaveNoKlines(Resolution resolution)
        {
            Assert.That(BtccHistoryBars.TryGetInterval(resolution, out _), Is.False);
        }

        /// <summary>
        /// One row: kline starts, the range's end and "now", all in bars after <see cref="Start"/>, and the bar starts
        /// expected (the range starts at <see cref="Start"/>).
        /// </summary>
        private static TestCaseData Row(string name, Resolution resolution, int[] klines, int end, double now, int[] expected)
            => new TestCaseData(resolution, klines, end, now, expected).SetName($"Klines to bars: {name}");

        public static IEnumerable<TestCaseData> Rows()
        {
            yield return Row("a kline inside the range is a bar", Resolution.Minute, new[] { 0 }, 5, 100, new[] { 0 });
            yield return Row("a kline starting before the range is left out", Resolution.Minute, new[] { -1, 0 }, 5, 100, new[] { 0 });
            yield return Row("a kline starting at the range's end is left out", Resolution.Minute, new[] { 4, 5 }, 5, 100, new[] { 4 });
            yield return Row("a repeated kline is one bar", Resolution.Minute, new[] { 1, 1 }, 5, 100, new[] { 1 });
            yield return Row("klines in any order come out oldest first", Resolution.Minute, new[] { 3, 0, 2 }, 5, 100, new[] { 0, 2, 3 });
            yield return Row("the minute still forming is left out", Resolution.Minute, new[] { 3, 4 }, 5, 4.5, new[] { 3 });
            yield return Row("a bar ending now is complete", Resolution.Minute, new[] { 3 }, 5, 4, new[] { 3 });
            yield return Row("hour bars", Resolution.Hour, new[] { 0, 1, 2 }, 2, 100, new[] { 0, 1 });
            yield return Row("the hour still forming is left out", Resolution.Hour, new[] { 0, 1 }, 24, 1.99, new[] { 0 });
            yield return Row("the day still forming is left out", Resolution.Daily, new[] { 0, 1 }, 10, 1.04, new[] { 0 });
            yield return Row("no klines, no bars", Resolution.Daily, Array.Empty<int>(), 10, 100, Array.Empty<int>());
        }

        [TestCaseSource(nameof(Rows))]
        public void BarsAreTheCompleteKlinesStartingInTheRangeOnceInOrder(Resolution resolution, int[] klines, int end, double now, int[] expected)
        {
            var period = resolution.ToTimeSpan();

            var bars = BtccHistoryBars.ToTradeBars(klines.Select(k => Kline(Start + k * period)), DataFeedHarness.Btc, resolution, DateTimeZone.Utc,
                Start, Start + end * period, Start + now * period).ToList();

            Assert.That(bars.Select(b => b.Time), Is.EqualTo(expected.Select(e => Start + e * period)));
            Assert.That(bars.Select(b => b.EndTime - b.Time), Has.All.EqualTo(period));
        }

        [Test]
        public void BarsCarryTheKlinesPricesAndVolume()
        {
            var bar = BtccHistoryBars.ToTradeBars(new[] { Kline(Start, close: 11m) }, DataFeedHarness.Btc, Resolution.Hour, DateTimeZone.Utc,
                Start, Start.AddDays(1), Start.AddDays(2)).Single();

            Assert.That((bar.Open, bar.High, bar.Low, bar.Close, bar.Volume), Is.EqualTo((9m, 12m, 8m, 11m, 5m)));
            Assert.That(bar.Symbol, Is.EqualTo(DataFeedHarness.Btc));
        }

        [Test]
        public void BarTimesAreInTheDataTimeZone()
        {
            var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

            var bar = BtccHistoryBars.ToTradeBars(new[] { Kline(Start) }, DataFeedHarness.Btc, Resolution.Hour, newYork,
                Start, Start.AddDays(1), Start.AddDays(2)).Single();

            Assert.That(bar.Time, Is.EqualTo(new DateTime(2025, 12, 31, 19, 0, 0)));
            Assert.That(bar.EndTime, Is.EqualTo(new DateTime(2025, 12, 31, 20, 0, 0)));
        }

        [Test]
        public void SecondResolutionIsRefused()
        {
            Assert.That(() => BtccHistoryBars.ToTradeBars(new[] { Kline(Start) }, DataFeedHarness.Btc, Resolution.Second, DateTimeZone.Utc,
                Start, Start.AddDays(1), Start.AddDays(2)).ToList(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }
}
