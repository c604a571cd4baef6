/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>LEAN's data writer as the ToolBox uses it: crypto-future trade bars into a data folder.</summary>
    [TestFixture]
    public class LeanDataWriterTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private static List<TradeBar> Bars(DateTime start, TimeSpan period, int count, decimal close = 42005.125m)
            => Enumerable.Range(0, count)
                .Select(i => new TradeBar(start + period * i, Btc, 42000.5m + i, 42010.25m + i, 41990m + i, close + i, 0.5m * i, period))
                .ToList();

        [Test]
        public void MinuteBarsGoToOneZipPerDayInLeansCryptoFutureLayout()
        {
            using var folder = new TemporaryDirectory();
            var bars = Bars(new DateTime(2024, 1, 1, 23, 58, 0), TimeSpan.FromMinutes(1), 5);

            new LeanDataWriter(Resolution.Minute, Btc, folder.Path).Write(bars);

            var first = Path.Combine(folder.Path, "cryptofuture", "btcc", "minute", "btcusdt", "20240101_trade.zip");
            var second = Path.Combine(folder.Path, "cryptofuture", "btcc", "minute", "btcusdt", "20240102_trade.zip");
            Assert.That(LeanZipBars.EntryNames(first), Is.EqualTo(new[] { "20240101_btcusdt_minute_trade_perp.csv" }));
            Assert.That(LeanZipBars.EntryNames(second), Is.EqualTo(new[] { "20240102_btcusdt_minute_trade_perp.csv" }));
            AssertSameBars(LeanZipBars.Read(folder.Path, Btc, Resolution.Minute, new DateTime(2024, 1, 1), new DateTime(2024, 1, 3)), bars);
        }

        [TestCase(Resolution.Hour, "hour")]
        [TestCase(Resolution.Daily, "daily")]
        public void HourAndDailyBarsGoToOneZipForAllDates(Resolution resolution, string folderName)
        {
            using var folder = new TemporaryDirectory();
            var bars = Bars(new DateTime(2024, 1, 1), resolution.ToTimeSpan(), 30);

            new LeanDataWriter(resolution, Btc, folder.Path).Write(bars);

            var zip = Path.Combine(folder.Path, "cryptofuture", "btcc", folderName, "btcusdt_trade.zip");
            Assert.That(LeanZipBars.EntryNames(zip), Is.EqualTo(new[] { "btcusdt_trade_perp.csv" }));
            AssertSameBars(LeanZipBars.Read(folder.Path, Btc, resolution, DateTime.MinValue, DateTime.MaxValue), bars);
        }

        [TestCase(Resolution.Minute, "49500000,42000.5,42010.25,41990,42005.125,1.5")]
        [TestCase(Resolution.Hour, "20240102 13:45,42000.5,42010.25,41990,42005.125,1.5")]
        public void LinesAreUnscaledInvariantWithoutTrailingZeros(Resolution resolution, string line)
        {
            using var folder = new TemporaryDirectory();
            var bar = new TradeBar(new DateTime(2024, 1, 2, 13, 45, 0), Btc, 42000.50m, 42010.250m, 41990.0m, 42005.125m, 1.50m, resolution.ToTimeSpan());

            new LeanDataWriter(resolution, Btc, folder.Path).Write(new[] { bar });

            Assert.That(LeanZipBars.Lines(LeanZipBars.ZipPath(folder.Path, Btc, resolution, bar.Time)), Is.EqualTo(new[] { line }));
        }

        [Test]
        public void HourFilesAreMergedANewBarReplacingTheStoredOneOfItsTime()
        {
            using var folder = new TemporaryDirectory();
            var first = Bars(new DateTime(2024, 1, 1), TimeSpan.FromHours(1), 3);
            var second = Bars(new DateTime(2024, 1, 1, 2, 0, 0), TimeSpan.FromHours(1), 3, close: 1m);

            new LeanDataWriter(Resolution.Hour, Btc, folder.Path).Write(first);
            new LeanDataWriter(Resolution.Hour, Btc, folder.Path).Write(second);

            var read = LeanZipBars.Read(folder.Path, Btc, Resolution.Hour, DateTime.MinValue, DateTime.MaxValue);
            Assert.That(read.Select(b => b.Time), Is.EqualTo(Enumerable.Range(0, 5).Select(h => new DateTime(2024, 1, 1).AddHours(h))));
            Assert.That(read[2].Close, Is.EqualTo(1m));
        }

        [Test]
        public void MinuteFilesAreOverwrittenByDefault()
        {
            using var folder = new TemporaryDirectory();
            var day = new DateTime(2024, 1, 1);

            new LeanDataWriter(Resolution.Minute, Btc, folder.Path).Write(Bars(day, TimeSpan.FromMinutes(1), 3));
            new LeanDataWriter(Resolution.Minute, Btc, folder.Path).Write(Bars(day.AddMinutes(5), TimeSpan.FromMinutes(1), 1));

            Assert.That(LeanZipBars.Read(folder.Path, Btc, Resolution.Minute, day, day.AddDays(1)).Select(b => b.Time), Is.EqualTo(new[] { day.AddMinutes(5) }));
        }

        [Test]
        public void MinuteFilesMergeWhenAskedTo()
        {
            using var folder = new TemporaryDirectory();
            var day = new DateTime(2024, 1, 1);

            new LeanDataWriter(Resolution.Minute, Btc, folder.Path).Write(Bars(day, TimeSpan.FromMinutes(1), 2));
            new LeanDataWriter(Resolution.Minute, Btc, folder.Path, writePolicy: WritePolicy.Merge).Write(Bars(day.AddMinutes(5), TimeSpan.FromMinutes(1), 1));

            Assert.That(LeanZipBars.Read(folder.Path, Btc, Resolution.Minute, day, day.AddDays(1)).Select(b => b.Time),
                Is.EqualTo(new[] { day, day.AddMinutes(1), day.AddMinutes(5) }));
        }

        [Test]
        public void UnsortedDataIsRefused()
        {
            using var folder = new TemporaryDirectory();
            var bars = Bars(new DateTime(2024, 1, 1), TimeSpan.FromMinutes(1), 2);
            bars.Reverse();

            Assert.That(() => new LeanDataWriter(Resolution.Minute, Btc, folder.Path).Write(bars),
                Throws.Exception.With.Message.EqualTo("The data must be pre-sorted from oldest to newest"));
        }

        private static void AssertSameBars(IReadOnlyList<TradeBar> actual, IReadOnlyList<TradeBar> expected)
        {
            Assert.That(actual.Select(b => (b.Time, b.EndTime, b.Open, b.High, b.Low, b.Close, b.Volume)),
                Is.EqualTo(expected.Select(b => (b.Time, b.EndTime, b.Open, b.High, b.Low, b.Close, b.Volume))));
        }
    }
}
