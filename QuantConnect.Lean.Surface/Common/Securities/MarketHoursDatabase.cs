/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Data;
using QuantConnect.Logging;

namespace QuantConnect.Securities
{
    /// <summary>
    /// Exchange hours and data time zones by market, symbol and security type (stand-in for
    /// QuantConnect.Securities.MarketHoursDatabase). A lookup tries the exact key, then the market's
    /// wildcard entry (<c>CryptoFuture-binance-[*]</c>), and otherwise fails as LEAN does: GetEntry throws
    /// "Unable to locate exchange hours for …". LEAN's futures-options and custom-data fallbacks are left out.
    /// </summary>
    public class MarketHoursDatabase : BaseSecurityDatabase<MarketHoursDatabase, MarketHoursDatabase.Entry>
    {
        /// <summary>
        /// The crypto entries of LEAN's data-folder file (every one UTC, open around the clock) and US equities, which stand in
        /// for <c>Data/market-hours/market-hours-database.json</c>: there is no data folder here.
        /// </summary>
        private static readonly (SecurityType Type, string Market)[] DataFolderEntries =
        {
            (SecurityType.Crypto, "binance"), (SecurityType.Crypto, "binanceus"), (SecurityType.Crypto, "bitfinex"),
            (SecurityType.Crypto, "bybit"), (SecurityType.Crypto, "coinbase"), (SecurityType.Crypto, "ftx"),
            (SecurityType.Crypto, "ftxus"), (SecurityType.Crypto, "kraken"),
            (SecurityType.CryptoFuture, "binance"), (SecurityType.CryptoFuture, "bybit"), (SecurityType.CryptoFuture, "dydx"),
            // LEAN's default benchmark, SPY, needs one; its session hours are not modelled
            (SecurityType.Equity, "usa")
        };

        /// <summary>Creates a database over the given entries.</summary>
        public MarketHoursDatabase(Dictionary<SecurityDatabaseKey, Entry> exchangeHours)
            : base(exchangeHours, FromDataFolder, (entry, other) => { })
        {
        }

        /// <summary>
        /// The process-wide database LEAN's algorithm, engine and plugins all share, loaded on first use (here from
        /// the embedded content) and kept until <see cref="BaseSecurityDatabase{T,TEntry}.Reset"/>.
        /// </summary>
        public static MarketHoursDatabase FromDataFolder()
        {
            if (DataFolderDatabase == null)
            {
                lock (DataFolderDatabaseLock)
                {
                    DataFolderDatabase ??= new MarketHoursDatabase(DataFolderEntries.ToDictionary(
                        e => new SecurityDatabaseKey(e.Market, null, e.Type),
                        e => e.Type == SecurityType.Equity
                            ? new Entry(TimeZones.NewYork, SecurityExchangeHours.AlwaysOpen(TimeZones.NewYork))
                            : new Entry(TimeZones.Utc, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc))));
                }
            }
            return DataFolderDatabase;
        }

        /// <summary>
        /// Sets (adds or replaces) the entry of a market, symbol (null: every symbol of the market) and type;
        /// the data time zone defaults to the exchange's. Entries set this way survive LEAN's daily refresh.
        /// </summary>
        public virtual Entry SetEntry(string market, string symbol, SecurityType securityType, SecurityExchangeHours exchangeHours, DateTimeZone dataTimeZone = null)
        {
            var key = new SecurityDatabaseKey(market, symbol, securityType);
            var entry = new Entry(dataTimeZone ?? exchangeHours.TimeZone, exchangeHours);
            lock (DataFolderDatabaseLock)
            {
                Entries[key] = entry;
                CustomEntries.Add(key);
            }
            return entry;
        }

        /// <summary>Sets an always-open entry whose exchange and data time zone is <paramref name="timeZone"/>.</summary>
        public virtual Entry SetEntryAlwaysOpen(string market, string symbol, SecurityType securityType, DateTimeZone timeZone)
            => SetEntry(market, symbol, securityType, SecurityExchangeHours.AlwaysOpen(timeZone));

        /// <summary>The entry of a market, symbol and type: the exact one, else the market's wildcard entry.</summary>
        /// <exception cref="ArgumentException">Neither exists: "Unable to locate exchange hours for Type-market-symbol."</exception>
        public virtual Entry GetEntry(string market, string symbol, SecurityType securityType)
        {
            if (TryGetEntry(market, symbol, securityType, out var entry))
            {
                return entry;
            }
            var key = new SecurityDatabaseKey(market, symbol, securityType);
            Log.Error($"MarketHoursDatabase.GetExchangeHours(): Unable to locate exchange hours for {key}. Available keys: {string.Join(", ", Entries.Keys)}");
            if (securityType == SecurityType.Future && market == Market.USA)
            {
                throw new ArgumentException("Future.Usa market type is no longer supported as we mapped each ticker to its actual exchange. "
                    + "Please find your specific market in the symbol-properties database.");
            }
            throw new ArgumentException($"Unable to locate exchange hours for {key}.");
        }

        /// <summary>The entry of a market, symbol (see <see cref="BaseSecurityDatabase{T,TEntry}.GetDatabaseSymbolKey"/>) and type.</summary>
        /// <exception cref="ArgumentException">There is none (see the string overload).</exception>
        public virtual Entry GetEntry(string market, Symbol symbol, SecurityType securityType)
            => GetEntry(market, GetDatabaseSymbolKey(symbol), securityType);

        /// <summary>Finds the entry of a market, symbol and type without throwing.</summary>
        public bool TryGetEntry(string market, Symbol symbol, SecurityType securityType, out Entry entry)
            => TryGetEntry(market, GetDatabaseSymbolKey(symbol), securityType, out entry);

        /// <summary>Finds the exact entry, else the market's wildcard entry.</summary>
        public virtual bool TryGetEntry(string market, string symbol, SecurityType securityType, out Entry entry)
        {
            var key = new SecurityDatabaseKey(market, symbol, securityType);
            return Entries.TryGetValue(key, out entry) || Entries.TryGetValue(key.CreateCommonKey(), out entry);
        }

        /// <summary>The exchange hours of a market, symbol and type.</summary>
        /// <exception cref="ArgumentException">There is no entry.</exception>
        public SecurityExchangeHours GetExchangeHours(string market, Symbol symbol, SecurityType securityType)
            => GetEntry(market, symbol, securityType).ExchangeHours;

        /// <summary>The exchange hours of a subscription's market, symbol and type.</summary>
        /// <exception cref="ArgumentException">There is no entry.</exception>
        public SecurityExchangeHours GetExchangeHours(SubscriptionDataConfig configuration)
            => GetExchangeHours(configuration.Market, configuration.Symbol, configuration.SecurityType);

        /// <summary>The time zone of a market, symbol and type's raw data.</summary>
        /// <exception cref="ArgumentException">There is no entry.</exception>
        public DateTimeZone GetDataTimeZone(string market, Symbol symbol, SecurityType securityType)
            => GetEntry(market, GetDatabaseSymbolKey(symbol), securityType).DataTimeZone;

        /// <summary>One entry: the exchange hours and the time zone of the raw data.</summary>
        public class Entry
        {
            /// <summary>Creates an entry.</summary>
            public Entry(DateTimeZone dataTimeZone, SecurityExchangeHours exchangeHours)
            {
                DataTimeZone = dataTimeZone;
                ExchangeHours = exchangeHours;
            }

            /// <summary>The time zone of the raw data.</summary>
            public DateTimeZone DataTimeZone { get; }

            /// <summary>The exchange hours.</summary>
            public SecurityExchangeHours ExchangeHours { get; init; }
        }
    }
}
