/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>An amount of one currency held by the algorithm (stand-in for QuantConnect.Securities.Cash).</summary>
    public class Cash
    {
        /// <summary>The currency code.</summary>
        public string Symbol { get; }

        /// <summary>The amount held.</summary>
        public decimal Amount { get; private set; }

        /// <summary>Rate to the account currency.</summary>
        public decimal ConversionRate { get; internal set; }

        /// <summary>The currency's display symbol.</summary>
        public string CurrencySymbol { get; }

        /// <summary>The amount in the account currency.</summary>
        public decimal ValueInAccountCurrency => Amount * ConversionRate;

        /// <summary>Creates a cash entry.</summary>
        public Cash(string symbol, decimal amount, decimal conversionRate)
        {
            if (string.IsNullOrWhiteSpace(symbol))
            {
                throw new ArgumentException("Cash symbols cannot be null or empty.");
            }
            Symbol = symbol.LazyToUpper();
            Amount = amount;
            ConversionRate = conversionRate;
            CurrencySymbol = Symbol == Currencies.USD ? "$" : string.Empty;
        }

        /// <summary>Adds to the amount and returns the new amount.</summary>
        public decimal AddAmount(decimal amount)
        {
            Amount += amount;
            return Amount;
        }

        /// <summary>Sets the amount.</summary>
        public void SetAmount(decimal amount)
        {
            Amount = amount;
        }

        /// <summary>Currency, amount and rate.</summary>
        public override string ToString() => FormattableString.Invariant($"{Symbol}: {Amount} @ {ConversionRate}");
    }
}
