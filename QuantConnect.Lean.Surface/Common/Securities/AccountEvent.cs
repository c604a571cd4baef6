/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>A change of cash reported by a brokerage (stand-in for QuantConnect.Securities.AccountEvent).</summary>
    public class AccountEvent
    {
        /// <summary>The new cash balance.</summary>
        public decimal CashBalance { get; private set; }
        /// <summary>The currency.</summary>
        public string CurrencySymbol { get; private set; }

        /// <summary>Creates an account event.</summary>
        public AccountEvent(string currencySymbol, decimal cashBalance)
        {
            CashBalance = cashBalance;
            CurrencySymbol = currencySymbol;
        }

        /// <summary>Currency and balance.</summary>
        public override string ToString() => FormattableString.Invariant($"Account {CurrencySymbol} Balance: {CashBalance:0.00}");
    }
}
