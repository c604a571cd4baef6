/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>
    /// Counts of the quote-websocket <c>ReqKline</c> requests the simulator received (thread-safe), for
    /// assertions that history paging kept its budget.
    /// </summary>
    public sealed class SimulatorKlineRequestLog
    {
        private readonly object _gate = new();
        private readonly Queue<DateTimeOffset> _lastSecond = new();
        private int _total, _maxPerSecond;

        /// <summary>All ReqKline requests from logged-in sessions.</summary>
        public int Total { get { lock (_gate) return _total; } }

        /// <summary>Most ReqKline requests seen within any one-second window.</summary>
        public int MaxRequestsPerSecond { get { lock (_gate) return _maxPerSecond; } }

        /// <summary>Forgets everything counted so far.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _lastSecond.Clear();
                _total = _maxPerSecond = 0;
            }
        }

        internal void Record()
        {
            var now = DateTimeOffset.UtcNow;
            lock (_gate)
            {
                _total++;
                _lastSecond.Enqueue(now);
                while (_lastSecond.Peek() <= now - TimeSpan.FromSeconds(1)) _lastSecond.Dequeue();
                _maxPerSecond = Math.Max(_maxPerSecond, _lastSecond.Count);
            }
        }
    }
}
