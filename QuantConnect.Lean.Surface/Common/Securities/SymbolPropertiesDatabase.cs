/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Data;
using System.Globalization;

namespace QuantConnect.Securities
{
    /// <summary>
    /// Symbol properties by market, symbol and security type (stand-in for
    /// QuantConnect.Securities.SymbolPropertiesDatabase). A key with no entry and no wildcard entry gets
    /// <see cref="SymbolProperties.GetDefault"/> with the caller's quote currency, as in LEAN: that default is
    /// what makes LEAN fail to resolve a crypto future's base currency.
    /// </summary>
    public class SymbolPropertiesDatabase : BaseSecurityDatabase<SymbolPropertiesDatabase, SymbolProperties>
    {
        /// <summary>
        /// Stands in for <c>Data/symbol-properties/symbol-properties-database.csv</c> (there is no data folder
        /// here): the same format (header first, '#' comments, blank lines), a few of LEAN's crypto rows.
        /// </summary>
        private const string DataFolderFile = """
            market,symbol,type,description,quote_currency,contract_multiplier,minimum_price_variation,lot_size,market_ticker,minimum_order_size,price_magnifier,strike_multiplier

            #
            # Use # signs for comments
            #
            usa,[*],equity,,USD,1,0.01,1

            coinbase,BTCUSD,crypto,Bitcoin-US Dollar,USD,1,0.01,0.00000001,BTC-USD,0.00000001
            binance,BTCUSDT,crypto,BTCUSDT,USDT,1,0.01,0.00001,BTCUSDT,5
            binance,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.001,BTCUSDT
            bybit,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.10,0.001,BTCUSDT,0.001
            bybit,ETHUSDT,cryptofuture,ETHUSDT,USDT,1,0.01,0.01,ETHUSDT,0.01
            """;

        // the first market per (symbol, type) of the loaded file; like LEAN, entries set later are not added
        private readonly IReadOnlyDictionary<SecurityDatabaseKey, SecurityDatabaseKey> _keyBySecurityType;

        private SymbolPropertiesDatabase(string name, IEnumerable<string> lines)
            : base(new Dictionary<SecurityDatabaseKey, SymbolProperties>(), FromDataFolder, (entry, other) => { })
        {
            var bySecurityType = new Dictionary<SecurityDatabaseKey, SecurityDatabaseKey>();
            // header first, then rows; '#' comments and blank lines are skipped
            foreach (var line in lines.Where(l => !l.StartsWith('#') && !string.IsNullOrWhiteSpace(l)).Skip(1))
            {
                var properties = FromCsvLine(line, out var key);
                if (key == null || properties == null)
                {
                    continue;
                }
                if (Entries.ContainsKey(key))
                {
                    throw new DuplicateNameException($"Encountered duplicate key while processing file: {name}. Key: {key}");
                }
                bySecurityType.TryAdd(new SecurityDatabaseKey(SecurityDatabaseKey.Wildcard, key.Symbol, key.SecurityType), key);
                Entries[key] = properties;
            }
            _keyBySecurityType = bySecurityType;
        }

        /// <summary>
        /// The process-wide database LEAN's algorithm, engine and plugins all share, loaded on first use and kept until
        /// <see cref="BaseSecurityDatabase{T,TEntry}.Reset"/>: from the data folder's
        /// <c>symbol-properties/symbol-properties-database.csv</c> as in LEAN, or, where there is none (as usually
        /// here), from the embedded content.
        /// </summary>
        public static SymbolPropertiesDatabase FromDataFolder()
        {
            if (DataFolderDatabase == null)
            {
                lock (DataFolderDatabaseLock)
                {
                    if (DataFolderDatabase == null)
                    {
                        var path = Path.Combine(Globals.GetDataFolderPath("symbol-properties"), "symbol-properties-database.csv");
                        DataFolderDatabase = File.Exists(path)
                            ? new SymbolPropertiesDatabase(path, File.ReadAllLines(path))
                            : new SymbolPropertiesDatabase("symbol-properties-database.csv", DataFolderFile.Split('\n'));
                    }
                }
            }
            return DataFolderDatabase;
        }

