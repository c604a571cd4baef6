/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Util;
using System.Collections;
using QuantConnect.Interfaces;

namespace QuantConnect.Securities
{
    /// <summary>The algorithm's securities by symbol (stand-in for QuantConnect.Securities.SecurityManager).</summary>
    public class SecurityManager : ExtendedDictionary<Symbol, Security>, IDictionary<Symbol, Security>
    {
        private readonly ITimeKeeper _timeKeeper;
        private readonly Dictionary<Symbol, Security> _securities = new();

        /// <summary>Creates an empty manager on a clock.</summary>
        public SecurityManager(ITimeKeeper timeKeeper)
        {
            _timeKeeper = timeKeeper;
        }

        /// <summary>The current time (UTC).</summary>
        public DateTime UtcTime => _timeKeeper.UtcTime;

        /// <summary>Adds a security under its symbol.</summary>
        public void Add(Security security) => Add(security.Symbol, security);

        /// <summary>Adds a security.</summary>
        public void Add(Symbol symbol, Security security) => Read(s =>
        {
            s.Add(symbol, security);
            return 0;
        });

        /// <summary>Adds a pair.</summary>
        public void Add(KeyValuePair<Symbol, Security> pair) => Add(pair.Key, pair.Value);

        /// <summary>The security of a symbol; throws when absent, as LEAN does.</summary>
        public override Security this[Symbol symbol]
        {
            get => TryGetValue(symbol, out var security)
                ? security
                : throw new KeyNotFoundException($"This asset symbol ({symbol}) was not found in your security list. Please add this security or check it exists before using it with 'Securities.ContainsKey(\"{symbol}\")'");
            set => Read(s => s[symbol] = value);
        }

        /// <summary>The number of securities.</summary>
        public override int Count => Read(s => s.Count);

        /// <summary>Whether the manager is read-only: never.</summary>
        public override bool IsReadOnly => false;

        /// <summary>The symbols.</summary>
        public ICollection<Symbol> Keys => Read(s => s.Keys.ToList());

        /// <summary>The securities.</summary>
        public ICollection<Security> Values => Read(s => s.Values.ToList());

        /// <inheritdoc />
        protected override IEnumerable<Symbol> GetKeys => Keys;

        /// <inheritdoc />
        protected override IEnumerable<Security> GetValues => Values;

        /// <inheritdoc />
        public override IEnumerable<KeyValuePair<Symbol, Security>> GetItems() => Read(s => s.ToList());

        /// <summary>Whether a symbol has a security.</summary>
        public override bool ContainsKey(Symbol symbol) => Read(s => s.ContainsKey(symbol));

        /// <summary>Finds the security of a symbol.</summary>
        public override bool TryGetValue(Symbol symbol, out Security security)
        {
            lock (_securities)
            {
                return _securities.TryGetValue(symbol, out security);
            }
        }

        /// <summary>Removes a security.</summary>
        public override bool Remove(Symbol symbol) => Read(s => s.Remove(symbol));

        /// <summary>Removes every security.</summary>
        public override void Clear() => Read(s =>
        {
            s.Clear();
            return 0;
        });

        /// <summary>
        /// A security for a benchmark symbol, not added to the manager, created as LEAN's security service creates
        /// it: exchange hours from the market-hours database, properties from the symbol-properties database (quoted
        /// in USD when it has no row), and a crypto pair's base currency resolved, all with LEAN's failures.
        /// </summary>
        /// <exception cref="ArgumentException">No market-hours entry, or a crypto pair whose base currency is unknown.</exception>
        public Security CreateBenchmarkSecurity(Symbol symbol)
        {
            var exchangeHours = MarketHoursDatabase.FromDataFolder().GetEntry(symbol.ID.Market, symbol, symbol.ID.SecurityType).ExchangeHours;
            var properties = SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(symbol.ID.Market, symbol, symbol.SecurityType, Currencies.USD);
            if (CurrencyPairUtil.IsValidSecurityType(symbol.SecurityType, false)
                && !CurrencyPairUtil.TryDecomposeCurrencyPair(symbol, out _, out _))
            {
                throw new ArgumentException($"Failed to resolve base currency for '{symbol.ID.Symbol}', it might be missing from the Symbol database or market '{symbol.ID.Market}' could be wrong");
            }
            return new Security(symbol, exchangeHours, new Cash(properties.QuoteCurrency, 0, 0), properties, ErrorCurrencyConverter.Instance,
                RegisteredSecurityDataTypesProvider.Null, new SecurityCache());
        }

        /// <summary>Whether a pair is present.</summary>
        public bool Contains(KeyValuePair<Symbol, Security> pair) => TryGetValue(pair.Key, out var security) && security == pair.Value;

        /// <summary>Copies the pairs to an array.</summary>
        public void CopyTo(KeyValuePair<Symbol, Security>[] array, int number) => Read(s => s.ToList()).CopyTo(array, number);

        /// <summary>Removes a pair.</summary>
        public bool Remove(KeyValuePair<Symbol, Security> pair) => Contains(pair) && Remove(pair.Key);

        IEnumerator<KeyValuePair<Symbol, Security>> IEnumerable<KeyValuePair<Symbol, Security>>.GetEnumerator() => GetItems().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetItems().GetEnumerator();

        private T Read<T>(Func<Dictionary<Symbol, Security>, T> read)
        {
            lock (_securities)
            {
                return read(_securities);
            }
        }
    }
}
