using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.ToolBox
{
    /// <summary>LEAN logging for the ToolBox, with the plugin's line prefix (<c>BtccBrokerage.Class.Method(): text</c>).</summary>
    internal static class ToolBoxLog
    {
        /// <summary>Writes a trace line.</summary>
        public static void Trace(string source, string text) => Log.Trace($"BtccBrokerage.{source}: {text}");

        /// <summary>Writes an error line.</summary>
        public static void Error(string source, string text) => Log.Error($"BtccBrokerage.{source}: {text}");
    }
}
