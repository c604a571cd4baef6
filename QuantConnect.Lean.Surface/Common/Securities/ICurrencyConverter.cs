/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>Converts amounts to the account currency (stand-in for QuantConnect.Securities.ICurrencyConverter).</summary>
    public interface ICurrencyConverter
    {
        /// <summary>The account currency.</summary>
        string AccountCurrency { get; }

        /// <summary>Converts an amount to the account currency.</summary>
        CashAmount ConvertToAccountCurrency(CashAmount cashAmount);
    }

    /// <summary>A converter that refuses to convert (stand-in for QuantConnect.Securities.ErrorCurrencyConverter).</summary>
    public class ErrorCurrencyConverter : ICurrencyConverter
    {
        /// <summary>The single instance.</summary>
        public static ICurrencyConverter Instance = new ErrorCurrencyConverter();

        private ErrorCurrencyConverter()
        {
        }

        /// <summary>Always throws.</summary>
        public string AccountCurrency => throw new InvalidOperationException("Unexpected usage of ErrorCurrencyConverter.AccountCurrency");

        /// <summary>Always throws.</summary>
        public CashAmount ConvertToAccountCurrency(CashAmount cashAmount)
            => throw new InvalidOperationException("This method purposefully throws as a proof that a test does not depend on a currency converter.");
    }
}
