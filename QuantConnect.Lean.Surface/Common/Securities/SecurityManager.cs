using System.Collections;
using QuantConnect.Interfaces;

namespace QuantConnect.Securities
{
    /// <summary>The algorithm's securities by symbol (stand-in for QuantConnect.Securities.SecurityManager).</summary>
    public class SecurityManager : IDictionary<Symbol, Security>
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
        public void Add(Symbol symbol, Security security)
        {
            lock (_securities)
            {
                _securities.Add(symbol, security);
            }
        }

        /// <summary>The security of a symbol; throws when absent.</summary>
        public Security this[Symbol symbol]
        {
            get
            {
                lock (_securities)
                {
                    return _securities.TryGetValue(symbol, out var security)
                        ? security
                        : throw new KeyNotFoundException($"This asset symbol ({symbol}) was not found in your security list.");
                }
            }
            set
            {
                lock (_securities)
                {
                    _securities[symbol] = value;
                }
            }
        }

        /// <summary>The number of securities.</summary>
        public int Count
        {
            get
            {
                lock (_securities)
                {
                    return _securities.Count;
                }
            }
        }

        /// <summary>Whether the manager is read-only: never.</summary>
        public bool IsReadOnly => false;

        /// <summary>The symbols.</summary>
        public ICollection<Symbol> Keys
        {
            get
            {
                lock (_securities)
                {
                    return _securities.Keys.ToList();
                }
            }
        }

        /// <summary>The securities.</summary>
        public ICollection<Security> Values
        {
            get
            {
                lock (_securities)
                {
                    return _securities.Values.ToList();
                }
            }
        }

        /// <summary>Whether a symbol has a security.</summary>
        public bool ContainsKey(Symbol symbol)
        {
            lock (_securities)
            {
                return _securities.ContainsKey(symbol);
            }
        }

        /// <summary>Finds the security of a symbol.</summary>
        public bool TryGetValue(Symbol symbol, out Security security)
        {
            lock (_securities)
            {
                return _securities.TryGetValue(symbol, out security);
            }
        }

        /// <summary>Removes a security.</summary>
        public bool Remove(Symbol symbol)
        {
            lock (_securities)
            {
                return _securities.Remove(symbol);
            }
        }

        /// <summary>Removes every security.</summary>
        public void Clear()
        {
            lock (_securities)
            {
                _securities.Clear();
            }
        }

        /// <summary>
        /// A security for a benchmark symbol, not added to the manager. LEAN creates it through its security
        /// service, from the market-hours and symbol-properties databases, and adds its quote currency to the
        /// cash book. The stand-in has no such databases: the exchange is always open, a Crypto or CryptoFuture
        /// ticker is quoted in the currency it ends with (USDT, USDC or USD; otherwise it is refused, as LEAN
        /// refuses crypto missing from its database), a Forex pair in its second currency, anything else in USD.
        /// </summary>
        public Security CreateBenchmarkSecurity(Symbol symbol)
        {
            var quoteCurrency = BenchmarkQuoteCurrency(symbol);
            return new Security(symbol, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), new Cash(quoteCurrency, 0, 0),
                SymbolProperties.GetDefault(quoteCurrency), ErrorCurrencyConverter.Instance, RegisteredSecurityDataTypesProvider.Null,
                new SecurityCache());
        }

        private static string BenchmarkQuoteCurrency(Symbol symbol)
        {
            switch (symbol.SecurityType)
            {
                case SecurityType.Crypto:
                case SecurityType.CryptoFuture:
                    return new[] { "USDT", "USDC", Currencies.USD }.FirstOrDefault(currency => symbol.Value.EndsWith(currency, StringComparison.Ordinal))
                        ?? throw new ArgumentException($"Symbol can't be found in the Symbol Properties Database: {symbol.Value}");
                case SecurityType.Forex:
                    return symbol.Value.Substring(3);
                default:
                    return Currencies.USD;
            }
        }

        /// <summary>Adds a pair.</summary>
        public void Add(KeyValuePair<Symbol, Security> pair) => Add(pair.Key, pair.Value);

        /// <summary>Whether a pair is present.</summary>
        public bool Contains(KeyValuePair<Symbol, Security> pair) => TryGetValue(pair.Key, out var security) && security == pair.Value;

        /// <summary>Copies the pairs to an array.</summary>
        public void CopyTo(KeyValuePair<Symbol, Security>[] array, int arrayIndex)
        {
            lock (_securities)
            {
                ((ICollection<KeyValuePair<Symbol, Security>>)_securities).CopyTo(array, arrayIndex);
            }
        }

        /// <summary>Removes a pair.</summary>
        public bool Remove(KeyValuePair<Symbol, Security> pair) => Contains(pair) && Remove(pair.Key);

        /// <summary>A snapshot of the pairs.</summary>
        public IEnumerator<KeyValuePair<Symbol, Security>> GetEnumerator()
        {
            lock (_securities)
            {
                return _securities.ToList().GetEnumerator();
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
