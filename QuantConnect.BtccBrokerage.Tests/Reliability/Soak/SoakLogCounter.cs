/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// Counts the client's own log lines about faults it met (5xx retries and reconciliations, 429 pauses,
    /// token renewals), with their times, while forwarding nothing; restores LEAN's previous handler on dispose.
    /// </summary>
    internal sealed class SoakLogCounter : ILogHandler, IDisposable
    {
        private readonly ILogHandler _previous;

        public SoakLogCounter()
        {
            _previous = Log.LogHandler;
            Log.LogHandler = this;
        }

        public ConcurrentQueue<(DateTime Time, string Text)> Lines { get; } = new();
        public ConcurrentQueue<string> Errors { get; } = new();

        /// <summary>Reads retried after an HTTP 5xx.</summary>
        public int ReadRetriesAfter5xx => Lines.Count(l => l.Text.Contains("Retry()", StringComparison.Ordinal) && l.Text.Contains("(HTTP 5", StringComparison.Ordinal));

        /// <summary>Writes whose HTTP 5xx made the client check the exchange's lists.</summary>
        public int WritesReconciledAfter5xx => Lines.Count(l => l.Text.Contains("outcome unknown (HTTP 5", StringComparison.Ordinal));

        /// <summary>HTTP 429 replies, with when they arrived.</summary>
        public List<DateTime> Throttles => Lines.Where(l => l.Text.Contains("HTTP 429, pausing", StringComparison.Ordinal)).Select(l => l.Time).ToList();

        /// <summary>Requests re-sent after BTCC said the token is invalid.</summary>
        public int TokenRenewals => Lines.Count(l => l.Text.Contains("token invalid (code", StringComparison.Ordinal));

        public void Error(string text)
        {
            Errors.Enqueue(text);
            Lines.Enqueue((DateTime.UtcNow, text));
        }

        public void Debug(string text)
        {
        }

        public void Trace(string text) => Lines.Enqueue((DateTime.UtcNow, text));

        public void Report(string text) => Lines.Enqueue((DateTime.UtcNow, text));

        public void Dispose() => Log.LogHandler = _previous;
    }
}
