/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>An amount of a currency (stand-in for QuantConnect.Securities.CashAmount).</summary>
    public struct CashAmount
    {
        /// <summary>The amount.</summary>
        public decimal Amount { get; }
        /// <summary>The currency code.</summary>
        public string Currency { get; }

        /// <summary>Creates an amount.</summary>
        public CashAmount(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency?.ToUpperInvariant() ?? throw new ArgumentNullException(nameof(currency));
        }

        /// <summary>Value equality.</summary>
        public override bool Equals(object obj) => obj is CashAmount other && Amount == other.Amount && Currency == other.Currency;
        /// <summary>Hash of both fields.</summary>
        public override int GetHashCode() => HashCode.Combine(Amount, Currency);
        /// <summary>Equality.</summary>
        public static bool operator ==(CashAmount lhs, CashAmount rhs) => lhs.Equals((object)rhs);
        /// <summary>Inequality.</summary>
        public static bool operator !=(CashAmount lhs, CashAmount rhs) => !lhs.Equals((object)rhs);
    }
}
