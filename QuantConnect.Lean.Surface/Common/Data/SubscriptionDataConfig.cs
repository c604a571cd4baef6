/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using NodaTime;

namespace QuantConnect.Data
{
    /// <summary>
    /// What one data subscription delivers: symbol, data type, resolution, tick type and time zones
    /// (stand-in for QuantConnect.Data.SubscriptionDataConfig; consolidators are not modelled).
    /// </summary>
    public class SubscriptionDataConfig : IEquatable<SubscriptionDataConfig>
    {
        /// <summary>Creates a configuration.</summary>
        public SubscriptionDataConfig(Type objectType, Symbol symbol, Resolution resolution, DateTimeZone dataTimeZone,
            DateTimeZone exchangeTimeZone, bool fillForward, bool extendedHours, bool isInternalFeed, bool isCustom = false,
            TickType? tickType = null, bool isFilteredSubscription = true,
            DataNormalizationMode dataNormalizationMode = DataNormalizationMode.Adjusted,
            DataMappingMode dataMappingMode = DataMappingMode.OpenInterest, uint contractDepthOffset = 0, bool mappedConfig = false)
        {
            if (objectType == null)
            {
                throw new ArgumentNullException(nameof(objectType));
            }
            if (symbol == null)
            {
                throw new ArgumentNullException(nameof(symbol));
            }
            if (dataTimeZone == null)
            {
                throw new ArgumentNullException(nameof(dataTimeZone));
            }
            if (exchangeTimeZone == null)
            {
                throw new ArgumentNullException(nameof(exchangeTimeZone));
            }
            Type = objectType;
            Symbol = symbol;
            Resolution = resolution;
            DataTimeZone = dataTimeZone;
            ExchangeTimeZone = exchangeTimeZone;
            FillDataForward = fillForward;
            ExtendedMarketHours = extendedHours;
            IsInternalFeed = isInternalFeed;
            IsCustomData = isCustom;
            IsFilteredSubscription = isFilteredSubscription;
            DataNormalizationMode = dataNormalizationMode;
            DataMappingMode = dataMappingMode;
            ContractDepthOffset = contractDepthOffset;
            TickType = tickType ?? TickTypeOf(objectType);
            Increment = IncrementOf(resolution);
            PriceScaleFactor = 1;
            MappedSymbol = symbol.ID.Symbol;
        }

        /// <summary>The data type.</summary>
        public Type Type { get; }
        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; private set; }
        /// <summary>The security type.</summary>
        public SecurityType SecurityType => Symbol.SecurityType;
        /// <summary>The market.</summary>
        public string Market => Symbol.ID.Market;
        /// <summary>The tick type.</summary>
        public TickType TickType { get; }
        /// <summary>The resolution.</summary>
        public Resolution Resolution { get; }
        /// <summary>The bar period of the resolution (zero for ticks).</summary>
        public TimeSpan Increment { get; }
        /// <summary>Whether missing bars are filled forward.</summary>
        public bool FillDataForward { get; }
        /// <summary>Whether extended market hours are included.</summary>
        public bool ExtendedMarketHours { get; }
        /// <summary>Whether LEAN subscribed internally rather than the user.</summary>
        public bool IsInternalFeed { get; }
        /// <summary>Whether the data is custom.</summary>
        public bool IsCustomData { get; }
        /// <summary>Whether data passes the security's filter.</summary>
        public bool IsFilteredSubscription { get; }
        /// <summary>The time zone of the data.</summary>
        public DateTimeZone DataTimeZone { get; }
        /// <summary>The exchange's time zone.</summary>
        public DateTimeZone ExchangeTimeZone { get; }
        /// <summary>The price normalization.</summary>
        public DataNormalizationMode DataNormalizationMode { get; set; }
        /// <summary>The contract mapping of continuous futures.</summary>
        public DataMappingMode DataMappingMode { get; }
        /// <summary>The contract depth of continuous futures.</summary>
        public uint ContractDepthOffset { get; }
        /// <summary>The price scale factor.</summary>
        public decimal PriceScaleFactor { get; set; }
        /// <summary>The sum of dividends.</summary>
        public decimal SumOfDividends { get; set; }
        /// <summary>The ticker the data is stored under.</summary>
        public string MappedSymbol { get; set; }

        /// <summary>Value equality over the subscription's identity.</summary>
        public bool Equals(SubscriptionDataConfig other)
        {
            if (other is null)
            {
                return false;
            }
            if (ReferenceEquals(this, other))
            {
                return true;
            }
            return Symbol.Equals(other.Symbol) && Type == other.Type && TickType == other.TickType && Resolution == other.Resolution
                && FillDataForward == other.FillDataForward && ExtendedMarketHours == other.ExtendedMarketHours
                && IsInternalFeed == other.IsInternalFeed && IsCustomData == other.IsCustomData
                && DataTimeZone.Equals(other.DataTimeZone) && ExchangeTimeZone.Equals(other.ExchangeTimeZone)
                && DataMappingMode == other.DataMappingMode && ContractDepthOffset == other.ContractDepthOffset
                && IsFilteredSubscription == other.IsFilteredSubscription;
        }

        /// <summary>Value equality over the subscription's identity.</summary>
        public override bool Equals(object obj) => Equals(obj as SubscriptionDataConfig);

        /// <summary>Hash of the subscription's identity.</summary>
        public override int GetHashCode() => HashCode.Combine(Symbol, Type, TickType, Resolution, IsInternalFeed, DataMappingMode, ContractDepthOffset);

        /// <summary>Equality.</summary>
        public static bool operator ==(SubscriptionDataConfig left, SubscriptionDataConfig right)
            => ReferenceEquals(left, right) || (left is not null && left.Equals(right));

        /// <summary>Inequality.</summary>
        public static bool operator !=(SubscriptionDataConfig left, SubscriptionDataConfig right) => !(left == right);

        /// <summary>Symbol, resolution, type and tick type.</summary>
        public override string ToString()
            => string.Join(",", Symbol.Value, ContractDepthOffset.ToString(CultureInfo.InvariantCulture), MappedSymbol, Resolution,
                Type.Name, TickType, DataNormalizationMode) + (IsInternalFeed ? ",Internal" : string.Empty);

        private static TickType TickTypeOf(Type objectType) => objectType.Name switch
        {
            "QuoteBar" => TickType.Quote,
            "OpenInterest" => TickType.OpenInterest,
            _ => TickType.Trade
        };

        private static TimeSpan IncrementOf(Resolution resolution) => resolution switch
        {
            Resolution.Tick => TimeSpan.Zero,
            Resolution.Second => TimeSpan.FromSeconds(1),
            Resolution.Minute => TimeSpan.FromMinutes(1),
            Resolution.Hour => TimeSpan.FromHours(1),
            Resolution.Daily => TimeSpan.FromDays(1),
            _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, null)
        };
    }
}
