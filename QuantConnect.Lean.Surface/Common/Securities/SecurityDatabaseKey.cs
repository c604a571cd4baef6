/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Securities
{
    /// <summary>
    /// The key of one entry of the market-hours or symbol-properties database: market, symbol and
    /// security type (stand-in for QuantConnect.Securities.SecurityDatabaseKey). A null or empty market
    /// or symbol becomes <see cref="Wildcard"/>; market and symbol compare case-insensitively.
    /// </summary>
    public class SecurityDatabaseKey : IEquatable<SecurityDatabaseKey>
    {
        /// <summary>The market or symbol that matches every market or symbol.</summary>
        public const string Wildcard = "[*]";

        /// <summary>The market, or <see cref="Wildcard"/>.</summary>
        public string Market { get; init; }

        /// <summary>The symbol, or <see cref="Wildcard"/>.</summary>
        public string Symbol { get; init; }

        /// <summary>The security type.</summary>
        public SecurityType SecurityType { get; init; }

        /// <summary>Creates a key; null or empty market or symbol stands for every one.</summary>
        public SecurityDatabaseKey(string market, string symbol, SecurityType securityType)
        {
            Market = string.IsNullOrEmpty(market) ? Wildcard : market;
            SecurityType = securityType;
            Symbol = string.IsNullOrEmpty(symbol) ? Wildcard : symbol;
        }

        /// <summary>The key of the same market and security type for every symbol.</summary>
        public SecurityDatabaseKey CreateCommonKey() => new(Market, null, SecurityType);

        /// <summary>Equal market and symbol (ignoring case) and security type.</summary>
        public bool Equals(SecurityDatabaseKey other)
        {
            if (other is null) return false;
            if (ReferenceEquals(this, other)) return true;
            return Market.Equals(other.Market, StringComparison.OrdinalIgnoreCase)
                && Symbol.Equals(other.Symbol, StringComparison.OrdinalIgnoreCase)
                && SecurityType == other.SecurityType;
        }

        /// <summary>Equality with another key of the same type.</summary>
        public override bool Equals(object obj)
            => obj is not null && (ReferenceEquals(this, obj) || obj.GetType() == GetType() && Equals((SecurityDatabaseKey)obj));

        /// <summary>A hash consistent with the case-insensitive equality.</summary>
        public override int GetHashCode() => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(Market), StringComparer.OrdinalIgnoreCase.GetHashCode(Symbol), SecurityType);

        /// <summary>Equality of two keys.</summary>
        public static bool operator ==(SecurityDatabaseKey left, SecurityDatabaseKey right) => Equals(left, right);

        /// <summary>Inequality of two keys.</summary>
        public static bool operator !=(SecurityDatabaseKey left, SecurityDatabaseKey right) => !Equals(left, right);

        /// <summary><c>SecurityType-market-symbol</c>, as LEAN's error messages show a key.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SecurityType}-{Market}-{Symbol}");
    }
}
