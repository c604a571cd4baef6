using System.Collections.Concurrent;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Quotes
{
    /// <summary>All quote sessions: fans price updates out to them and answers kline requests.</summary>
    internal sealed class QuoteHub
    {
        private readonly ConcurrentDictionary<QuoteSession, byte> _sessions = new();
        private readonly ExchangeEngine _engine;
        private long _seq;

        /// <summary>Creates the hub.</summary>
        public QuoteHub(BtccSimulatorOptions options, ExchangeEngine engine, SimulatorKlineRequestLog klineRequests)
        {
            Options = options;
            KlineRequests = klineRequests;
            _engine = engine;
            Tickers = engine.Instruments.GroupBy(i => i.Ticker).Select(g => g.First()).ToList();
        }

        /// <summary>Options.</summary>
        public BtccSimulatorOptions Options { get; }

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

        /// <summary>Kline reply to a ReqKline request.</summary>
        public JObject Kline(JObject request)
        {
            KlineRequests.Record();
            return KlineReplies.Reply(_engine, Options.MaxKlinesPerReply,
                request.Value<long?>("code") ?? 0, request.Value<int?>("interval") ?? 0,
                request.Value<long?>("from") ?? 0, request.Value<long?>("to") ?? 0);
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
            if (Faults.SilentQuotes) return;
            var list = updates as IReadOnlyCollection<QuoteUpdate> ?? updates.ToList();
            foreach (var session in _sessions.Keys)
            {
                foreach (var update in list) session.Push(update);
            }
        }

        /// <summary>Aborts every session.</summary>
        public void DropAll()
        {
            foreach (var session in _sessions.Keys) session.Abort();
        }
    }
}
