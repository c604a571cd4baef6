/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>The live session's command-line options.</summary>
    /// <param name="Duration">How long the strategy trades (<c>--duration-s</c>, default 20 s) before the session flattens and ends.</param>
    /// <param name="Tickers">The traded tickers (<c>--tickers</c>, default BTCUSDT).</param>
    /// <param name="Quantity">The position size (<c>--quantity</c>); null = each instrument's minimum volume.</param>
    /// <param name="Verbose">Whether LEAN's log and detail lines are shown (<c>--verbose</c>).</param>
    internal sealed record LiveSessionOptions(TimeSpan Duration, IReadOnlyList<string> Tickers, decimal? Quantity, bool Verbose)
    {
        /// <summary>Default duration.</summary>
        public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(20);

        /// <summary>Default ticker.</summary>
        public const string DefaultTicker = "BTCUSDT";

        /// <summary>Least time between two steps of the strategy's order demonstration.</summary>
        public TimeSpan Pacing { get; init; } = TimeSpan.FromMilliseconds(500);

        /// <summary>How often a quote line is printed per ticker.</summary>
        public TimeSpan QuoteLineInterval { get; init; } = TimeSpan.FromSeconds(2);

        /// <summary>How long the shutdown waits for cancels and the closing fills.</summary>
        public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(15);

        /// <summary>Reads the options.</summary>
        /// <exception cref="ToolBoxConfigurationException">A value is malformed.</exception>
        public static LiveSessionOptions Parse(IReadOnlyDictionary<string, string> options)
        {
            var duration = DefaultDuration;
            if (options.TryGetValue("duration-s", out var durationText))
            {
                duration = double.TryParse(durationText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new ToolBoxConfigurationException($"invalid --duration-s value '{durationText}' (expected a positive number of seconds)");
            }
            IReadOnlyList<string> tickers = new[] { DefaultTicker };
            if (options.TryGetValue("tickers", out var tickersText))
            {
                tickers = tickersText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => t.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
                if (tickers.Count == 0)
                {
                    throw new ToolBoxConfigurationException("--tickers needs at least one ticker, e.g. --tickers=BTCUSDT");
                }
            }
            decimal? quantity = null;
            if (options.TryGetValue("quantity", out var quantityText))
            {
                quantity = decimal.TryParse(quantityText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value
                    : throw new ToolBoxConfigurationException($"invalid --quantity value '{quantityText}' (expected a positive number)");
            }
            var verbose = options.TryGetValue("verbose", out var verboseText) && !verboseText.Equals("false", StringComparison.OrdinalIgnoreCase);
            return new LiveSessionOptions(duration, tickers, quantity, verbose);
        }
    }
}
