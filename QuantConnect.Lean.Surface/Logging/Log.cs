/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Logging
{
    /// <summary>
    /// LEAN's static logging entry point (stand-in for QuantConnect.Logging.Log).
    /// </summary>
    public static class Log
    {
        private static ILogHandler _logHandler = new ConsoleLogHandler();

        /// <summary>Where log lines go.</summary>
        public static ILogHandler LogHandler
        {
            get => _logHandler;
            set => _logHandler = value ?? new ConsoleLogHandler();
        }

        /// <summary>Whether <see cref="Debug"/> lines are written.</summary>
        public static bool DebuggingEnabled { get; set; }

        /// <summary>Highest debug level written.</summary>
        public static int DebuggingLevel { get; set; } = 1;

        /// <summary>Log file path (unused by the console handler).</summary>
        public static string FilePath { get; set; } = "log.txt";

        /// <summary>Writes an error line.</summary>
        public static void Error(string error, bool overrideMessageFloodProtection = false) => _logHandler.Error(error);

        /// <summary>Writes an exception with an optional message.</summary>
        public static void Error(Exception exception, string message = null, bool overrideMessageFloodProtection = false)
            => _logHandler.Error(message == null ? exception?.ToString() : message + " " + exception);

        /// <summary>Writes a formatted error line.</summary>
        public static void Error(string format, params object[] args)
            => _logHandler.Error(string.Format(CultureInfo.InvariantCulture, format, args));

        /// <summary>Writes a trace line.</summary>
        public static void Trace(string traceText, bool overrideMessageFloodProtection = false) => _logHandler.Trace(traceText);

        /// <summary>Writes a formatted trace line.</summary>
        public static void Trace(string format, params object[] args)
            => _logHandler.Trace(string.Format(CultureInfo.InvariantCulture, format, args));

        /// <summary>Writes a debug line when debugging is enabled at that level.</summary>
        public static void Debug(string text, int level = 1)
        {
            if (DebuggingEnabled && level <= DebuggingLevel)
            {
                _logHandler.Debug(text);
            }
        }
    }
}
