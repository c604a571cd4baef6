using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Tests.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class BtccDataDownloaderTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private static (BtccDataDownloader Downloader, FakeBtccSources Source, List<string> Messages) Create()
        {
            var instruments = BtccInstruments.Multi();
            var source = new FakeBtccSources(instruments);
            var messages = new List<string>();
            var downloader = new BtccDataDownloader(source, new BtccSymbolMapper(instruments)) { OnUnsupported = messages.Add };
            return (downloader, source, messages);
        }

        [Test]
        public void CandlesAreAskedForUnderTheSecIdTheQuoteDictionaryNames()
        {
            var (downloader, source, _) = Create();
            source.Products = [new BtccQuoteProduct { SecId = 3289142, ShortName = "BTC/USDT.100x" }];
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            downloader.Get(new DataDownloaderGetParameters(Btc, Resolution.Minute, start, start.AddMinutes(5))).ToList();

            Assert.That(source.Requests.Select(r => r.CodeId).Distinct(), Is.EqualTo(new[] { 3289142L }));
        }

        [Test]
        public void InstrumentTheQuoteDictionaryDoesNotKnowIsRefusedNamingIt()
        {
            var (downloader, source, messages) = Create();
            source.Products = [new BtccQuoteProduct { SecId = 65, ShortName = "BTC/USDC.500x" }];
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            var bars = downloader.Get(new DataDownloaderGetParameters(Btc, Resolution.Minute, start, start.AddMinutes(5))).ToList();

            Assert.That(bars, Is.Empty);
            Assert.That(source.Requests, Is.Empty);
            Assert.That(messages.Single(), Does.Contain("BTCUSDT").And.Contain("quote dictionary"));
        }

        [TestCase(Resolution.Minute, BtccKlineInterval.Minute, 60)]
        [TestCase(Resolution.Hour, BtccKlineInterval.Hour, 3600)]
        [TestCase(Resolution.Daily, BtccKlineInterval.Day, 86400)]
        public void BarsStartInTheRangeOnTheResolutionGridInUtc(Resolution resolution, BtccKlineInterval interval, int seconds)
        {
            var (downloader, source, _) = Create();
            var start = new DateTime(2024, 1, 1, 0, 0, 30, DateTimeKind.Utc);
            var end = start.AddSeconds(seconds * 5L);

            var bars = downloader.Get(new DataDownloaderGetParameters(Btc, resolution, start, end)).Cast<TradeBar>().ToList();

            Assert.That(bars, Has.Count.EqualTo(5));
            Assert.That(source.Requests.Select(r => r.Interval).Distinct(), Is.EqualTo(new[] { interval }));
            Assert.That(source.Requests.Select(r => r.CodeId).Distinct(), Is.EqualTo(new[] { 1000L }));
            for (var i = 0; i < bars.Count; i++)
            {
                var expectedTime = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds * (i + 1L));
                var candle = FakeBtccSources.Candle(1000, new DateTimeOffset(expectedTime).ToUnixTimeSeconds());
                Assert.That(bars[i].Time, Is.EqualTo(expectedTime));
                Assert.That(bars[i].EndTime, Is.EqualTo(expectedTime.AddSeconds(seconds)));
                Assert.That(bars[i].Symbol, Is.EqualTo(Btc));
                Assert.That(new[] { bars[i].Open, bars[i].High, bars[i].Low, bars[i].Close, bars[i].Volume },
                    Is.EqualTo(new[] { candle.Open, candle.High, candle.Low, candle.Close, candle.Volume }));
            }
        }

        [Test]
        public void MinuteDownloadPagesADayAtATimeWithoutGapsOrDuplicates()
        {
            var (downloader, source, _) = Create();
            var start = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);
            var end = start.AddDays(2.5);

            var bars = downloader.Get(new DataDownloaderGetParameters(Btc, Resolution.Minute, start, end)).ToList();

            Assert.That(source.Requests, Has.Count.EqualTo(3));
            Assert.That(source.Requests[1].From, Is.EqualTo(source.Requests[0].To));
            Assert.That(bars, Has.Count.EqualTo((int)(end - start).TotalMinutes));
            Assert.That(bars.Select(b => b.Time), Is.Ordered.Ascending.And.Unique);
        }

        [Test]
        public void PagesAreFetchedLazily()
        {
            var (downloader, source, _) = Create();
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            var first = downloader.Get(new DataDownloaderGetParameters(Btc, Resolution.Minute, start, start.AddDays(10))).First();

            Assert.That(first.Time, Is.EqualTo(start));
            Assert.That(source.Requests, Has.Count.EqualTo(1));
        }

        [TestCase(Resolution.Tick, TickType.Trade)]
        [TestCase(Resolution.Second, TickType.Trade)]
        [TestCase(Resolution.Minute, TickType.Quote)]
        public void UnsupportedRequestsAreEmptyWithAMessage(Resolution resolution, TickType tickType)
        {
            var (downloader, source, messages) = Create();
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            var data = downloader.Get(new DataDownloaderGetParameters(Btc, resolution, start, start.AddHours(1), tickType)).ToList();

            Assert.That(data, Is.Empty);
            Assert.That(source.Requests, Is.Empty);
            Assert.That(messages, Has.Count.EqualTo(1));
            Assert.That(messages[0], Does.Contain("BTCUSDT").And.Contain(tickType == TickType.Quote ? "Quote" : resolution.ToString()));
        }

        [Test]
        public void UnknownSymbolThrowsNamingIt()
        {
            var (downloader, _, _) = Create();
            var doge = Symbol.Create("DOGEUSDT", SecurityType.CryptoFuture, BtccMarket.Name);

            var error = Assert.Throws<ArgumentException>(() => downloader.Get(new DataDownloaderGetParameters(doge, Resolution.Minute, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow)))!;

            Assert.That(error.Message, Does.Contain("DOGEUSDT"));
        }
    }
}
