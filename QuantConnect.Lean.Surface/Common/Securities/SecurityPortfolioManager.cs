/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;

namespace QuantConnect.Securities
{
    /// <summary>
    /// The algorithm's portfolio (stand-in for QuantConnect.Securities.SecurityPortfolioManager; only cash is
    /// modelled, holdings stay empty).
    /// </summary>
    public class SecurityPortfolioManager : ExtendedDictionary<Symbol, SecurityHolding>
    {
        private readonly Dictionary<Symbol, SecurityHolding> _holdings = new();

        /// <summary>Creates a portfolio with an empty cash book.</summary>
        public SecurityPortfolioManager(SecurityManager securityManager, SecurityTransactionManager transactions,
            IAlgorithmSettings algorithmSettings, IOrderProperties defaultOrderProperties = null)
        {
            Securities = securityManager;
            Transactions = transactions;
            CashBook = new CashBook();
        }

        /// <summary>The securities.</summary>
        public SecurityManager Securities { get; init; }

        /// <summary>The orders.</summary>
        public SecurityTransactionManager Transactions { get; init; }

        /// <summary>Cash per currency.</summary>
        public CashBook CashBook { get; }

        /// <summary>Cash in the account currency.</summary>
        public decimal Cash => CashBook[CashBook.AccountCurrency].Amount;

        /// <inheritdoc />
        public override int Count => _holdings.Count;

        /// <inheritdoc />
        public override SecurityHolding this[Symbol symbol]
        {
            get => _holdings[symbol];
            set => _holdings[symbol] = value;
        }

        /// <inheritdoc />
        protected override IEnumerable<Symbol> GetKeys => _holdings.Keys;

        /// <inheritdoc />
        protected override IEnumerable<SecurityHolding> GetValues => _holdings.Values;

        /// <inheritdoc />
        public override IEnumerable<KeyValuePair<Symbol, SecurityHolding>> GetItems() => _holdings;

        /// <inheritdoc />
        public override bool TryGetValue(Symbol symbol, out SecurityHolding holding) => _holdings.TryGetValue(symbol, out holding);

        /// <summary>Sets the cash of the account currency.</summary>
        public void SetCash(decimal cash) => CashBook[CashBook.AccountCurrency].SetAmount(cash);

        /// <summary>Sets the cash of a currency.</summary>
        public void SetCash(string symbol, decimal cash, decimal conversionRate)
        {
            if (CashBook.TryGetValue(symbol, out var existing))
            {
                existing.SetAmount(cash);
                existing.ConversionRate = conversionRate;
                return;
            }
            CashBook.Add(symbol, cash, conversionRate);
        }
    }
}