        /// <summary>Every entry of a market (compared as written), in the database's order.</summary>
        public IEnumerable<KeyValuePair<SecurityDatabaseKey, SymbolProperties>> GetSymbolPropertiesList(string market)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Market == market)
                {
                    yield return entry;
                }
            }
        }

        /// <summary>
        /// The properties of a market, symbol and type: the exact entry, else (futures options) the underlying's,
        /// else the market's wildcard entry, else <see cref="SymbolProperties.GetDefault"/>(<paramref name="defaultQuoteCurrency"/>).
        /// </summary>
        public SymbolProperties GetSymbolProperties(string market, Symbol symbol, SecurityType securityType, string defaultQuoteCurrency)
        {
            var key = new SecurityDatabaseKey(market, GetDatabaseSymbolKey(symbol), securityType);
            if (Entries.TryGetValue(key, out var properties))
            {
                return properties;
            }
            if (symbol is { SecurityType: SecurityType.FutureOption, HasUnderlying: true }
                && Entries.TryGetValue(new SecurityDatabaseKey(market, GetDatabaseSymbolKey(symbol.Underlying), symbol.Underlying.SecurityType), out properties))
            {
                return properties;
            }
            return Entries.TryGetValue(new SecurityDatabaseKey(market, null, securityType), out properties)
                ? properties
                : SymbolProperties.GetDefault(defaultQuoteCurrency);
        }

        /// <summary>
        /// The market of the first row of the loaded file with this symbol and type. Entries set at run time are
        /// not looked at, as in LEAN.
        /// </summary>
        public bool TryGetMarket(string symbol, SecurityType securityType, out string market)
        {
            if (_keyBySecurityType.TryGetValue(new SecurityDatabaseKey(SecurityDatabaseKey.Wildcard, symbol, securityType), out var key))
            {
                market = key.Market;
                return true;
            }
            market = null;
            return false;
        }

        /// <summary>Sets (adds or replaces) the properties of a market, symbol (null: every symbol) and type; always true.</summary>
        public bool SetEntry(string market, string symbol, SecurityType securityType, SymbolProperties properties)
        {
            var key = new SecurityDatabaseKey(market, symbol, securityType);
            lock (DataFolderDatabaseLock)
            {
                Entries[key] = properties;
                CustomEntries.Add(key);
            }
            return true;
        }

        /// <summary>
        /// Reads one row: market, symbol, type, description, quote currency, contract multiplier, minimum price
        /// variation, lot size, then the optional market ticker, minimum order size, price magnifier and strike
        /// multiplier. A row whose type is not a <see cref="SecurityType"/> gives a null key and null properties.
        /// </summary>
        protected static SymbolProperties FromCsvLine(string line, out SecurityDatabaseKey key)
        {
            var csv = line.Split(',');
            if (!Enum.TryParse<SecurityType>(csv[2], true, out var securityType))
            {
                key = null;
                return null;
            }
            key = new SecurityDatabaseKey(csv[0], csv[1], securityType);
            return new SymbolProperties(
                description: csv[3],
                quoteCurrency: csv[4],
                contractMultiplier: ToDecimal(csv[5]),
                minimumPriceVariation: ToDecimal(csv[6]),
                lotSize: ToDecimal(csv[7]),
                marketTicker: HasValue(csv, 8) ? csv[8] : string.Empty,
                minimumOrderSize: HasValue(csv, 9) ? ToDecimal(csv[9]) : null,
                priceMagnifier: HasValue(csv, 10) ? ToDecimal(csv[10]) : 1,
                strikeMultiplier: HasValue(csv, 11) ? ToDecimal(csv[11]) : 1);
        }

        private static bool HasValue(string[] fields, int index) => fields.Length > index && !string.IsNullOrEmpty(fields[index]);

        private static decimal ToDecimal(string text) => decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
