/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc.Tests.LeanStartup
{
    /// <summary>
    /// What LEAN does to create a security at start-up, through LEAN's public API and in LEAN's order:
    /// QCAlgorithm.AddCryptoFuture subscribes (SubscriptionManager reads the market-hours entry for the time
    /// zones) and then, like BrokerageSetupHandler for every reconciled holding and open order, calls
    /// SecurityService.CreateSecurity: market-hours entry, symbol properties with the account currency as
    /// default quote currency, quote and base currency in the cash book, the security.
    /// </summary>
    internal static class LeanSecurityCreation
    {
        /// <summary>QCAlgorithm.AddCryptoFuture(ticker, market: market).</summary>
        public static Security AddCryptoFuture(string ticker, string market, CashBook cashBook)
        {
            var symbol = Symbol.Create(ticker, SecurityType.CryptoFuture, market);
            // SubscriptionManager.Add: the subscription's exchange and data time zones come from the entry
            MarketHoursDatabase.FromDataFolder().GetEntry(symbol.ID.Market, symbol, symbol.ID.SecurityType);
            return CreateSecurity(symbol, cashBook);
        }

        /// <summary>SecurityService.CreateSecurity for a symbol that has no security yet.</summary>
        /// <exception cref="ArgumentException">No market-hours entry, or no base currency (LEAN's messages).</exception>
        public static Security CreateSecurity(Symbol symbol, CashBook cashBook)
        {
            var exchangeHours = MarketHoursDatabase.FromDataFolder().GetEntry(symbol.ID.Market, symbol, symbol.ID.SecurityType).ExchangeHours;
            var properties = SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(symbol.ID.Market, symbol, symbol.SecurityType, cashBook.AccountCurrency);
            if (!cashBook.TryGetValue(properties.QuoteCurrency, out var quoteCash))
            {
                quoteCash = cashBook.Add(properties.QuoteCurrency, 0, 0);
            }
            if (CurrencyPairUtil.TryDecomposeCurrencyPair(symbol, out var baseCurrency, out _))
            {
                if (!cashBook.ContainsKey(baseCurrency))
                {
                    cashBook.Add(baseCurrency, 0, 0);
                }
            }
            else if (CurrencyPairUtil.IsValidSecurityType(symbol.SecurityType, false))
            {
                // SecurityService's own words
                throw new ArgumentException($"Failed to resolve base currency for '{symbol.ID.Symbol}', it might be missing from the Symbol database or market '{symbol.ID.Market}' could be wrong");
            }
            return new Security(symbol, exchangeHours, quoteCash, properties, cashBook, RegisteredSecurityDataTypesProvider.Null, new SecurityCache());
        }

        /// <summary>The cash book of a BTCC algorithm: LEAN takes the brokerage's account currency, USDT.</summary>
        public static CashBook BtccCashBook()
        {
            var cashBook = new CashBook { AccountCurrency = BtccBrokerage.AccountCurrency };
            cashBook.Add(BtccBrokerage.AccountCurrency, 0, 1);
            return cashBook;
        }
    }
}
