/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// LEAN logging in LEAN's form: every line reads <c>ClassName.Method(): text</c>, e.g.
    /// <c>BtccBrokerage.Connect(): connected</c>. Callers pass text that holds no credential, token or signature
    /// (see the request redactor).
    /// </summary>
    internal static class BtccLog
    {
        /// <summary>Writes a trace line.</summary>
        public static void Trace(string className, string method, string text) => Log.Trace(Line(className, method, text));

        /// <summary>Writes an error line.</summary>
        public static void Error(string className, string method, string text) => Log.Error(Line(className, method, text));

        /// <summary>Writes a debug line.</summary>
        public static void Debug(string className, string method, string text) => Log.Debug(Line(className, method, text));

        /// <summary>A line as LEAN writes it: <c>ClassName.Method(): text</c>.</summary>
        public static string Line(string className, string method, string text) => $"{className}.{method}(): {text}";
    }
}
