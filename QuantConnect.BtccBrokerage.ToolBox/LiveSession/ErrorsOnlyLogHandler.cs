/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The session's default log handler: LEAN's trace and debug lines are dropped so the terminal shows the
    /// session's own output; errors still go to standard error. <c>--verbose</c> uses the ToolBox's full
    /// standard-error handler instead.
    /// </summary>
    internal sealed class ErrorsOnlyLogHandler : ILogHandler
    {
        private readonly TextWriter _error;

        /// <summary>Writes errors to <paramref name="error"/>.</summary>
        public ErrorsOnlyLogHandler(TextWriter error)
        {
            _error = error;
        }

        /// <summary>Writes the error.</summary>
        public void Error(string text) => _error.WriteLine($"ERROR:: {text}");

        /// <summary>Dropped.</summary>
        public void Debug(string text)
        {
        }

        /// <summary>Dropped.</summary>
        public void Trace(string text)
        {
        }

        /// <summary>Dropped.</summary>
        public void Report(string text)
        {
        }

        /// <summary>Nothing to release.</summary>
        public void Dispose()
        {
        }
    }
}
