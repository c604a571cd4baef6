/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Reads a quote-dictionary <c>ShortName</c>. Live, BTCC lists one entry per pair with its maximum leverage as
    /// suffix: <c>BTC/USDT.100x</c>, <c>1000BONK/USDT.20x</c>, <c>BTC/USDC.500x</c>, <c>BTC/USD.100x</c> (coin-margined),
    /// <c>XAUUSD/USDX.500x</c>. The ticker is the name without <c>/</c> and the suffix (BTCUSDT). A name whose quote
    /// part is none of USDT, USDC, USD, USDX (the PDF's example <c>BCH/USDTW</c>) names no pair this reading knows.
    /// </summary>
    public static class BtccQuoteShortName
    {
        /// <summary>Splits a ShortName into its ticker, margin family and maximum leverage (0 when no suffix).</summary>
        /// <returns>False when the name is not <c>BASE/QUOTE</c> with an optional <c>.NNNx</c>, or its quote is not a known family.</returns>
        public static bool TryParse(string? shortName, out string ticker, out BtccMarginFamily family, out decimal maxLeverage)
        {
            ticker = string.Empty;
            family = BtccMarginFamily.Unknown;
            maxLeverage = 0;
            if (string.IsNullOrWhiteSpace(shortName))
            {
                return false;
            }
            var name = shortName.Trim().AsSpan();
            var dot = name.LastIndexOf('.');
            if (dot >= 0)
            {
                var suffix = name[(dot + 1)..];
                if (suffix.Length < 2 || (suffix[^1] != 'x' && suffix[^1] != 'X')
                    || !decimal.TryParse(suffix[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out maxLeverage) || maxLeverage <= 0)
                {
                    maxLeverage = 0;
                    return false;
                }
                name = name[..dot];
            }
            var slash = name.IndexOf('/');
            if (slash <= 0 || slash == name.Length - 1 || name[(slash + 1)..].Contains('/'))
            {
                maxLeverage = 0;
                return false;
            }
            var baseAsset = name[..slash];
            var quote = name[(slash + 1)..].ToString().ToUpperInvariant();
            family = quote switch
            {
                "USDT" => BtccMarginFamily.Usdt,
                "USDC" => BtccMarginFamily.Usdc,
                "USD" => BtccMarginFamily.CoinMargined,
                "USDX" => BtccMarginFamily.Usdx,
                _ => BtccMarginFamily.Unknown
            };
            if (family == BtccMarginFamily.Unknown || !IsAlphanumeric(baseAsset))
            {
                family = BtccMarginFamily.Unknown;
                maxLeverage = 0;
                return false;
            }
            ticker = string.Concat(baseAsset.ToString().ToUpperInvariant(), quote);
            return true;
        }

        private static bool IsAlphanumeric(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
