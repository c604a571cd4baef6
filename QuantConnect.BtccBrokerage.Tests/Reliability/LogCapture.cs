using System.Collections.Concurrent;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Installs a log handler that keeps every line (debug included) until disposed, then restores the
    /// previous handler. Log is process-wide: fixtures using it must be NonParallelizable.
    /// </summary>
    internal sealed class LogCapture : IDisposable
    {
        private sealed class Handler : ILogHandler
        {
            public ConcurrentQueue<string> Lines { get; } = new();
            public void Error(string text) => Lines.Enqueue("ERROR " + text);
            public void Debug(string text) => Lines.Enqueue("DEBUG " + text);
            public void Trace(string text) => Lines.Enqueue("TRACE " + text);
            public void Dispose() { }
        }

        private readonly Handler _handler = new();
        private readonly ILogHandler _previousHandler;
        private readonly bool _previousDebugging;

        public LogCapture(bool debugging = true)
        {
            _previousHandler = Log.LogHandler;
            _previousDebugging = Log.DebuggingEnabled;
            Log.LogHandler = _handler;
            Log.DebuggingEnabled = debugging;
        }

        /// <summary>Every line written so far, in order.</summary>
        public string[] Lines => _handler.Lines.ToArray();

        /// <summary>Lines containing <paramref name="fragment"/>.</summary>
        public int Count(string fragment) => _handler.Lines.Count(l => l.Contains(fragment, StringComparison.Ordinal));

        public void Dispose()
        {
            Log.LogHandler = _previousHandler;
            Log.DebuggingEnabled = _previousDebugging;
        }
    }
}
