/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>A security's holding (stand-in for QuantConnect.Securities.SecurityHolding; quantity only).</summary>
    public class SecurityHolding
    {
        /// <summary>Creates an empty holding of a security.</summary>
        public SecurityHolding(Security security, ICurrencyConverter currencyConverter)
        {
            Symbol = security.Symbol;
        }

        /// <summary>The held symbol.</summary>
        public Symbol Symbol { get; }

        /// <summary>The quantity held.</summary>
        public decimal Quantity { get; protected set; }
    }
}
