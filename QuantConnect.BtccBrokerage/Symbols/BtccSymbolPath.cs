/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// Reads BTCC symbol paths such as <c>GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x</c>
    /// (company / currency / GTS / MM / account group / 0 / A / code + leverage). Paths are only ever
    /// read, never built: the group segment differs per account, so every path comes from symbollist.
    /// </summary>
    public static class BtccSymbolPath
    {
        /// <summary>The separator between path segments.</summary>
        public const char Separator = '/';

        /// <summary>
        /// Splits a path into its LEAN ticker (last segment without the <c>\d+x</c> suffix, upper case)
        /// and its leverage (the suffix's digits).
        /// </summary>
        /// <returns>False for an empty path, a path with a single segment, an empty last segment or a
        /// last segment without a code followed by digits and 'x'.</returns>
        public static bool TryParse(string? path, out string ticker, out decimal leverage)
        {
            ticker = string.Empty;
            leverage = 0;
            if (string.IsNullOrWhiteSpace(path))
            {
                return false;
            }

            var lastSeparator = path.LastIndexOf(Separator);
            if (lastSeparator <= 0)
            {
                return false;
            }

            var code = path.AsSpan(lastSeparator + 1);
            // at least one code character, at least one digit, then the 'x'
            if (code.Length < 3 || (code[^1] != 'x' && code[^1] != 'X'))
            {
                return false;
            }

            var digitsStart = code.Length - 1;
            while (digitsStart > 0 && char.IsAsciiDigit(code[digitsStart - 1]))
            {
                digitsStart--;
            }
            var digits = code[digitsStart..^1];
            if (digits.IsEmpty || digitsStart == 0
                || !decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out leverage)
                || leverage <= 0)
            {
                leverage = 0;
                return false;
            }

            ticker = code[..digitsStart].ToString().ToUpperInvariant();
            return true;
        }

        /// <summary>The leverage of a path (its <c>\d+x</c> suffix).</summary>
        /// <exception cref="ArgumentException">The path is not a BTCC symbol path.</exception>
        public static decimal GetLeverage(string path)
            => TryParse(path, out _, out var leverage)
                ? leverage
                : throw new ArgumentException(DescribeMalformed(path), nameof(path));

        /// <summary>The LEAN ticker of a path.</summary>
        /// <exception cref="ArgumentException">The path is not a BTCC symbol path.</exception>
        public static string GetTicker(string path)
            => TryParse(path, out var ticker, out _)
                ? ticker
                : throw new ArgumentException(DescribeMalformed(path), nameof(path));

        /// <summary>The message naming a path that cannot be read.</summary>
        internal static string DescribeMalformed(string? path)
            => $"'{path}' is not a BTCC symbol path: expected segments separated by '/' ending with a code and a leverage suffix, e.g. GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x.";
    }
}
