using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// LEAN logging with the plugin's prefix: every line reads <c>BtccBrokerage.Source.Method(): text</c>.
    /// Callers pass text that holds no credential, token or signature (see the request redactor).
    /// </summary>
    internal static class BtccLog
    {
        /// <summary>The prefix of every log line the plugin writes.</summary>
        public const string Prefix = "BtccBrokerage";

        /// <summary>Writes a trace line.</summary>
        public static void Trace(string source, string text) => Log.Trace($"{Prefix}.{source}: {text}");

        /// <summary>Writes an error line.</summary>
        public static void Error(string source, string text) => Log.Error($"{Prefix}.{source}: {text}");

        /// <summary>Writes a debug line.</summary>
        public static void Debug(string source, string text) => Log.Debug($"{Prefix}.{source}: {text}");
    }
}
