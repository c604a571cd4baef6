/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>How one REST request ended, as the client saw it.</summary>
    public enum ReplyOutcome
    {
        /// <summary>HTTP 2xx (BTCC's own refusals travel inside a 200).</summary>
        Ok,
        /// <summary>HTTP 429: over the request budget.</summary>
        Throttled,
        /// <summary>HTTP 5xx, before or after the write took effect.</summary>
        ServerError,
        /// <summary>The connection ended with no reply (a hang the client gave up on).</summary>
        NoReply,
        /// <summary>Any other status (e.g. 404 for a path BTCC does not have).</summary>
        Other
    }

    /// <summary>One endpoint's traffic: totals by outcome and the request rate over the last <see cref="RequestTraffic.RateWindow"/>.</summary>
    /// <param name="Path">The request path, e.g. <c>/v1/account/positionlist</c>.</param>
    /// <param name="Requests">Requests answered so far (or given up on).</param>
    /// <param name="PerSecond">Requests per second over the rate window.</param>
    /// <param name="Ok">Answered 2xx.</param>
    /// <param name="Throttled">Answered 429.</param>
    /// <param name="ServerErrors">Answered 5xx.</param>
    /// <param name="NoReply">Ended without an answer.</param>
    /// <param name="Other">Answered with another status.</param>
    public sealed record EndpointTraffic(string Path, int Requests, double PerSecond, int Ok, int Throttled, int ServerErrors, int NoReply, int Other);

    /// <summary>
    /// The REST traffic per endpoint as the console shows it: what each request ended in and how many arrive per
    /// second, so a user sees the plugin's request economy and the faults it met. Thread-safe.
    /// </summary>
    public sealed class RequestTraffic
    {
        /// <summary>The window the per-second rate is averaged over.</summary>
        public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

        private readonly object _gate = new();
        private readonly Func<DateTimeOffset> _clock;
        private readonly SortedDictionary<string, Counters> _byPath = new(StringComparer.Ordinal);

        /// <summary>Counts against the system clock.</summary>
        public RequestTraffic() : this(() => DateTimeOffset.UtcNow)
        {
        }

        /// <summary>Counts against <paramref name="clock"/>.</summary>
        public RequestTraffic(Func<DateTimeOffset> clock) => _clock = clock;

        /// <summary>Counts one request to <paramref name="path"/> that ended in <paramref name="outcome"/>.</summary>
        public void Record(string path, ReplyOutcome outcome)
        {
            var now = _clock();
            lock (_gate)
            {
                if (!_byPath.TryGetValue(path, out var counters)) _byPath[path] = counters = new Counters();
                counters.ByOutcome[(int)outcome]++;
                counters.Times.Enqueue(now);
                Prune(counters, now);
            }
        }

        /// <summary>Every endpoint seen so far, by path.</summary>
        public IReadOnlyList<EndpointTraffic> Endpoints()
        {
            var now = _clock();
            lock (_gate)
            {
                return _byPath.Select(p =>
                {
                    Prune(p.Value, now);
                    var c = p.Value.ByOutcome;
                    return new EndpointTraffic(p.Key, c.Sum(), p.Value.Times.Count / RateWindow.TotalSeconds,
                        c[(int)ReplyOutcome.Ok], c[(int)ReplyOutcome.Throttled], c[(int)ReplyOutcome.ServerError],
                        c[(int)ReplyOutcome.NoReply], c[(int)ReplyOutcome.Other]);
                }).ToList();
            }
        }

        /// <summary>Forgets everything counted so far.</summary>
        public void Reset()
        {
            lock (_gate) _byPath.Clear();
        }

        /// <summary>The outcome an HTTP status stands for.</summary>
        public static ReplyOutcome OutcomeOf(int status) => status switch
        {
            >= 200 and < 300 => ReplyOutcome.Ok,
            429 => ReplyOutcome.Throttled,
            >= 500 and < 600 => ReplyOutcome.ServerError,
            _ => ReplyOutcome.Other
        };

        private static void Prune(Counters counters, DateTimeOffset now)
        {
            while (counters.Times.TryPeek(out var oldest) && oldest <= now - RateWindow) counters.Times.Dequeue();
        }

        private sealed class Counters
        {
            public readonly int[] ByOutcome = new int[Enum.GetValues<ReplyOutcome>().Length];
            public readonly Queue<DateTimeOffset> Times = new();
        }
    }
}
