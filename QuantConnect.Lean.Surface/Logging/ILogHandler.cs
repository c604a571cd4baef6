/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Logging
{
    /// <summary>
    /// Receives LEAN's log lines (stand-in for QuantConnect.Logging's ILogHandler).
    /// </summary>
    public interface ILogHandler : IDisposable
    {
        /// <summary>Writes an error line.</summary>
        void Error(string text);
        /// <summary>Writes a debug line.</summary>
        void Debug(string text);
        /// <summary>Writes a trace line.</summary>
        void Trace(string text);

        /// <summary>Writes a report line (LEAN's handlers send these to the algorithm's report).</summary>
        void Report(string text);
    }
}
