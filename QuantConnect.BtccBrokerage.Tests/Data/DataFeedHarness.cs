/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>
    /// A simulator with a manual price clock, a <see cref="BtccBrokerage"/> pointed at it (not connected for
    /// trading: only its data queue handler and history are used) and a collecting aggregator.
    /// </summary>
    internal sealed class DataFeedHarness : IAsyncDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        private DataFeedHarness(SimulatorHarness simulator, BtccQuoteFeedOptions options)
        {
            Sim = simulator;
            BtccMarket.Register();
            var settings = new BtccBrokerageSettings { Api = simulator.Settings };
            Brokerage = new BtccBrokerage(settings, null, null, Aggregator, null) { QuoteFeedOptions = options };
            Brokerage.Message += (_, message) => Messages.Enqueue(message);
        }

        public SimulatorHarness Sim { get; }

        public BtccSimulator Simulator => Sim.Simulator;

        public CollectingDataAggregator Aggregator { get; } = new();

        public BtccBrokerage Brokerage { get; }

        public ConcurrentQueue<BrokerageMessageEvent> Messages { get; } = new();

        public static Symbol Btc => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Name);

        public static Symbol Eth => Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, BtccMarket.Name);

        public static async Task<DataFeedHarness> StartAsync(BtccQuoteFeedOptions? options = null, Action<BtccSimulatorOptions>? configure = null)
        {
            var simulator = await SimulatorHarness.StartAsync(o =>
            {
                o.PriceInterval = TimeSpan.Zero;
                configure?.Invoke(o);
            });
            return new DataFeedHarness(simulator, options ?? new BtccQuoteFeedOptions());
        }

        /// <summary>The SecID the simulator quotes a ticker under in its dialect.</summary>
        public long CodeOf(string ticker) => Simulator.QuoteSecId(ticker);

        public static SubscriptionDataConfig Config(Symbol symbol, TickType tickType, DateTimeZone? exchangeTimeZone = null) =>
            new(typeof(Tick), symbol, Resolution.Tick, DateTimeZone.Utc,
                exchangeTimeZone ?? DateTimeZone.Utc, false, true, false, tickType: tickType);

        public IEnumerator<BaseData>? Subscribe(Symbol symbol, TickType tickType)
            => Brokerage.Subscribe(Config(symbol, tickType), (_, _) => { });

        public List<BrokerageMessageEvent> MessagesOf(BrokerageMessageType type) => Messages.Where(m => m.Type == type).ToList();

        /// <summary>Waits until the main quote socket is logged in and every sent subscription was applied (a kline round trip follows it).</summary>
        public async Task RoundTripAsync()
        {
            var feed = Brokerage.QuoteFeed ?? throw new InvalidOperationException("no quote feed");
            var source = (BtccQuoteWebSocketClient)await feed.GetKlineSourceAsync(Wait);
            await source.RequestKlineAsync(CodeOf("BTCUSDT"), 35, 0, 0);
        }

        public static Task WaitUntilAsync(Func<bool> condition, string what) => SimulatorHarness.WaitUntilAsync(condition, Wait, what);

        public async ValueTask DisposeAsync()
        {
            Brokerage.Dispose();
            await Sim.DisposeAsync();
        }
    }
}
