using NodaTime;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>Klines to LEAN trade bars: alignment, range and completeness.</summary>
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

        [Test]
        public void BarsStartAtTheKlineTimeAndLastOnePeriod()
        {
            var bars = BtccHistoryBars.ToTradeBars(new[] { Kline(Start) }, DataFeedHarness.Btc, Resolution.Hour, DateTimeZone.Utc,
                Start, Start.AddDays(1), Start.AddDays(2)).ToList();

            Assert.That(bars.Single().Time, Is.EqualTo(Start));
            Assert.That(bars.Single().EndTime, Is.EqualTo(Start.AddHours(1)));
            Assert.That((bars[0].Open, bars[0].High, bars[0].Low, bars[0].Close, bars[0].Volume), Is.EqualTo((9m, 12m, 8m, 10m, 5m)));
        }

        [Test]
        public void OnlyCompleteBarsInsideTheRangeAreKeptOnceInOrder()
        {
            var klines = new[]
            {
                Kline(Start.AddMinutes(3)), Kline(Start.AddMinutes(-1)), Kline(Start), Kline(Start.AddMinutes(1)),
                Kline(Start.AddMinutes(1)), Kline(Start.AddMinutes(4)), Kline(Start.AddMinutes(5))
            };
            var now = Start.AddMinutes(4).AddSeconds(30); // the 00:04 bar is still forming

            var bars = BtccHistoryBars.ToTradeBars(klines, DataFeedHarness.Btc, Resolution.Minute, DateTimeZone.Utc,
                Start, Start.AddMinutes(5), now).ToList();

            Assert.That(bars.Select(b => b.Time), Is.EqualTo(new[] { Start, Start.AddMinutes(1), Start.AddMinutes(3) }));
        }
    }
}
