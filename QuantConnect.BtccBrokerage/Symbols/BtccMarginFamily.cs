/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// The margin families BTCC lists on one quote socket: USDT-margined perpetuals (346 seen live), USDC-margined (11),
    /// coin-margined (6, <c>BTC/USD...</c>) and TradFi contracts margined in USDX (21). The plugin's cash and margin
    /// follow USDT, so only <see cref="Usdt"/> instruments are offered as its crypto futures.
    /// </summary>
    public enum BtccMarginFamily
    {
        /// <summary>Not stated or not recognised.</summary>
        Unknown,
        /// <summary>Margined in USDT.</summary>
        Usdt,
        /// <summary>Margined in USDC.</summary>
        Usdc,
        /// <summary>Margined in the base coin (quoted in USD).</summary>
        CoinMargined,
        /// <summary>TradFi contracts margined in USDX.</summary>
        Usdx
    }

    /// <summary>Reads the margin family of a symbollist instrument.</summary>
    public static class BtccMarginFamilies
    {
        /// <summary>
        /// The family of a symbollist instrument: its <c>margin_currency</c>, or when BTCC leaves that empty, USDT for
        /// a ticker ending in USDT (the only family the PDF shows) and unknown otherwise.
        /// </summary>
        public static BtccMarginFamily Of(BtccSymbolInfo instrument, string ticker)
        {
            ArgumentNullException.ThrowIfNull(instrument);
            var currency = instrument.MarginCurrency?.Trim().ToUpperInvariant() ?? string.Empty;
            return currency switch
            {
                "" => ticker.EndsWith("USDT", StringComparison.OrdinalIgnoreCase) ? BtccMarginFamily.Usdt : BtccMarginFamily.Unknown,
                "USDT" => BtccMarginFamily.Usdt,
                "USDC" => BtccMarginFamily.Usdc,
                "USDX" => BtccMarginFamily.Usdx,
                _ => BtccMarginFamily.CoinMargined
            };
        }

        /// <summary>Why an instrument of <paramref name="family"/> is not offered, or null for USDT.</summary>
        public static string? Refusal(BtccMarginFamily family, string ticker, string marginCurrency) => family switch
        {
            BtccMarginFamily.Usdt => null,
            BtccMarginFamily.Unknown => $"{ticker} states no margin currency and is not a USDT pair: only USDT-margined futures are offered",
            _ => $"{ticker} is margined in {(string.IsNullOrWhiteSpace(marginCurrency) ? family.ToString() : marginCurrency)}"
                + " (" + Describe(family) + "): only USDT-margined futures are offered, as the plugin's cash and margin are in USDT"
        };

        /// <summary>The family in words.</summary>
        public static string Describe(BtccMarginFamily family) => family switch
        {
            BtccMarginFamily.Usdt => "USDT-margined",
            BtccMarginFamily.Usdc => "USDC-margined",
            BtccMarginFamily.CoinMargined => "coin-margined",
            BtccMarginFamily.Usdx => "TradFi, margined in USDX",
            _ => "unknown margin"
        };
    }
}
