/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect
{
    /// <summary>
    /// A security's identifier plus its current ticker (stand-in for QuantConnect.Symbol).
    /// Equality is by <see cref="ID"/>.
    /// </summary>
    public sealed class Symbol : IEquatable<Symbol>, IComparable
    {
        /// <summary>The empty symbol.</summary>
        public static readonly Symbol Empty = new(SecurityIdentifier.Empty, string.Empty);
        /// <summary>The 'NONE' symbol.</summary>
        public static readonly Symbol None = new(SecurityIdentifier.None, "NONE");

        /// <summary>Creates a symbol from an identifier and ticker.</summary>
        public Symbol(SecurityIdentifier sid, string value)
        {
            ID = sid ?? throw new ArgumentNullException(nameof(sid));
            Value = value?.LazyToUpper() ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>Creates a symbol for a non-derivative security; crypto futures are perpetual.</summary>
        public static Symbol Create(string ticker, SecurityType securityType, string market, string alias = null, Type baseDataType = null)
        {
            var sid = securityType switch
            {
                SecurityType.Crypto => SecurityIdentifier.GenerateCrypto(ticker, market),
                SecurityType.CryptoFuture => SecurityIdentifier.GenerateCryptoFuture(SecurityIdentifier.DefaultDate, ticker, market),
                SecurityType.Equity => SecurityIdentifier.GenerateEquity(ticker, market),
                SecurityType.Forex => SecurityIdentifier.GenerateForex(ticker, market),
                SecurityType.Base => SecurityIdentifier.GenerateBase(baseDataType, ticker, market),
                _ => throw new NotImplementedException($"The security type has not been implemented yet: {securityType}"),
            };
            return new Symbol(sid, alias ?? ticker);
        }

        /// <summary>The current ticker.</summary>
        public string Value { get; private set; }
        /// <summary>The unique identifier.</summary>
        public SecurityIdentifier ID { get; private set; }
        /// <summary>The security type.</summary>
        public SecurityType SecurityType => ID.SecurityType;
        /// <summary>Whether there is an underlying symbol.</summary>
        public bool HasUnderlying => Underlying != null;
        /// <summary>The underlying symbol, if any.</summary>
        public Symbol Underlying { get; private set; }
        /// <summary>The canonical symbol (itself for non-derivatives).</summary>
        public Symbol Canonical => this;

        /// <summary>Whether this is a canonical (chain) symbol.</summary>
        public bool IsCanonical() => false;

        /// <summary>Identity by <see cref="ID"/>.</summary>
        public bool Equals(Symbol other) => other is not null && (ReferenceEquals(this, other) || ID.Equals(other.ID));

        /// <summary>Identity by <see cref="ID"/>.</summary>
        public override bool Equals(object obj) => obj is Symbol other && Equals(other);

        /// <summary>Hash of the identifier.</summary>
        public override int GetHashCode() => ID.GetHashCode();

        /// <summary>Orders by ticker.</summary>
        public int CompareTo(object obj)
            => obj is Symbol other ? string.Compare(Value, other.Value, StringComparison.Ordinal)
               : obj is string text ? string.Compare(Value, text, StringComparison.OrdinalIgnoreCase)
               : throw new ArgumentException("Object must be of type Symbol or string.");

        /// <summary>The ticker.</summary>
        public override string ToString() => Value;

        /// <summary>Whether the ticker contains a value.</summary>
        [Obsolete("Symbol.Contains is a pass-through for Symbol.Value.Contains")]
        public bool Contains(string value) => Value.Contains(value);
        /// <summary>Whether the ticker ends with a value.</summary>
        [Obsolete("Symbol.EndsWith is a pass-through for Symbol.Value.EndsWith")]
        public bool EndsWith(string value) => Value.EndsWith(value, StringComparison.Ordinal);
        /// <summary>Whether the ticker starts with a value.</summary>
        [Obsolete("Symbol.StartsWith is a pass-through for Symbol.Value.StartsWith")]
        public bool StartsWith(string value) => Value.StartsWith(value, StringComparison.Ordinal);
        /// <summary>The ticker in lower case.</summary>
        [Obsolete("Symbol.ToLower is a pass-through for Symbol.Value.ToLower")]
        public string ToLower() => Value.ToLowerInvariant();
        /// <summary>The ticker in upper case.</summary>
        [Obsolete("Symbol.ToUpper is a pass-through for Symbol.Value.ToUpper")]
        public string ToUpper() => Value.ToUpperInvariant();

        /// <summary>Equality by identifier.</summary>
        public static bool operator ==(Symbol left, Symbol right)
            => ReferenceEquals(left, right) || (left is not null && left.Equals(right));

        /// <summary>Inequality by identifier.</summary>
        public static bool operator !=(Symbol left, Symbol right) => !(left == right);
    }
}
