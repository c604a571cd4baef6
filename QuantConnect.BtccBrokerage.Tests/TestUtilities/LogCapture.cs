/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// Installs a log handler that keeps every line until disposed, then restores the previous handler and
    /// debugging switch. Log is process-wide: fixtures using it must be NonParallelizable.
    /// </summary>
    internal sealed class LogCapture : IDisposable
    {
        /// <summary>One line as the handler received it.</summary>
        public sealed record Entry(string Level, string Text)
        {
            /// <summary>The line with its level in front, e.g. <c>ERROR text</c>.</summary>
            public override string ToString() => Level + " " + Text;
        }

        private sealed class Handler : ILogHandler
        {
            public ConcurrentQueue<Entry> Entries { get; } = new();
            public void Error(string text) => Entries.Enqueue(new Entry(ErrorLevel, text));
            public void Debug(string text) => Entries.Enqueue(new Entry(DebugLevel, text));
            public void Trace(string text) => Entries.Enqueue(new Entry(TraceLevel, text));
            public void Report(string text) => Entries.Enqueue(new Entry(TraceLevel, text));
            public void Dispose() { }
        }

        private const string ErrorLevel = "ERROR";
        private const string DebugLevel = "DEBUG";
        private const string TraceLevel = "TRACE";

        private readonly Handler _handler = new();
        private readonly ILogHandler _previousHandler;
        private readonly bool _previousDebugging;

        /// <param name="debugging">Debug lines on or off while capturing; null leaves the current setting.</param>
        public LogCapture(bool? debugging = true)
        {
            _previousHandler = Log.LogHandler;
            _previousDebugging = Log.DebuggingEnabled;
            Log.LogHandler = _handler;
            Log.DebuggingEnabled = debugging ?? _previousDebugging;
        }

        /// <summary>Every line written so far, in order, with its level in front (<c>ERROR</c>, <c>DEBUG</c>, <c>TRACE</c>).</summary>
        public string[] Lines => _handler.Entries.Select(e => e.ToString()).ToArray();

        /// <summary>Every line written so far, in order, as it was logged.</summary>
        public string[] Texts => _handler.Entries.Select(e => e.Text).ToArray();

        /// <summary>The error lines, as logged.</summary>
        public string[] Errors => At(ErrorLevel);

        /// <summary>The trace lines, as logged.</summary>
        public string[] Traces => At(TraceLevel);

        /// <summary>The debug lines, as logged.</summary>
        public string[] Debugs => At(DebugLevel);

        /// <summary>Lines (level in front) containing <paramref name="fragment"/>.</summary>
        public int Count(string fragment) => _handler.Entries.Count(e => e.ToString().Contains(fragment, StringComparison.Ordinal));

        public void Dispose()
        {
            Log.LogHandler = _previousHandler;
            Log.DebuggingEnabled = _previousDebugging;
        }

        private string[] At(string level) => _handler.Entries.Where(e => e.Level == level).Select(e => e.Text).ToArray();
    }
}
