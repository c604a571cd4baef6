/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Util
{
    /// <summary>
    /// Splits currency pairs into base and quote currency (stand-in for QuantConnect.Util.CurrencyPairUtil; a
    /// subset). Crypto, crypto futures and CFDs are split with the quote currency of the data-folder
    /// symbol-properties database, looked up with default quote currency USD: a ticker with no entry and not
    /// ending in "USD" (BTCUSDT with no row) cannot be split, which LEAN's SecurityService reports as
    /// "Failed to resolve base currency".
    /// </summary>
    public static class CurrencyPairUtil
    {
        // LEAN caches FromDataFolder() in a Lazy on first use; that is the same instance for the whole process
        // (LEAN refreshes it in place and resets it only in tests), so asking each time changes nothing but
        // lets tests that Reset the database see the new one.
        private static SymbolPropertiesDatabase Database => SymbolPropertiesDatabase.FromDataFolder();

        /// <summary>Splits a pair; false when the type has no currency pair or the ticker does not end in its quote currency.</summary>
        public static bool TryDecomposeCurrencyPair(Symbol currencyPair, out string baseCurrency, out string quoteCurrency)
        {
            baseCurrency = null;
            quoteCurrency = null;
            if (!IsValidSecurityType(currencyPair?.SecurityType, throwException: false))
            {
                return false;
            }
            try
            {
                DecomposeCurrencyPair(currencyPair, out baseCurrency, out quoteCurrency);
                return true;
            }
            catch
            {
                return false; // LEAN swallows every failure here
            }
        }

        /// <summary>Splits a pair: forex by position (3 + 3 letters), the others by their symbol-properties quote currency.</summary>
        /// <exception cref="ArgumentException">Null pair, a type without currency pairs, or a forex pair not of 6 letters.</exception>
        /// <exception cref="InvalidOperationException">The ticker does not end in its quote currency.</exception>
        public static void DecomposeCurrencyPair(Symbol currencyPair, out string baseCurrency, out string quoteCurrency, string defaultQuoteCurrency = Currencies.USD)
        {
            IsValidSecurityType(currencyPair?.SecurityType, throwException: true);
            if (currencyPair.SecurityType == SecurityType.Forex)
            {
                if (!IsForexDecomposable(currencyPair.Value))
                {
                    throw new ArgumentException($"Currency pairs must be exactly 6 characters: {currencyPair.Value}");
                }
                baseCurrency = currencyPair.Value.Substring(0, 3);
                quoteCurrency = currencyPair.Value.Substring(3);
                return;
            }

            var properties = Database.GetSymbolProperties(currencyPair.ID.Market, currencyPair, currencyPair.SecurityType, defaultQuoteCurrency);
            quoteCurrency = properties.QuoteCurrency;
            if (!currencyPair.Value.EndsWith(quoteCurrency, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"symbol doesn't end with {quoteCurrency}");
            }
            baseCurrency = currencyPair.Value.Substring(0, currencyPair.Value.Length - quoteCurrency.Length);
        }

        /// <summary>Whether a forex ticker can be split: exactly 6 characters.</summary>
        public static bool IsForexDecomposable(string currencyPair) => !string.IsNullOrEmpty(currencyPair) && currencyPair.Length == 6;

        /// <summary>Whether the type has currency pairs: Forex, Cfd, Crypto or CryptoFuture.</summary>
        /// <exception cref="ArgumentException">When <paramref name="throwException"/> and the type is null or another type.</exception>
        public static bool IsValidSecurityType(SecurityType? securityType, bool throwException)
        {
            if (securityType == null)
            {
                return throwException ? throw new ArgumentException("Currency pair must not be null") : false;
            }
            if (securityType is not (SecurityType.Forex or SecurityType.Cfd or SecurityType.Crypto or SecurityType.CryptoFuture))
            {
                return throwException ? throw new ArgumentException($"Unsupported security type: {securityType}") : false;
            }
            return true;
        }
    }
}
