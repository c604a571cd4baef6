/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>All quote sessions: fans price updates out to them, keeps each ticker's recent trades and answers kline requests.</summary>
    internal sealed class QuoteHub
    {
        /// <summary>How many trades BTCC's live dealticksnap snapshot carries.</summary>
        public const int SnapshotTrades = 20;

        private readonly ConcurrentDictionary<QuoteSession, byte> _sessions = new();
        private readonly ExchangeEngine _engine;
        private readonly Dictionary<string, LinkedList<SyntheticTrade>> _recentTrades = new(StringComparer.Ordinal);
        private long _seq;

        /// <summary>Creates the hub.</summary>
        public QuoteHub(BtccSimulatorOptions options, ExchangeEngine engine, SimulatorKlineRequestLog klineRequests)
        {
            Options = options;
            KlineRequests = klineRequests;
            _engine = engine;
            Tickers = engine.Instruments.GroupBy(i => i.Ticker).Select(g => g.First()).ToList();
            Products = new QuoteProducts(engine.Instruments, options.QuoteDialect);
        }

        /// <summary>Options.</summary>
        public BtccSimulatorOptions Options { get; }

        /// <summary>The dialect spoken.</summary>
        public BtccQuoteDialect Dialect => Options.QuoteDialect;

        /// <summary>The quote dictionary (SecIDs and names) of the dialect.</summary>
        public QuoteProducts Products { get; }

        /// <summary>How long a socket may stay silent: live 30.5 s after its last KeepLive, doc 60 s after its last message.</summary>
        public TimeSpan KeepAliveTimeout => Options.QuoteKeepAliveTimeout
            ?? (Dialect == BtccQuoteDialect.Live ? TimeSpan.FromSeconds(30.5) : TimeSpan.FromSeconds(60));

        /// <summary>ReqKline counters.</summary>
        public SimulatorKlineRequestLog KlineRequests { get; }

        /// <summary>Faults (SilentQuotes).</summary>
        public BtccSimulatorFaults Faults => Options.Faults;

        /// <summary>One instrument per ticker (the quote feed's products).</summary>
        public IReadOnlyList<SimulatedInstrument> Tickers { get; }

        /// <summary>Open sessions.</summary>
        public int SessionCount => _sessions.Count;

        /// <summary>Next login sequence number.</summary>
        public long NextSeq() => Interlocked.Increment(ref _seq);

        /// <summary>Current quotes of every ticker.</summary>
        public IReadOnlyList<QuoteUpdate> CurrentQuotes() => _engine.CurrentQuotes();

        /// <summary>Kline reply to a ReqKline request (its <c>code</c> is the dialect's SecID).</summary>
        public JObject Kline(JObject request)
        {
            KlineRequests.Record();
            var code = request.Value<long?>("code") ?? 0;
            var instrument = Products.InstrumentOf(code);
            return KlineReplies.Reply(instrument == null ? null : _engine.HistoryByCodeId(instrument.CodeId), Options.MaxKlinesPerReply,
                code, request.Value<int?>("interval") ?? 0, request.Value<long?>("from") ?? 0, request.Value<long?>("to") ?? 0);
        }

        /// <summary>The last <see cref="SnapshotTrades"/> trades of a ticker, newest first.</summary>
        public IReadOnlyList<SyntheticTrade> RecentTrades(SimulatedInstrument instrument)
        {
            lock (_recentTrades)
            {
                return _recentTrades.TryGetValue(instrument.Ticker, out var trades) ? trades.ToList() : [];
            }
        }

        /// <summary>Serves one accepted socket until it closes.</summary>
        public async Task ServeAsync(WebSocket socket, CancellationToken cancellationToken)
        {
            var session = new QuoteSession(socket, this);
            _sessions[session] = 0;
            try
            {
                await session.RunAsync(cancellationToken);
            }
            finally
            {
                _sessions.TryRemove(session, out _);
            }
        }

        /// <summary>Pushes updates to every subscribed session unless SilentQuotes is on.</summary>
        public void Publish(IEnumerable<QuoteUpdate> updates)
        {
            var list = updates as IReadOnlyCollection<QuoteUpdate> ?? updates.ToList();
            Remember(list);
            if (Faults.SilentQuotes) return;
            foreach (var session in _sessions.Keys)
            {
                foreach (var update in list) session.Push(update);
            }
        }

        private void Remember(IEnumerable<QuoteUpdate> updates)
        {
            lock (_recentTrades)
            {
                foreach (var update in updates)
                {
                    if (!_recentTrades.TryGetValue(update.Instrument.Ticker, out var trades))
                    {
                        _recentTrades[update.Instrument.Ticker] = trades = new LinkedList<SyntheticTrade>();
                    }
                    foreach (var trade in update.Trades)
                    {
                        trades.AddFirst(trade);
                        if (trades.Count > SnapshotTrades) trades.RemoveLast();
                    }
                }
            }
        }

        /// <summary>Aborts every session.</summary>
        public void DropAll()
        {
            foreach (var session in _sessions.Keys) session.Abort();
        }
    }
}
