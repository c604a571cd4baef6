/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Hosting
{
    /// <summary>
    /// Sends every LEAN log line to standard error, so standard output carries only an app's result
    /// (e.g. the CSV rows of BTCCExchangeInfoDownloader) and can be redirected to a file.
    /// </summary>
    internal sealed class StandardErrorLogHandler : ILogHandler
    {
        private readonly bool _debug;

        /// <summary>Creates the handler; debug lines are written only when <paramref name="debug"/> is set.</summary>
        public StandardErrorLogHandler(bool debug)
        {
            _debug = debug;
        }

        /// <summary>Writes an error line.</summary>
        public void Error(string text) => Write("ERROR", text);

        /// <summary>Writes a debug line when debugging.</summary>
        public void Debug(string text)
        {
            if (_debug)
            {
                Write("DEBUG", text);
            }
        }

        /// <summary>Writes a trace line.</summary>
        public void Trace(string text) => Write("TRACE", text);

        /// <summary>Writes a report line.</summary>
        public void Report(string text) => Write("REPORT", text);

        /// <summary>Nothing to release.</summary>
        public void Dispose()
        {
        }

        private static void Write(string level, string text)
            => Console.Error.WriteLine($"{DateTime.UtcNow.ToString("yyyyMMdd HH:mm:ss.fff", CultureInfo.InvariantCulture)} {level}:: {text}");
    }
}
