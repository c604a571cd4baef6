/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;
using System.Globalization;

namespace QuantConnect
{
    /// <summary>
    /// Identifies a security uniquely (stand-in for QuantConnect.SecurityIdentifier). LEAN packs these
    /// fields into a base-36 code; this stand-in keeps them as fields, which is all the plugin reads.
    /// </summary>
    public class SecurityIdentifier : IEquatable<SecurityIdentifier>
    {
        /// <summary>The empty identifier.</summary>
        public static readonly SecurityIdentifier Empty = new(string.Empty, 0, SecurityType.Base, default);
        /// <summary>The 'NONE' identifier.</summary>
        public static readonly SecurityIdentifier None = new("NONE", 0, SecurityType.Base, default);
        /// <summary>The date used for securities without one.</summary>
        public static readonly DateTime DefaultDate = DateTime.FromOADate(0);

        private readonly int _marketCode;

        private SecurityIdentifier(string symbol, int marketCode, SecurityType securityType, DateTime date)
        {
            Symbol = symbol;
            _marketCode = marketCode;
            SecurityType = securityType;
            Date = date;
        }

        /// <summary>The market.</summary>
        public string Market => QuantConnect.Market.Decode(_marketCode);
        /// <summary>The security type.</summary>
        public SecurityType SecurityType { get; }
        /// <summary>The date (expiry for futures, listing date otherwise).</summary>
        public DateTime Date { get; }
        /// <summary>The ticker at the time of creation.</summary>
        public string Symbol { get; }

        /// <summary>Creates the identifier of a crypto pair.</summary>
        public static SecurityIdentifier GenerateCrypto(string symbol, string market)
            => new(symbol.LazyToUpper(), EncodeMarket(market), SecurityType.Crypto, DefaultDate);

        /// <summary>Creates the identifier of a crypto future (perpetuals use <see cref="DefaultDate"/>).</summary>
        public static SecurityIdentifier GenerateCryptoFuture(DateTime expiry, string symbol, string market)
            => new(symbol.LazyToUpper(), EncodeMarket(market), SecurityType.CryptoFuture, expiry);

        /// <summary>Creates the identifier of an equity.</summary>
        public static SecurityIdentifier GenerateEquity(string symbol, string market, bool mapSymbol = true,
            IMapFileProvider mapFileProvider = null, DateTime? mappingResolveDate = null)
            => new(symbol.LazyToUpper(), EncodeMarket(market), SecurityType.Equity, DefaultDate);

        /// <summary>Creates the identifier of a forex pair.</summary>
        public static SecurityIdentifier GenerateForex(string symbol, string market)
            => new(symbol.LazyToUpper(), EncodeMarket(market), SecurityType.Forex, DefaultDate);

        /// <summary>Creates the identifier of a base (custom data) security.</summary>
        public static SecurityIdentifier GenerateBase(Type dataType, string symbol, string market, bool mapSymbol = false, DateTime? date = null)
            => new(symbol.LazyToUpper(), EncodeMarket(market), SecurityType.Base, DefaultDate);

        /// <summary>Parses the form written by <see cref="ToString"/>.</summary>
        public static SecurityIdentifier Parse(string value)
        {
            if (!TryParse(value, out var identifier))
            {
                throw new FormatException($"'{value}' is not a valid security identifier.");
            }
            return identifier;
        }

        /// <summary>Tries to parse the form written by <see cref="ToString"/>.</summary>
        public static bool TryParse(string value, out SecurityIdentifier identifier)
        {
            identifier = null;
            var parts = value?.Split(' ');
            if (parts == null || parts.Length != 4
                || !Enum.TryParse<SecurityType>(parts[2], true, out var securityType)
                || QuantConnect.Market.Encode(parts[1]) is not int code
                || !DateTime.TryParseExact(parts[3], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }
            identifier = new SecurityIdentifier(parts[0], code, securityType, date);
            return true;
        }

        /// <summary>Value equality.</summary>
        public bool Equals(SecurityIdentifier other)
            => other is not null && Symbol == other.Symbol && _marketCode == other._marketCode
               && SecurityType == other.SecurityType && Date == other.Date;

        /// <summary>Value equality.</summary>
        public override bool Equals(object obj) => Equals(obj as SecurityIdentifier);

        /// <summary>Hash of every field.</summary>
        public override int GetHashCode() => HashCode.Combine(Symbol, _marketCode, SecurityType, Date);

        /// <summary>Equality operator.</summary>
        public static bool operator ==(SecurityIdentifier left, SecurityIdentifier right)
            => ReferenceEquals(left, right) || (left is not null && left.Equals(right));

        /// <summary>Inequality operator.</summary>
        public static bool operator !=(SecurityIdentifier left, SecurityIdentifier right) => !(left == right);

        /// <summary>A readable, parseable form: ticker, market, type and date.</summary>
        public override string ToString()
            => string.IsNullOrEmpty(Symbol) ? string.Empty
               : $"{Symbol} {Market} {SecurityType} {Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

        private static int EncodeMarket(string market)
            => QuantConnect.Market.Encode(market)
               ?? throw new ArgumentOutOfRangeException(nameof(market),
                   $"The specified market wasn't found in the markets lookup. Requested: {market}. You can add markets by calling QuantConnect.Market.Add(string,int)");
    }
}
