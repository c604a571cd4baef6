/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>
    /// A security's trading properties, one row of LEAN's symbol-properties database
    /// (stand-in for QuantConnect.Securities.SymbolProperties).
    /// </summary>
    public class SymbolProperties
    {
        /// <summary>The description.</summary>
        public string Description { get; }

        /// <summary>The quote currency.</summary>
        public string QuoteCurrency { get; }

        /// <summary>Units of the underlying per contract.</summary>
        public virtual decimal ContractMultiplier { get; internal set; }

        /// <summary>The tick size.</summary>
        public virtual decimal MinimumPriceVariation { get; }

        /// <summary>The quantity step.</summary>
        public decimal LotSize { get; }

        /// <summary>The exchange's ticker.</summary>
        public string MarketTicker { get; }

        /// <summary>The smallest order quantity, if any.</summary>
        public decimal? MinimumOrderSize { get; }

        /// <summary>Divisor that turns exchange prices into LEAN prices.</summary>
        public decimal PriceMagnifier { get; }

        /// <summary>Multiplier of option strikes.</summary>
        public decimal StrikeMultiplier { get; }

        /// <summary>Creates the properties; lot size, price magnifier and strike multiplier must be positive.</summary>
        public SymbolProperties(string description, string quoteCurrency, decimal contractMultiplier, decimal minimumPriceVariation,
            decimal lotSize, string marketTicker, decimal? minimumOrderSize = null, decimal priceMagnifier = 1, decimal strikeMultiplier = 1)
        {
            if (lotSize <= 0)
            {
                throw new ArgumentException("SymbolProperties LotSize can not be less than or equal to 0");
            }
            if (priceMagnifier <= 0)
            {
                throw new ArgumentException("SymbolProperties PriceMagnifier can not be less than or equal to 0");
            }
            if (strikeMultiplier <= 0)
            {
                throw new ArgumentException("SymbolProperties StrikeMultiplier can not be less than or equal to 0");
            }
            Description = description;
            QuoteCurrency = quoteCurrency;
            ContractMultiplier = contractMultiplier;
            MinimumPriceVariation = minimumPriceVariation;
            LotSize = lotSize;
            MarketTicker = marketTicker;
            MinimumOrderSize = minimumOrderSize;
            PriceMagnifier = priceMagnifier;
            StrikeMultiplier = strikeMultiplier;
        }

        /// <summary>
        /// The properties as the fields after market, symbol and type of a symbol-properties-database.csv row (an empty
        /// field for a missing market ticker, minimum order size or a price magnifier of 1; no strike multiplier).
        /// </summary>
        public override string ToString()
        {
            var marketTicker = string.IsNullOrEmpty(MarketTicker) ? "," : $",{MarketTicker}";
            var minimumOrderSize = MinimumOrderSize != null ? FormattableString.Invariant($",{MinimumOrderSize}") : ",";
            var priceMagnifier = PriceMagnifier != 1 ? FormattableString.Invariant($",{PriceMagnifier}") : ",";
            return FormattableString.Invariant($"{Description},{QuoteCurrency},{ContractMultiplier},{MinimumPriceVariation},{LotSize}{marketTicker}{minimumOrderSize}{priceMagnifier}");
        }

        /// <summary>Default properties for a quote currency: multiplier 1, tick 0.01, lot 1.</summary>
        public static SymbolProperties GetDefault(string quoteCurrency)
            => new(string.Empty, quoteCurrency.LazyToUpper(), 1, 0.01m, 1, string.Empty);
    }
}
