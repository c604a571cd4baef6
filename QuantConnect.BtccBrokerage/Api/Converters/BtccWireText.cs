/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Converters
{
    /// <summary>
    /// Reads the numbers and sides BTCC sends as strings (history endpoints):
    /// "" or unparsable text gives null rather than a made-up zero.
    /// </summary>
    public static class BtccWireText
    {
        /// <summary>"3810.4" → 3810.4; "" → null.</summary>
        public static decimal? ParseDecimal(string? text)
            => !string.IsNullOrWhiteSpace(text) && decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;

        /// <summary>"10000030" → 10000030; "" → null.</summary>
        public static long? ParseInt64(string? text)
            => !string.IsNullOrWhiteSpace(text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;

        /// <summary>"BUY" → Buy, "SELL" → Sell, anything else → None.</summary>
        public static BtccDirection ParseDirection(string? text)
            => string.Equals(text, "BUY", StringComparison.OrdinalIgnoreCase) ? BtccDirection.Buy
                : string.Equals(text, "SELL", StringComparison.OrdinalIgnoreCase) ? BtccDirection.Sell
                : BtccDirection.None;
    }
}
