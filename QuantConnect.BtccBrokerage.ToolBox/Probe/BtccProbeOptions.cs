/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>The probe's options: <c>--probe-seconds</c>, <c>--probe-output</c>, <c>--probe-ticker</c>, <c>--with-orders</c>.</summary>
    /// <param name="QuoteWindow">How long the quote socket is read (default 30 s, about the live servers' idle cut-off).</param>
    /// <param name="OutputFolder">Where the fixtures go (default <c>./btcc-probe-&lt;UTC timestamp&gt;/</c>).</param>
    /// <param name="Ticker">The pair subscribed and, with orders, traded (default BTCUSDT).</param>
    /// <param name="WithOrders">Whether the one-order write check runs.</param>
    public sealed record BtccProbeOptions(TimeSpan QuoteWindow, string OutputFolder, string Ticker, bool WithOrders)
    {
        /// <summary>The default quote window in seconds.</summary>
        public const int DefaultSeconds = 30;

        /// <summary>Reads the options; a bad value is reported by name.</summary>
        /// <exception cref="ToolBoxConfigurationException">A value is invalid.</exception>
        public static BtccProbeOptions From(IReadOnlyDictionary<string, string> options, DateTime utcNow)
        {
            var secondsText = ToolBoxOptions.GetOrConfig(options, "probe-seconds", DefaultSeconds.ToString(CultureInfo.InvariantCulture));
            if (!double.TryParse(secondsText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 600)
            {
                throw new ToolBoxConfigurationException($"invalid --probe-seconds value '{secondsText}' (expected seconds between 0 and 600)");
            }
            var output = ToolBoxOptions.GetOrConfig(options, "probe-output", $"btcc-probe-{utcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
            var ticker = ToolBoxOptions.GetOrConfig(options, "probe-ticker", "BTCUSDT").Trim().ToUpperInvariant();
            var withOrders = options.TryGetValue("with-orders", out var flag) && !string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase);
            return new BtccProbeOptions(TimeSpan.FromSeconds(seconds), output, ticker, withOrders);
        }
    }
}
