/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>GetHistory against the simulator's klines, compared bar by bar with raw ReqKline replies.</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    public class HistoryTests(BtccQuoteDialect dialect)
    {
        private DataFeedHarness _h = null!;

        [SetUp]
        public async Task SetUp() => _h = await DataFeedHarness.StartAsync(configure: o =>
        {
            o.QuoteDialect = dialect;
            o.MaxKlinesPerReply = 50;
        });

        [TearDown]
        public async Task TearDown() => await _h.DisposeAsync();

        private static HistoryRequest Request(Symbol symbol, Resolution resolution, DateTime startUtc, DateTime endUtc,
            TickType tickType = TickType.Trade, DateTimeZone? dataTimeZone = null) =>
            new(startUtc, endUtc, typeof(TradeBar), symbol, resolution, SecurityExchangeHours.AlwaysOpen(DateTimeZone.Utc),
                dataTimeZone ?? DateTimeZone.Utc, null, true, false, DataNormalizationMode.Raw, tickType);

        /// <summary>Every kline of [from, to) through raw ReqKline requests, paging forward by hand.</summary>
        private async Task<List<BtccKline>> RawKlinesAsync(BtccKlineInterval interval, DateTime fromUtc, DateTime toUtc)
        {
            await using var client = new BtccQuoteWebSocketClient(_h.Sim.Settings, _h.Simulator.Options.AccountNo);
            await client.ConnectAsync();
            var from = new DateTimeOffset(fromUtc).ToUnixTimeSeconds();
            var to = new DateTimeOffset(toUtc).ToUnixTimeSeconds();
            var bars = new List<BtccKline>();
            while (from < to)
            {
                var reply = await client.RequestKlineAsync(_h.CodeOf("BTCUSDT"), (int)interval, from, to);
                var page = reply.Bars.Where(b => b.Time >= from && b.Time < to).ToList();
                if (page.Count == 0) break;
                bars.AddRange(page);
                from = page[^1].Time + 1;
            }
            return bars;
        }

        private static DateTime Floor(DateTime time, TimeSpan period) => new(time.Ticks - time.Ticks % period.Ticks, DateTimeKind.Utc);

        [TestCase(Resolution.Minute, BtccKlineInterval.Minute, 180)]
        [TestCase(Resolution.Hour, BtccKlineInterval.Hour, 72)]
        [TestCase(Resolution.Daily, BtccKlineInterval.Day, 60)]
        public async Task TradeBarsEqualTheExchangesKlines(Resolution resolution, BtccKlineInterval interval, int bars)
        {
            var period = resolution == Resolution.Minute ? TimeSpan.FromMinutes(1) : resolution == Resolution.Hour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
            var end = Floor(DateTime.UtcNow, period) - period; // only completed bars
            var start = end - bars * period;
            var expected = await RawKlinesAsync(interval, start, end);

            var history = _h.Brokerage.GetHistory(Request(DataFeedHarness.Btc, resolution, start, end))!.Cast<TradeBar>().ToList();

            Assert.That(expected, Has.Count.EqualTo(bars), "the simulator serves every bar of the range");
            Assert.That(history, Has.Count.EqualTo(expected.Count));
            for (var i = 0; i < expected.Count; i++)
            {
                var bar = history[i];
                var kline = expected[i];
                Assert.That(bar.Time, Is.EqualTo(DateTime.UnixEpoch.AddSeconds(kline.Time)), $"bar {i} time");
                Assert.That(bar.EndTime, Is.EqualTo(bar.Time + period));
                Assert.That((bar.Open, bar.High, bar.Low, bar.Close, bar.Volume), Is.EqualTo((kline.Open, kline.High, kline.Low, kline.Close, kline.Volume)), $"bar {i}");
                Assert.That(bar.Symbol, Is.EqualTo(DataFeedHarness.Btc));
            }
        }

        [Test]
        public async Task BarTimesAreInTheRequestsDataTimeZone()
        {
            var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
            var end = Floor(DateTime.UtcNow, TimeSpan.FromHours(1)) - TimeSpan.FromHours(1);
            var start = end.AddHours(-5);
            var expected = await RawKlinesAsync(BtccKlineInterval.Hour, start, end);

            var history = _h.Brokerage.GetHistory(Request(DataFeedHarness.Btc, Resolution.Hour, start, end, dataTimeZone: newYork))!.ToList();

            Assert.That(history.Select(b => b.Time), Is.EqualTo(expected.Select(k => DateTime.UnixEpoch.AddSeconds(k.Time).ConvertFromUtc(newYork))));
        }

        [Test]
        public void BarsOutsideTheRequestedRangeAreLeftOut()
        {
            var end = Floor(DateTime.UtcNow, TimeSpan.FromMinutes(1)) - TimeSpan.FromMinutes(10);
            var start = end.AddMinutes(-30).AddSeconds(30); // mid-bar start: that bar began before the range

            var history = _h.Brokerage.GetHistory(Request(DataFeedHarness.Btc, Resolution.Minute, start, end))!.ToList();

            Assert.That(history, Has.Count.EqualTo(29));
            Assert.That(history.First().Time, Is.EqualTo(start.AddSeconds(30)));
            Assert.That(history.Last().Time, Is.EqualTo(end.AddMinutes(-1)));
        }

        private static IEnumerable<TestCaseData> UnsupportedRequests()
        {
            var end = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc);
            var start = end.AddHours(-1);
            var btc = DataFeedHarness.Btc;
            yield return new TestCaseData(Request(btc, Resolution.Tick, start, end)).SetName("TickResolutionHistoryIsRefused");
            yield return new TestCaseData(Request(btc, Resolution.Second, start, end)).SetName("SecondResolutionHistoryIsRefused");
            yield return new TestCaseData(Request(btc, Resolution.Minute, start, end, TickType.Quote)).SetName("QuoteHistoryIsRefused");
            yield return new TestCaseData(Request(btc, Resolution.Minute, start, end, TickType.OpenInterest)).SetName("OpenInterestHistoryIsRefused");
            yield return new TestCaseData(Request(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance), Resolution.Minute, start, end)).SetName("OtherMarketHistoryIsRefused");
            yield return new TestCaseData(Request(Symbol.Create("SPY", SecurityType.Equity, Market.USA), Resolution.Minute, start, end)).SetName("OtherSecurityTypeHistoryIsRefused");
            yield return new TestCaseData(Request(Symbol.Create("FOOUSDT", SecurityType.CryptoFuture, BtccMarket.Name), Resolution.Minute, start, end)).SetName("UnlistedSymbolHistoryIsRefused");
            yield return new TestCaseData(Request(btc, Resolution.Minute, end, start)).SetName("HistoryEndingBeforeItStartsIsRefused");
        }

        [TestCaseSource(nameof(UnsupportedRequests))]
        public void UnsupportedRequestsReturnNullWithOneWarning(HistoryRequest request)
        {
            var messages = new List<BrokerageMessageEvent>();
            _h.Brokerage.Message += (_, m) => messages.Add(m);

            var first = _h.Brokerage.GetHistory(request);
            var second = _h.Brokerage.GetHistory(request);

            Assert.That(first, Is.Null);
            Assert.That(second, Is.Null);
            Assert.That(messages.Select(m => m.Type), Is.EqualTo(new[] { BrokerageMessageType.Warning }));
        }

        [Test]
        public void EmptyRangeReturnsNoBars()
        {
            var at = Floor(DateTime.UtcNow, TimeSpan.FromMinutes(1)).AddHours(-1);

            Assert.That(_h.Brokerage.GetHistory(Request(DataFeedHarness.Btc, Resolution.Minute, at, at)), Is.Empty);
        }
    }
}
