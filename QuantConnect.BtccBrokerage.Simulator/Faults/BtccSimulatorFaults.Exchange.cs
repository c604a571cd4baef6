/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Faults
{
    /// <summary>What a scripted fault does to one request.</summary>
    public enum RequestFault
    {
        /// <summary>Answered HTTP 500 before the endpoint runs: nothing takes effect.</summary>
        ServerErrorBeforeApplying,
        /// <summary>The endpoint runs (a write takes effect), then the reply is replaced by HTTP 500.</summary>
        ServerErrorAfterApplying,
        /// <summary>The endpoint runs, then no reply comes: the client times out.</summary>
        HangAfterApplying
    }

    /// <summary>What the quote server does with a login packet.</summary>
    public enum QuoteLoginFault
    {
        /// <summary>The socket is aborted instead of answering.</summary>
        Drop,
        /// <summary>No reply; the socket stays open.</summary>
        Stall,
        /// <summary>Refused with LoginResult 1, as a wrong account number or key would be.</summary>
        Refuse
    }

    /// <summary>
    /// The faults real exchanges show beyond the transport: replies lost after a write took effect, lists that lag
    /// behind the exchange, fills racing cancels, settlement during trading, quote logins that get no answer.
    /// Every fault that fires is counted (<see cref="Injected"/>).
    /// </summary>
    public sealed partial class BtccSimulatorFaults
    {
        private readonly Dictionary<string, TimeSpan> _listLags = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Queue<RequestFault>> _scripted = new(StringComparer.OrdinalIgnoreCase);
        private readonly Queue<QuoteLoginFault> _quoteLogins = new();
        private readonly Dictionary<string, int> _injected = new(StringComparer.Ordinal);
        private double _appliedThenServerErrorRate;
        private double _appliedThenHangRate;
        private double _cancelRaceRate;
        private TimeSpan _settlementInterval;

        /// <summary>
        /// Fraction (0..1) of trading writes (openposition, closeposition, updateposition, openpending, updatepending,
        /// cancelpending) that take effect and are then answered HTTP 500/502/503: the client cannot know they did.
        /// </summary>
        public double AppliedThenServerErrorRate { get { lock (_gate) return _appliedThenServerErrorRate; } set { lock (_gate) _appliedThenServerErrorRate = value; } }

        /// <summary>Fraction (0..1) of trading writes that take effect and then get no reply until the client gives up.</summary>
        public double AppliedThenHangRate { get { lock (_gate) return _appliedThenHangRate; } set { lock (_gate) _appliedThenHangRate = value; } }

        /// <summary>
        /// Fraction (0..1) of cancelpending requests a fill beats: the order first executes as if the market reached
        /// it (the usual trigger volume, <see cref="PartialFillRatio"/> of the rest), then the cancel applies to what
        /// is left, or is refused when nothing is left.
        /// </summary>
        public double CancelRaceRate { get { lock (_gate) return _cancelRaceRate; } set { lock (_gate) _cancelRaceRate = value; } }

        /// <summary>
        /// Settles (today's deals roll off dealTodayList into getTradeReport) whenever this long passed since the last
        /// settlement, checked on every REST request; zero settles only when asked.
        /// </summary>
        public TimeSpan SettlementInterval { get { lock (_gate) return _settlementInterval; } set { lock (_gate) _settlementInterval = value; } }

        /// <summary>
        /// Makes one list endpoint (e.g. <c>/v1/account/dealTodayList</c>, <c>/v1/user/getHisOrder</c>) hide items
        /// created within <paramref name="lag"/>, on top of <see cref="LateReportDelay"/>; zero removes the lag.
        /// </summary>
        public void SetListLag(string path, TimeSpan lag)
        {
            lock (_gate)
            {
                if (lag > TimeSpan.Zero) _listLags[path] = lag;
                else _listLags.Remove(path);
            }
        }

        /// <summary>How long items stay hidden from <paramref name="path"/>: its own lag or <see cref="LateReportDelay"/>, the longer.</summary>
        public TimeSpan ListLag(string path)
        {
            lock (_gate)
            {
                var own = _listLags.GetValueOrDefault(path);
                return own > _lateReportDelay ? own : _lateReportDelay;
            }
        }

        /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> meet <paramref name="fault"/>.</summary>
        public void FailNext(string path, RequestFault fault, int count = 1)
        {
            lock (_gate)
            {
                if (!_scripted.TryGetValue(path, out var queue)) _scripted[path] = queue = new Queue<RequestFault>();
                for (var i = 0; i < count; i++) queue.Enqueue(fault);
            }
        }

        /// <summary>The next <paramref name="count"/> quote-websocket logins meet <paramref name="fault"/>.</summary>
        public void FailNextQuoteLogins(QuoteLoginFault fault, int count = 1)
        {
            lock (_gate)
            {
                for (var i = 0; i < count; i++) _quoteLogins.Enqueue(fault);
            }
        }

        /// <summary>How often each fault fired so far, by name (a copy).</summary>
        public IReadOnlyDictionary<string, int> Injected
        {
            get { lock (_gate) return new Dictionary<string, int>(_injected, StringComparer.Ordinal); }
        }

        /// <summary>Counts one firing of <paramref name="fault"/>.</summary>
        internal void Count(string fault)
        {
            lock (_gate) _injected[fault] = _injected.GetValueOrDefault(fault) + 1;
        }

        internal bool TryTakeScripted(string path, out RequestFault fault)
        {
            lock (_gate)
            {
                if (_scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out fault)) return true;
                fault = default;
                return false;
            }
        }

        internal bool TryTakeQuoteLoginFault(out QuoteLoginFault fault)
        {
            lock (_gate) return _quoteLogins.TryDequeue(out fault);
        }
    }
}
