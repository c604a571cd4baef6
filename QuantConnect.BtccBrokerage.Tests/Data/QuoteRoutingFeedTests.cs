/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Securities;
using NodaTime;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>The live feed and history find each symbol's SecID through the login's quote dictionary, in either dialect.</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    [NonParallelizable]
    public class QuoteRoutingFeedTests(BtccQuoteDialect dialect)
    {
        private DataFeedHarness _h = null!;
        private LogCapture _log = null!;

        [SetUp]
        public async Task SetUp()
        {
            _log = new LogCapture();
            _h = await DataFeedHarness.StartAsync(configure: o =>
            {
                o.QuoteDialect = dialect;
                o.Faults.QuoteDictionaryOmits = new HashSet<string> { "ETHUSDT" };
            });
        }

        [TearDown]
        public async Task TearDown()
        {
            await _h.DisposeAsync();
            _log.Dispose();
        }

        private async Task QuotesOfBtcAsync()
        {
            Assert.That(_h.Subscribe(DataFeedHarness.Btc, TickType.Quote), Is.Not.Null);
            await _h.RoundTripAsync();
            _h.Simulator.SetPrice("BTCUSDT", 61_000m);
            var (bid, _) = _h.Simulator.GetQuote("BTCUSDT");
            await DataFeedHarness.WaitUntilAsync(() => _h.Aggregator.TicksOf(DataFeedHarness.Btc, TickType.Quote).Any(t => t.BidPrice == bid), "BTC quotes");
        }

        [Test]
        public async Task SymbolIsServedUnderTheSecIdTheDialectQuotesItUnder()
        {
            await QuotesOfBtcAsync();

            var secId = _h.Brokerage.QuoteFeed!.SecIds[DataFeedHarness.Btc];
            Assert.That(secId, Is.EqualTo(_h.Simulator.QuoteSecId("BTCUSDT")));
            var codeId = _h.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT").CodeId;
            Assert.That(secId == codeId, Is.EqualTo(dialect == BtccQuoteDialect.Doc), "code_id is the SecID only in the doc dialect");
        }

        [Test]
        public async Task MappingInForceIsLoggedOnceAcrossReconnects()
        {
            await QuotesOfBtcAsync();
            _h.Simulator.DropWebSockets();
            await DataFeedHarness.WaitUntilAsync(() => _h.MessagesOf(BrokerageMessageType.Reconnect).Count > 0, "reconnect");
            await _h.RoundTripAsync();

            var lines = _log.Traces.Where(t => t.Contains("BtccQuoteFeed.Route(): SecID routing:")).ToList();
            Assert.That(lines, Has.Count.EqualTo(1), string.Join(Environment.NewLine, lines));
            Assert.That(lines[0], Does.Contain(dialect == BtccQuoteDialect.Live
                ? "the dictionary's ShortName for 5" : "symbollist code_id confirmed by the quote dictionary for 5").And.Contain("no SecID for 1"));
        }

        [Test]
        public async Task SubscribedInstrumentMissingFromTheDictionaryGetsOneWarningNamingIt()
        {
            Assert.That(_h.Subscribe(DataFeedHarness.Eth, TickType.Quote), Is.Not.Null);
            Assert.That(_h.Subscribe(DataFeedHarness.Eth, TickType.Trade), Is.Not.Null);
            await QuotesOfBtcAsync();

            var warnings = _h.MessagesOf(BrokerageMessageType.Warning);
            Assert.That(warnings.Select(w => w.Code), Is.EqualTo(new[] { "NoQuoteRoute" }));
            Assert.That(warnings[0].Message, Does.Contain("ETHUSDT").And.Contain("quote dictionary"));
            Assert.That(_h.MessagesOf(BrokerageMessageType.Error), Is.Empty);
            Assert.That(_h.Aggregator.Ticks.Where(t => t.Symbol == DataFeedHarness.Eth), Is.Empty);
        }

        [Test]
        public void HistoryOfAnInstrumentMissingFromTheDictionaryIsRefusedWithOneWarning()
        {
            var end = DateTime.UtcNow.Date;
            var request = new HistoryRequest(end.AddHours(-2), end, typeof(TradeBar), DataFeedHarness.Eth, Resolution.Minute,
                SecurityExchangeHours.AlwaysOpen(DateTimeZone.Utc), DateTimeZone.Utc, null, true, false, DataNormalizationMode.Raw, TickType.Trade);

            Assert.That(_h.Brokerage.GetHistory(request), Is.Null);
            Assert.That(_h.Brokerage.GetHistory(request), Is.Null);

            var warnings = _h.MessagesOf(BrokerageMessageType.Warning);
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0].Message, Does.Contain("ETHUSDT"));
        }
    }
}
