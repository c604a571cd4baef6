/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Brokerages.Btcc.Tests.Data;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// An algorithm's warm-up: a week of minute bars for several symbols, fetched with the production request
    /// budgets against a simulator that answers 429 beyond the REST budget.
    /// </summary>
    [TestFixture]
    public class HistoryWarmUpTests
    {
        private static readonly string[] Tickers = ["BTCUSDT", "ETHUSDT", "SOLUSDT"];
        private const int BarsPerSymbol = 7 * 1440;
        private const int KlinesPerReply = 1440; // still pages (7 replies per symbol) but keeps the test short

        /// <summary>The brokerage with its REST client kept for its rate gate's counters.</summary>
        private sealed class ObservedBrokerage : BtccBrokerage
        {
            public ObservedBrokerage(BtccBrokerageSettings settings) : base(settings, null, null, new CollectingDataAggregator(), null)
            {
            }

            public BtccRestApiClient? Rest { get; private set; }

            private protected override BtccRestApiClient CreateRestClient(BtccBrokerageSettings settings) => Rest = base.CreateRestClient(settings);
        }

        [Test]
        public async Task WeekOfMinuteBarsForThreeSymbolsStaysWithinTheRequestBudgets()
        {
            await using var sim = await SimulatorHarness.StartAsync(o =>
            {
                o.PriceInterval = TimeSpan.Zero;
                o.MaxKlinesPerReply = KlinesPerReply;
            });
            var api = sim.Settings;
            var production = new BtccApiSettings();
            api.RequestsPerSecond = production.RequestsPerSecond;
            api.RequestBurst = production.RequestBurst;
            api.KlineRequestsPerSecond = production.KlineRequestsPerSecond;
            api.KlineRequestBurst = production.KlineRequestBurst;
            api.WebSocketReplyTimeout = production.WebSocketReplyTimeout;
            sim.Simulator.Faults.RequestBudgetPerSecond = (int)api.RequestsPerSecond;
            BtccMarket.Register();
            var settings = new BtccBrokerageSettings { Api = api };
            using var brokerage = new ObservedBrokerage(settings);
            var messages = new List<BrokerageMessageEvent>();
            brokerage.Message += (_, m) => { lock (messages) messages.Add(m); };

            var now = DateTime.UtcNow;
            var end = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(-1); // completed bars only
            var start = end.AddDays(-7);
            var symbols = Tickers.Select(t => Symbol.Create(t, SecurityType.CryptoFuture, BtccMarket.Name)).ToList();
            var histories = await Task.WhenAll(symbols.Select(symbol => Task.Run(() => brokerage.GetHistory(Request(symbol, start, end))?.Cast<TradeBar>().ToList())));

            var klineSource = (BtccQuoteWebSocketClient)await brokerage.QuoteFeed!.GetKlineSourceAsync(TimeSpan.FromSeconds(5));
            TestContext.Out.WriteLine($"REST: {sim.Simulator.Requests.Total} requests, max {sim.Simulator.Requests.MaxRequestsPerSecond}/s, {sim.Simulator.Requests.Throttled} answered 429; " +
                $"ReqKline: {sim.Simulator.KlineRequests.Total} requests, max {sim.Simulator.KlineRequests.MaxRequestsPerSecond}/s");
            for (var s = 0; s < symbols.Count; s++)
            {
                var bars = histories[s];
                Assert.That(bars, Is.Not.Null, $"{Tickers[s]} history");
                Assert.That(bars!.Select(b => b.Time), Is.EqualTo(Enumerable.Range(0, BarsPerSymbol).Select(i => start.AddMinutes(i))), $"{Tickers[s]}: every minute of the week, contiguous and aligned");
                Assert.That(bars.All(b => b.EndTime == b.Time.AddMinutes(1) && b.Symbol == symbols[s]), Is.True, $"{Tickers[s]}: one-minute bars of the symbol");
            }
            Assert.That(messages.Where(m => m.Type != BrokerageMessageType.Information), Is.Empty, "no warning or error");
            Assert.That(sim.Simulator.Requests.Throttled, Is.Zero, "the exchange answered no request with 429");
            Assert.That(brokerage.Rest!.RateGate.ThrottledCount, Is.Zero, "the client saw no 429");
            Assert.That(sim.Simulator.Requests.MaxRequestsPerSecond, Is.LessThanOrEqualTo(api.RequestsPerSecond + api.RequestBurst), "REST requests per second");
            Assert.That(sim.Simulator.KlineRequests.Total, Is.GreaterThanOrEqualTo(Tickers.Length * BarsPerSymbol / KlinesPerReply), "the history was paged");
            Assert.That(sim.Simulator.KlineRequests.Total, Is.EqualTo(klineSource.KlineRateGate.RequestsSent), "every ReqKline went through the kline budget");
            Assert.That(sim.Simulator.KlineRequests.MaxRequestsPerSecond, Is.LessThanOrEqualTo(api.KlineRequestsPerSecond + api.KlineRequestBurst), "ReqKline requests per second");
        }

        private static HistoryRequest Request(Symbol symbol, DateTime startUtc, DateTime endUtc) =>
            new(startUtc, endUtc, typeof(TradeBar), symbol, Resolution.Minute, SecurityExchangeHours.AlwaysOpen(DateTimeZone.Utc),
                DateTimeZone.Utc, null, true, false, DataNormalizationMode.Raw, TickType.Trade);
    }
}
