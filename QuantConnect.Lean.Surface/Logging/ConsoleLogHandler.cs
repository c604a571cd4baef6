/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Logging
{
    /// <summary>
    /// Writes log lines to the console with a UTC timestamp, as LEAN's ConsoleLogHandler does.
    /// </summary>
    public class ConsoleLogHandler : ILogHandler
    {
        private const string DateFormat = "yyyyMMdd HH:mm:ss.fff";

        /// <summary>Writes an error line to standard error.</summary>
        public virtual void Error(string text) => Console.Error.WriteLine(Format("ERROR", text));

        /// <summary>Writes a debug line to standard output.</summary>
        public virtual void Debug(string text) => Console.Out.WriteLine(Format("DEBUG", text));

        /// <summary>Writes a trace line to standard output.</summary>
        public virtual void Trace(string text) => Console.Out.WriteLine(Format("TRACE", text));

        /// <summary>Writes a report line to standard output.</summary>
        public virtual void Report(string text) => Console.Out.WriteLine(Format("REPORT", text));

        /// <summary>Nothing to release.</summary>
        public void Dispose()
        {
        }

        private static string Format(string level, string text)
            => DateTime.UtcNow.ToString(DateFormat, CultureInfo.InvariantCulture) + " " + level + ":: " + text;
    }
}
