namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The deal ids LEAN was already told about (or that predate this brokerage), so every fill is reported
    /// exactly once — across polls, duplicated lists, reconnects and the daily settlement. Lives as long as
    /// the brokerage instance. Thread-safe.
    /// </summary>
    public sealed class ReportedFillLedger
    {
        private readonly object _gate = new();
        private readonly HashSet<long> _dealIds = new();
        private long _latestExecTime;

        /// <summary>Whether <see cref="Seed"/> ran (the first connect baselines existing deals).</summary>
        public bool IsSeeded { get { lock (_gate) return _seeded; } }

        private bool _seeded;

        /// <summary>Number of deal ids known.</summary>
        public int Count { get { lock (_gate) return _dealIds.Count; } }

        /// <summary>Latest exec_time (unix seconds) of a recorded deal: where a catch-up starts.</summary>
        public long LatestExecTime { get { lock (_gate) return _latestExecTime; } }

        /// <summary>Whether a deal was recorded.</summary>
        public bool Contains(long dealId)
        {
            lock (_gate) return _dealIds.Contains(dealId);
        }

        /// <summary>Records a deal; false when it was already recorded (so it must not be reported again).</summary>
        public bool TryRecord(long dealId, long execTime)
        {
            lock (_gate)
            {
                if (!_dealIds.Add(dealId))
                {
                    return false;
                }
                _latestExecTime = Math.Max(_latestExecTime, execTime);
                return true;
            }
        }

        /// <summary>
        /// Records deals that existed before this brokerage connected the first time: they are history,
        /// not news. Later calls do nothing.
        /// </summary>
        public void Seed(IEnumerable<(long DealId, long ExecTime)> existing)
        {
            lock (_gate)
            {
                if (_seeded)
                {
                    return;
                }
                foreach (var (dealId, execTime) in existing)
                {
                    _dealIds.Add(dealId);
                    _latestExecTime = Math.Max(_latestExecTime, execTime);
                }
                _seeded = true;
            }
        }
    }
}
