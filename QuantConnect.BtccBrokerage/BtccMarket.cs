/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The BTCC market: LEAN has no built-in "btcc" market, so it is registered here, with the market-hours
    /// entry LEAN looks up for every btcc security (LEAN's data folder has none).
    /// </summary>
    public static class BtccMarket
    {
        /// <summary>LEAN market name of BTCC.</summary>
        public const string Name = "btcc";

        /// <summary>
        /// Numeric market code, encoded into every btcc SecurityIdentifier. LEAN hands out its own codes in
        /// sequence (0-26 and 33-43 at commit 2486390, 44 next) and once used 27-32 for Indian exchanges
        /// (2021, since retired), so a low code would collide with a LEAN market sooner or later, and a
        /// retired one with old identifiers. 827 is far above LEAN's range, below the 990-999 the tests use,
        /// and not a round number other plugins' markets tend to take (e.g. 901).
        /// </summary>
        public const int Code = 827;

        private static readonly object Sync = new();

        /// <summary>Whether a LEAN market name is btcc (LEAN's market names compare ignoring case).</summary>
        public static bool IsBtcc(string? market) => string.Equals(market, Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a symbol is one the plugin serves: a CryptoFuture of market btcc.</summary>
        public static bool IsBtccCryptoFuture(Symbol? symbol) => symbol is { SecurityType: SecurityType.CryptoFuture } && IsBtcc(symbol.ID.Market);

        /// <summary>
        /// Registers "btcc" with LEAN's <see cref="Market"/> if it is not yet known (LEAN's Market.Add throws on
        /// a repeated registration), and the btcc market-hours entry if the data-folder database lacks it.
        /// Every entry point calls this, so both exist before LEAN first asks for them.
        /// </summary>
        /// <returns>The market name, for use in expressions.</returns>
        public static string Register()
        {
            lock (Sync)
            {
                if (Market.Encode(Name) == null)
                {
                    Market.Add(Name, Code);
                }
                RegisterMarketHours(MarketHoursDatabase.FromDataFolder());
            }
            return Name;
        }

        /// <summary>
        /// Adds <c>CryptoFuture-btcc-[*]</c>: UTC, open around the clock, as BTCC's crypto perpetuals trade (like
        /// LEAN's own binance and bybit entries). An entry the data folder already has is kept. Without it LEAN's
        /// AddCryptoFuture, and the securities it creates for reconciled holdings and open orders, fail with
        /// "Unable to locate exchange hours for CryptoFuture-btcc-…".
        /// </summary>
        private static void RegisterMarketHours(MarketHoursDatabase database)
        {
            if (!database.ContainsKey(Name, (string?)null, SecurityType.CryptoFuture))
            {
                database.SetEntryAlwaysOpen(Name, null, SecurityType.CryptoFuture, TimeZones.Utc);
            }
        }
    }
}
