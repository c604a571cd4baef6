/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>Counts of the REST requests the simulator received (thread-safe), for rate and efficiency assertions.</summary>
    public sealed class SimulatorRequestLog
    {
        private static readonly HashSet<string> TradingPaths = new(StringComparer.OrdinalIgnoreCase)
        {
            "/v1/account/openposition", "/v1/account/closeposition", "/v1/account/updateposition",
            "/v1/account/openpending", "/v1/account/updatepending", "/v1/account/cancelpending"
        };

        private readonly object _gate = new();
        private readonly Dictionary<string, int> _byPath = new(StringComparer.OrdinalIgnoreCase);
        private readonly Queue<DateTimeOffset> _lastSecond = new();
        private readonly List<(DateTimeOffset At, string Path)> _timeline = new();
        private int _total, _trading, _maxPerSecond, _throttled;
        private bool _keepsTimeline;

        /// <summary>All requests.</summary>
        public int Total { get { lock (_gate) return _total; } }

        /// <summary>Requests per path (a copy).</summary>
        public IReadOnlyDictionary<string, int> ByPath { get { lock (_gate) return new Dictionary<string, int>(_byPath, StringComparer.OrdinalIgnoreCase); } }

        /// <summary>openposition, closeposition, updateposition, openpending, updatepending and cancelpending requests.</summary>
        public int TradingRequests { get { lock (_gate) return _trading; } }

        /// <summary>Most requests seen within any one-second window.</summary>
        public int MaxRequestsPerSecond { get { lock (_gate) return _maxPerSecond; } }

        /// <summary>Requests answered HTTP 429 because they exceeded <see cref="BtccSimulatorFaults.RequestBudgetPerSecond"/>.</summary>
        public int Throttled { get { lock (_gate) return _throttled; } }

        /// <summary>Whether each request's arrival time and path are kept (<see cref="Timeline"/>); off by default.</summary>
        public bool KeepsTimeline
        {
            get { lock (_gate) return _keepsTimeline; }
            set { lock (_gate) _keepsTimeline = value; }
        }

        /// <summary>Each request's arrival time and path, in arrival order, while <see cref="KeepsTimeline"/> (a copy).</summary>
        public IReadOnlyList<(DateTimeOffset At, string Path)> Timeline
        {
            get { lock (_gate) return _timeline.ToList(); }
        }

        /// <summary>Requests to <paramref name="path"/> (0 if none).</summary>
        public int Count(string path)
        {
            lock (_gate) return _byPath.GetValueOrDefault(path);
        }

        /// <summary>Forgets everything counted so far.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _byPath.Clear();
                _lastSecond.Clear();
                _timeline.Clear();
                _total = _trading = _maxPerSecond = _throttled = 0;
            }
        }

        internal void RecordThrottled()
        {
            lock (_gate) _throttled++;
        }

        internal void Record(string path)
        {
            var now = DateTimeOffset.UtcNow;
            lock (_gate)
            {
                _total++;
                _byPath[path] = _byPath.GetValueOrDefault(path) + 1;
                if (_keepsTimeline) _timeline.Add((now, path));
                if (TradingPaths.Contains(path)) _trading++;
                _lastSecond.Enqueue(now);
                while (_lastSecond.Peek() <= now - TimeSpan.FromSeconds(1)) _lastSecond.Dequeue();
                _maxPerSecond = Math.Max(_maxPerSecond, _lastSecond.Count);
            }
        }
    }
}
