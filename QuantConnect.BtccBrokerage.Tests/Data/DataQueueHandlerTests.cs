/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>BtccBrokerage as LEAN's data queue handler, against the simulator over loopback sockets, in either dialect.</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    public class DataQueueHandlerTests(BtccQuoteDialect dialect)
    {
        private DataFeedHarness _h = null!;

        [TearDown]
        public async Task TearDown() => await _h.DisposeAsync();

        private async Task Start(BtccQuoteFeedOptions? options = null) => _h = await DataFeedHarness.StartAsync(options, o => o.QuoteDialect = dialect);

        private static Symbol Btc => DataFeedHarness.Btc;
        private static Symbol Eth => DataFeedHarness.Eth;

        private async Task SubscribeAllAsync(params Symbol[] symbols)
        {
            foreach (var symbol in symbols)
            {
                Assert.That(_h.Subscribe(symbol, TickType.Quote), Is.Not.Null);
                Assert.That(_h.Subscribe(symbol, TickType.Trade), Is.Not.Null);
            }
            await _h.RoundTripAsync();
            await DataFeedHarness.WaitUntilAsync(() => _h.Brokerage.QuoteFeed!.DepthSecIds.Count == 0 || AllDepthSocketsUp(), "depth sockets");
        }

        private bool AllDepthSocketsUp() => symbolsWithDepthQuotes().All(s => _h.Aggregator.TicksOf(s, TickType.Quote).Any(t => t.BidSize > 0));

        private IEnumerable<Symbol> symbolsWithDepthQuotes() =>
            _h.Brokerage.QuoteFeed!.DepthSecIds.Select(id => id == _h.CodeOf("BTCUSDT") ? Btc : Eth);

        private bool HasQuote(Symbol symbol, string ticker)
        {
            var (bid, ask) = _h.Simulator.GetQuote(ticker);
            return _h.Aggregator.TicksOf(symbol, TickType.Quote).Any(t => t.BidPrice == bid && t.AskPrice == ask);
        }

        [Test]
        public async Task TwoSymbolsReceiveQuoteAndTradeTicksAtTheSimulatorsPrices()
        {
            await Start();
            await SubscribeAllAsync(Btc, Eth);

            _h.Simulator.SetPrice("BTCUSDT", 61_234.50m);
            _h.Simulator.SetPrice("ETHUSDT", 3_123.40m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT") && HasQuote(Eth, "ETHUSDT"), "quotes at the new prices");
            await DataFeedHarness.WaitUntilAsync(() => _h.Aggregator.TicksOf(Btc, TickType.Trade).Count > 0 && _h.Aggregator.TicksOf(Eth, TickType.Trade).Count > 0, "trades");

            foreach (var (symbol, ticker) in new[] { (Btc, "BTCUSDT"), (Eth, "ETHUSDT") })
            {
                var (bid, ask) = _h.Simulator.GetQuote(ticker);
                var quote = _h.Aggregator.TicksOf(symbol, TickType.Quote).Last(t => t.BidPrice == bid);
                Assert.That(quote.AskPrice, Is.EqualTo(ask));
                Assert.That(quote.BidSize, Is.GreaterThan(0m), "quote subscriptions get depth sizes");
                Assert.That(quote.AskSize, Is.GreaterThan(0m));
                Assert.That(quote.Time, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
                var lastTrade = _h.Aggregator.TicksOf(symbol, TickType.Trade).Last();
                Assert.That(lastTrade.Price, Is.EqualTo(bid).Or.EqualTo(ask));
                Assert.That(lastTrade.Quantity, Is.GreaterThan(0m));
            }
            Assert.That(_h.Aggregator.ConcurrentUpdates, Is.Zero);
        }

        [Test]
        public async Task QuotesBeyondTheDepthSocketBudgetComeWithoutSizes()
        {
            await Start(new BtccQuoteFeedOptions { MaxDepthSockets = 1 });
            await SubscribeAllAsync(Btc, Eth);

            _h.Simulator.SetPrice("BTCUSDT", 60_500m);
            _h.Simulator.SetPrice("ETHUSDT", 3_050m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT") && HasQuote(Eth, "ETHUSDT"), "quotes");

            Assert.That(_h.Brokerage.QuoteFeed!.DepthSecIds, Is.EqualTo(new[] { _h.CodeOf("BTCUSDT") }));
            Assert.That(_h.Aggregator.TicksOf(Btc, TickType.Quote).Last().BidSize, Is.GreaterThan(0m));
            Assert.That(_h.Aggregator.TicksOf(Eth, TickType.Quote).Select(t => t.BidSize + t.AskSize), Is.All.EqualTo(0m));
        }

        [Test]
        public async Task UnsubscribingStopsTheSymbolsTicksAndClosesItsDepthSocket()
        {
            await Start();
            await SubscribeAllAsync(Btc, Eth);
            Assert.That(_h.Brokerage.QuoteFeed!.SocketCount, Is.EqualTo(3));

            _h.Brokerage.Unsubscribe(DataFeedHarness.Config(Eth, TickType.Quote));
            _h.Brokerage.Unsubscribe(DataFeedHarness.Config(Eth, TickType.Trade));
            await _h.RoundTripAsync();
            _h.Aggregator.Clear();
            _h.Simulator.SetPrice("ETHUSDT", 2_900m);
            _h.Simulator.SetPrice("BTCUSDT", 59_000m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT") && _h.Aggregator.TicksOf(Btc, TickType.Trade).Count > 0, "BTC ticks after ETH's");

            Assert.That(_h.Aggregator.Ticks.Where(t => t.Symbol == Eth), Is.Empty);
            Assert.That(_h.Brokerage.QuoteFeed.SocketCount, Is.EqualTo(2));
            Assert.That(_h.Aggregator.Subscriptions.Keys.Select(c => c.Symbol), Has.None.EqualTo(Eth));
        }

        [Test]
        public async Task UnsubscribingQuotesKeepsTradesFlowing()
        {
            await Start();
            await SubscribeAllAsync(Btc);

            _h.Brokerage.Unsubscribe(DataFeedHarness.Config(Btc, TickType.Quote));
            await _h.RoundTripAsync();
            _h.Aggregator.Clear();
            _h.Simulator.SetPrice("BTCUSDT", 62_000m);
            await DataFeedHarness.WaitUntilAsync(() => _h.Aggregator.TicksOf(Btc, TickType.Trade).Count > 0, "trades");

            Assert.That(_h.Aggregator.TicksOf(Btc, TickType.Quote), Is.Empty);
        }

        [Test]
        public async Task ForcedDisconnectResumesEverySubscriptionWithoutDuplicates()
        {
            // no depth sockets: the tickinfo restatement after the reconnect is what must not be repeated
            await Start(new BtccQuoteFeedOptions { MaxDepthSockets = 0 });
            await SubscribeAllAsync(Btc, Eth);
            for (var i = 0; i < 3; i++)
            {
                _h.Simulator.StepPrices();
            }
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT") && HasQuote(Eth, "ETHUSDT"), "quotes before the drop");

            // let the clock pass the last quote's second: BTCC's restatement after the reconnect then differs only in time
            var lastQuoteTime = _h.Aggregator.Ticks.Where(t => t.TickType == TickType.Quote).Max(t => t.Time);
            await DataFeedHarness.WaitUntilAsync(() => DateTime.UtcNow >= lastQuoteTime.AddSeconds(1), "the next second");
            _h.Simulator.DropWebSockets();
            await DataFeedHarness.WaitUntilAsync(() => _h.MessagesOf(BrokerageMessageType.Reconnect).Count > 0, "reconnect message");
            await _h.RoundTripAsync();
            _h.Simulator.SetPrice("BTCUSDT", 63_000m);
            _h.Simulator.SetPrice("ETHUSDT", 3_300m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT") && HasQuote(Eth, "ETHUSDT"), "quotes after the reconnect");

            Assert.That(_h.MessagesOf(BrokerageMessageType.Disconnect), Has.Count.EqualTo(1));
            Assert.That(_h.MessagesOf(BrokerageMessageType.Reconnect), Has.Count.EqualTo(1));
            foreach (var symbol in new[] { Btc, Eth })
            {
                var trades = _h.Aggregator.TicksOf(symbol, TickType.Trade).Select(t => (t.Time, t.Price, t.Quantity)).ToList();
                Assert.That(trades, Is.Unique, $"{symbol.Value} trades");
                var quotes = _h.Aggregator.TicksOf(symbol, TickType.Quote);
                var repeats = quotes.Zip(quotes.Skip(1)).Count(p => p.First.BidPrice == p.Second.BidPrice && p.First.AskPrice == p.Second.AskPrice);
                Assert.That(repeats, Is.Zero, $"{symbol.Value} quotes repeated");
            }
        }

        [Test]
        public async Task SilentFeedRaisesOneWarningReconnectsAndRecovers()
        {
            await Start(new BtccQuoteFeedOptions { SilenceTimeout = TimeSpan.FromSeconds(1) });
            await SubscribeAllAsync(Btc);
            _h.Simulator.SetPrice("BTCUSDT", 60_100m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT"), "quotes");

            _h.Simulator.Faults.SilentQuotes = true;
            var feed = _h.Brokerage.QuoteFeed!;
            await DataFeedHarness.WaitUntilAsync(() => feed.SilentSocketsReplaced >= 4, "silent sockets replaced twice");
            var warnings = _h.MessagesOf(BrokerageMessageType.Warning);
            _h.Simulator.Faults.SilentQuotes = false;
            _h.Simulator.SetPrice("BTCUSDT", 64_000m);
            await DataFeedHarness.WaitUntilAsync(() => HasQuote(Btc, "BTCUSDT"), "quotes after the silence");

            Assert.That(warnings.Select(w => w.Code), Is.EqualTo(new[] { "QuotesSilent" }));
            Assert.That(_h.MessagesOf(BrokerageMessageType.Information).Select(m => m.Code), Does.Contain("QuotesResumed"));
            Assert.That(_h.MessagesOf(BrokerageMessageType.Disconnect), Has.Count.EqualTo(_h.MessagesOf(BrokerageMessageType.Reconnect).Count));
        }

        [Test]
        public async Task SymbolsOfOtherMarketsAreRefusedWithOneWarning()
        {
            await Start();
            var binance = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

            var first = _h.Subscribe(binance, TickType.Trade);
            var second = _h.Subscribe(binance, TickType.Quote);

            Assert.That(first, Is.Null);
            Assert.That(second, Is.Null);
            Assert.That(_h.MessagesOf(BrokerageMessageType.Warning), Has.Count.EqualTo(1));
            Assert.That(_h.MessagesOf(BrokerageMessageType.Warning)[0].Message, Does.Contain("binance"));
            Assert.That(_h.Aggregator.Subscriptions, Is.Empty);
        }

        [Test]
        public async Task OtherSecurityTypesAndUnlistedSymbolsAreRefused()
        {
            await Start();
            var equity = Symbol.Create("SPY", SecurityType.Equity, Market.USA);
            var unlisted = Symbol.Create("FOOUSDT", SecurityType.CryptoFuture, BtccMarket.Name);

            Assert.That(_h.Subscribe(equity, TickType.Trade), Is.Null);
            Assert.That(_h.Subscribe(unlisted, TickType.Trade), Is.Null);

            Assert.That(_h.MessagesOf(BrokerageMessageType.Warning).Select(m => m.Message),
                Has.Some.Contains("SPY").And.Some.Contains("FOOUSDT"));
            Assert.That(_h.Aggregator.Subscriptions, Is.Empty);
        }

        [Test]
        public async Task OpenInterestIsNotSubscribed()
        {
            await Start();

            Assert.That(_h.Subscribe(Btc, TickType.OpenInterest), Is.Null);
            Assert.That(_h.Aggregator.Subscriptions, Is.Empty);
        }
    }
}
