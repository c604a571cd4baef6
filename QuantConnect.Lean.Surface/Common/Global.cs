/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect
{
    /// <summary>Types of tradable securities.</summary>
    public enum SecurityType
    {
        Base, Equity, Option, Commodity, Forex, Future, Cfd, Crypto, FutureOption, Index, IndexOption, CryptoFuture
    }

    /// <summary>Types of market data ticks.</summary>
    public enum TickType
    {
        Trade, Quote, OpenInterest
    }

    /// <summary>How a data writer treats a file that already exists.</summary>
    public enum WritePolicy
    {
        /// <summary>The file's entry is replaced by the new data.</summary>
        Overwrite = 0,
        /// <summary>The new data is merged into the entry's lines, a new line replacing the stored one of the same time.</summary>
        Merge = 1,
        /// <summary>The new lines are appended to the entry.</summary>
        Append = 2
    }

    /// <summary>Data resolutions.</summary>
    public enum Resolution
    {
        Tick, Second, Minute, Hour, Daily
    }

    /// <summary>Option rights.</summary>
    public enum OptionRight
    {
        Call, Put
    }

    /// <summary>Account types.</summary>
    public enum AccountType
    {
        Margin, Cash
    }

    /// <summary>How prices are adjusted for corporate actions and contract rolls.</summary>
    public enum DataNormalizationMode
    {
        Raw, Adjusted, SplitAdjusted, TotalReturn, ForwardPanamaCanal, BackwardsPanamaCanal, BackwardsRatio, ScaledRaw
    }

    /// <summary>When a continuous future rolls to the next contract.</summary>
    public enum DataMappingMode
    {
        LastTradingDay, FirstDayMonth, OpenInterest, OpenInterestAnnual
    }

    /// <summary>Side of a position.</summary>
    public enum PositionSide
    {
        Short = -1, None = 0, Long = 1
    }

    /// <summary>
    /// A brokerage's view of one security's holdings (stand-in for LEAN's QuantConnect.Holding).
    /// </summary>
    public class Holding
    {
        /// <summary>The held symbol.</summary>
        public Symbol Symbol { get; set; } = Symbol.Empty;
        /// <summary>Its security type.</summary>
        public SecurityType Type => Symbol.SecurityType;
        /// <summary>Currency of the prices.</summary>
        public string CurrencySymbol { get; set; }
        /// <summary>Average entry price.</summary>
        public decimal AveragePrice { get; set; }
        /// <summary>Signed quantity.</summary>
        public decimal Quantity { get; set; }
        /// <summary>Last market price.</summary>
        public decimal MarketPrice { get; set; }
        /// <summary>Conversion rate to the account currency.</summary>
        public decimal? ConversionRate { get; set; }
        /// <summary>Market value.</summary>
        public decimal MarketValue { get; set; }
        /// <summary>Unrealized profit.</summary>
        public decimal UnrealizedPnL { get; set; }
        /// <summary>Unrealized profit in percent.</summary>
        public decimal UnrealizedPnLPercent { get; set; }

        /// <summary>Creates an empty holding.</summary>
        public Holding()
        {
            CurrencySymbol = "$";
        }

        /// <summary>Creates the holding of a security at its current price.</summary>
        public Holding(Security security)
            : this()
        {
            Symbol = security.Symbol;
            CurrencySymbol = security.QuoteCurrency?.CurrencySymbol ?? CurrencySymbol;
            MarketPrice = security.Price;
            ConversionRate = security.QuoteCurrency?.ConversionRate;
        }

        /// <summary>Copies this holding.</summary>
        public Holding Clone() => (Holding)MemberwiseClone();

        /// <summary>A readable summary.</summary>
        public override string ToString()
            => FormattableString.Invariant($"{Symbol.Value}: {Quantity} @ {CurrencySymbol}{AveragePrice} - Market: {CurrencySymbol}{MarketPrice}");
    }

    /// <summary>Currency helpers (stand-in for QuantConnect.Currencies).</summary>
    public static class Currencies
    {
        /// <summary>USD.</summary>
        public const string USD = "USD";
        /// <summary>The currency of an amount that has none.</summary>
        public const string NullCurrency = "QCC";
    }
}
