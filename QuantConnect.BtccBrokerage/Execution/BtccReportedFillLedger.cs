/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>One deal the ledger holds.</summary>
    /// <param name="ExecTime">Execution time, unix seconds.</param>
    /// <param name="OrderId">The LEAN order it was reported for; 0 for history or a fill outside LEAN.</param>
    /// <param name="Volume">Absolute volume reported for <paramref name="OrderId"/> (0 when not reported as a LEAN fill).</param>
    /// <param name="PendingOrderId">The BTCC pending order of that LEAN order that made it (0: a market request, or not known).</param>
    public readonly record struct BtccLedgerEntry(long ExecTime, int OrderId, decimal Volume, long PendingOrderId = 0);

    /// <summary>
    /// The deal ids LEAN was already told about (or that predate this brokerage), so every fill is reported
    /// exactly once — across polls, duplicated lists, reconnects, the daily settlement and, when persisted
    /// through <see cref="BtccFillLedgerFile"/>, restarts. Thread-safe.
    /// </summary>
    public sealed class BtccReportedFillLedger
    {
        private readonly object _gate = new();
        private readonly Dictionary<long, BtccLedgerEntry> _deals = new();
        private long _latestExecTime;
        private long _settlementTime;
        private long _historyHorizon;
        private long _version;
        private bool _seeded;

        /// <summary>Whether <see cref="Seed"/> or <see cref="Restore"/> ran (existing deals are baselined).</summary>
        public bool IsSeeded { get { lock (_gate) return _seeded; } }

        /// <summary>Number of deal ids known.</summary>
        public int Count { get { lock (_gate) return _deals.Count; } }

        /// <summary>Latest exec_time (unix seconds) of a recorded deal: where a catch-up starts.</summary>
        public long LatestExecTime { get { lock (_gate) return _latestExecTime; } }

        /// <summary>dealTodayList's settlement_time when the ledger last saw it (0 when unknown).</summary>
        public long SettlementTime
        {
            get { lock (_gate) return _settlementTime; }
            set
            {
                lock (_gate)
                {
                    if (_settlementTime != value)
                    {
                        _settlementTime = value;
                        _version++;
                    }
                }
            }
        }

        /// <summary>
        /// When the ledger was first seeded (unix seconds, exchange clock): unrecorded deals executed before it predate
        /// the brokerage — history, even when a catch-up finds them after dealTodayList had dropped them at a
        /// settlement. 0 when unknown.
        /// </summary>
        public long HistoryHorizon { get { lock (_gate) return _historyHorizon; } }

        /// <summary>Whether an unrecorded deal executed at <paramref name="execTime"/> is history, not news.</summary>
        public bool IsHistory(long execTime)
        {
            lock (_gate) return execTime < _historyHorizon;
        }

        /// <summary>Grows with every change; lets the owner save only when something changed.</summary>
        public long Version { get { lock (_gate) return _version; } }

        /// <summary>Whether a deal was recorded.</summary>
        public bool Contains(long dealId)
        {
            lock (_gate) return _deals.ContainsKey(dealId);
        }

        /// <summary>Records a deal; false when it was already recorded (so it must not be reported again).</summary>
        /// <param name="dealId">BTCC deal id.</param>
        /// <param name="execTime">Its exec_time, unix seconds.</param>
        /// <param name="orderId">The LEAN order it is reported for (0: none).</param>
        /// <param name="volume">The volume reported for that order.</param>
        /// <param name="pendingOrderId">The order's BTCC pending order that made it (0: none).</param>
        public bool TryRecord(long dealId, long execTime, int orderId = 0, decimal volume = 0m, long pendingOrderId = 0)
        {
            lock (_gate)
            {
                if (!_deals.TryAdd(dealId, new BtccLedgerEntry(execTime, orderId, volume, pendingOrderId)))
                {
                    return false;
                }
                _latestExecTime = Math.Max(_latestExecTime, execTime);
                _version++;
                return true;
            }
        }

        /// <summary>Absolute volume recorded as filled for LEAN order <paramref name="orderId"/> (by its pending order <paramref name="pendingOrderId"/> only, when given).</summary>
        public decimal FilledVolume(int orderId, long? pendingOrderId = null)
        {
            lock (_gate) return _deals.Values.Where(e => e.OrderId == orderId && (pendingOrderId == null || e.PendingOrderId == pendingOrderId)).Sum(e => e.Volume);
        }

        /// <summary>
        /// Records deals that existed before this brokerage connected the first time: they are history,
        /// not news, as is every deal executed before <paramref name="horizon"/>. Later calls do nothing.
        /// </summary>
        /// <param name="existing">Today's deals so far.</param>
        /// <param name="horizon">When this happens, unix seconds on the exchange clock (0: no horizon).</param>
        public void Seed(IEnumerable<(long DealId, long ExecTime)> existing, long horizon = 0)
        {
            lock (_gate)
            {
                if (_seeded)
                {
                    return;
                }
                _historyHorizon = horizon;
                foreach (var (dealId, execTime) in existing)
                {
                    _deals.TryAdd(dealId, new BtccLedgerEntry(execTime, 0, 0m));
                    _latestExecTime = Math.Max(_latestExecTime, execTime);
                }
                _seeded = true;
                _version++;
            }
        }

        /// <summary>Takes over a saved ledger (a restart): its deals count as reported; later calls do nothing.</summary>
        public void Restore(BtccFillLedgerDocument document)
        {
            ArgumentNullException.ThrowIfNull(document);
            lock (_gate)
            {
                if (_seeded)
                {
                    return;
                }
                foreach (var deal in document.Deals)
                {
                    _deals.TryAdd(deal.DealId, new BtccLedgerEntry(deal.ExecTime, deal.OrderId, deal.Volume, deal.PendingOrderId));
                }
                _latestExecTime = Math.Max(document.LatestExecTime, _deals.Count == 0 ? 0 : _deals.Values.Max(e => e.ExecTime));
                _settlementTime = document.SettlementTime;
                _historyHorizon = document.HistoryHorizon;
                _seeded = true;
                _version++;
            }
        }

        /// <summary>
        /// The ledger as a document to save, without deals older than <paramref name="keep"/> before the latest
        /// one (dealTodayList holds at most a day, a restart catches up minutes: older ids are never met again).
        /// </summary>
        public BtccFillLedgerDocument ToDocument(string exchange, long accountId, TimeSpan keep)
        {
            lock (_gate)
            {
                var oldest = _latestExecTime - (long)keep.TotalSeconds;
                var deals = _deals.Where(d => d.Value.ExecTime >= oldest)
                    .OrderBy(d => d.Value.ExecTime).ThenBy(d => d.Key)
                    .Select(d => new BtccFillLedgerDeal(d.Key, d.Value.ExecTime, d.Value.OrderId, d.Value.Volume, d.Value.PendingOrderId))
                    .ToList();
                return new BtccFillLedgerDocument
                {
                    Exchange = exchange,
                    AccountId = accountId,
                    LatestExecTime = _latestExecTime,
                    SettlementTime = _settlementTime,
                    HistoryHorizon = _historyHorizon,
                    Deals = deals
                };
            }
        }
    }
}
