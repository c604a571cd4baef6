using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class LeanDataWriterTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private static List<TradeBar> Bars(DateTime start, TimeSpan period, int count)
            => Enumerable.Range(0, count)
                .Select(i => new TradeBar(start + period * i, Btc, 42000.5m + i, 42010.25m + i, 41990m + i, 42005.125m + i, 0.5m * i, period))
                .ToList();

        [Test]
        public void MinuteFilesFollowLeansCryptoFutureLayout()
        {
            var date = new DateTime(2024, 1, 2);

            Assert.That(LeanDataLayout.RelativeZipPath(Btc, Resolution.Minute, date).Replace('\\', '/'),
                Is.EqualTo("cryptofuture/btcc/minute/btcusdt/20240102_trade.zip"));
            Assert.That(LeanDataLayout.ZipEntryName(Btc, Resolution.Minute, date), Is.EqualTo("20240102_btcusdt_minute_trade_perp.csv"));
        }

        [TestCase(Resolution.Hour, "hour")]
        [TestCase(Resolution.Daily, "daily")]
        public void HourAndDailyFilesHoldAllDates(Resolution resolution, string folder)
        {
            Assert.That(LeanDataLayout.RelativeZipPath(Btc, resolution, new DateTime(2024, 1, 2)).Replace('\\', '/'),
                Is.EqualTo($"cryptofuture/btcc/{folder}/btcusdt_trade.zip"));
            Assert.That(LeanDataLayout.ZipEntryName(Btc, resolution, new DateTime(2024, 1, 2)), Is.EqualTo("btcusdt_trade_perp.csv"));
        }

        [Test]
        public void LinesAreUnscaledInvariantWithoutTrailingZeros()
        {
            var bar = new TradeBar(new DateTime(2024, 1, 2, 13, 45, 0), Btc, 42000.50m, 42010.250m, 41990.0m, 42005.125m, 1.50m, TimeSpan.FromMinutes(1));

            Assert.That(LeanDataLayout.FormatLine(bar, Resolution.Minute), Is.EqualTo("49500000,42000.5,42010.25,41990,42005.125,1.5"));
            Assert.That(LeanDataLayout.FormatLine(bar, Resolution.Hour), Is.EqualTo("20240102 13:45,42000.5,42010.25,41990,42005.125,1.5"));
        }

        [Test]
        public void MinuteBarsRoundTripAcrossDays()
        {
            using var folder = new TemporaryDirectory();
            var bars = Bars(new DateTime(2024, 1, 1, 23, 58, 0), TimeSpan.FromMinutes(1), 5);

            var files = new LeanDataWriter(folder.Path, Btc, Resolution.Minute).Write(bars);
            var read = LeanDataReader.Read(folder.Path, Btc, Resolution.Minute, new DateTime(2024, 1, 1), new DateTime(2024, 1, 3)).ToList();

            Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "20240101_trade.zip", "20240102_trade.zip" }));
            Assert.That(LeanDataReader.EntryNames(files[1]), Is.EqualTo(new[] { "20240102_btcusdt_minute_trade_perp.csv" }));
            AssertSameBars(read, bars);
        }

        [TestCase(Resolution.Hour)]
        [TestCase(Resolution.Daily)]
        public void HourAndDailyBarsRoundTripInOneFile(Resolution resolution)
        {
            using var folder = new TemporaryDirectory();
            var period = LeanDataLayout.Period(resolution);
            var bars = Bars(new DateTime(2024, 1, 1), period, 30);

            var files = new LeanDataWriter(folder.Path, Btc, resolution).Write(bars);
            var read = LeanDataReader.Read(folder.Path, Btc, resolution, DateTime.MinValue, DateTime.MaxValue).ToList();

            Assert.That(files, Has.Count.EqualTo(1));
            Assert.That(LeanDataReader.EntryNames(files[0]), Is.EqualTo(new[] { "btcusdt_trade_perp.csv" }));
            AssertSameBars(read, bars);
        }

        [Test]
        public void WritingAgainMergesWithStoredBarsAndReplacesSameStart()
        {
            using var folder = new TemporaryDirectory();
            var writer = new LeanDataWriter(folder.Path, Btc, Resolution.Hour);
            var first = Bars(new DateTime(2024, 1, 1), TimeSpan.FromHours(1), 3);
            var second = Bars(new DateTime(2024, 1, 1, 2, 0, 0), TimeSpan.FromHours(1), 3);
            second[0].Close = 1m;

            writer.Write(first);
            writer.Write(second);
            var read = LeanDataReader.Read(folder.Path, Btc, Resolution.Hour, DateTime.MinValue, DateTime.MaxValue).ToList();

            Assert.That(read.Select(b => b.Time), Is.EqualTo(Enumerable.Range(0, 5).Select(h => new DateTime(2024, 1, 1).AddHours(h))));
            Assert.That(read[2].Close, Is.EqualTo(1m));
        }

        [Test]
        public void NonCryptoFutureSymbolIsRejectedNamingIt()
        {
            var equity = Symbol.Create("SPY", SecurityType.Equity, Market.USA);

            var error = Assert.Throws<ArgumentException>(() => new LeanDataWriter("data", equity, Resolution.Minute))!;

            Assert.That(error.Message, Does.Contain("SPY"));
        }

        private static void AssertSameBars(IReadOnlyList<TradeBar> actual, IReadOnlyList<TradeBar> expected)
        {
            Assert.That(actual, Has.Count.EqualTo(expected.Count));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.That(actual[i].Time, Is.EqualTo(expected[i].Time));
                Assert.That(actual[i].EndTime, Is.EqualTo(expected[i].EndTime));
                Assert.That(new[] { actual[i].Open, actual[i].High, actual[i].Low, actual[i].Close, actual[i].Volume },
                    Is.EqualTo(new[] { expected[i].Open, expected[i].High, expected[i].Low, expected[i].Close, expected[i].Volume }));
            }
        }
    }
}
