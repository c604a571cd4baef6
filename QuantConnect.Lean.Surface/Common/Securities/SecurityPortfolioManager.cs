using QuantConnect.Interfaces;

namespace QuantConnect.Securities
{
    /// <summary>
    /// The algorithm's portfolio (stand-in for QuantConnect.Securities.SecurityPortfolioManager; only cash
    /// is modelled).
    /// </summary>
    public class SecurityPortfolioManager
    {
        /// <summary>Creates a portfolio with an empty cash book.</summary>
        public SecurityPortfolioManager(SecurityManager securityManager, SecurityTransactionManager transactions,
            IAlgorithmSettings algorithmSettings, IOrderProperties defaultOrderProperties = null)
        {
            Securities = securityManager;
            Transactions = transactions;
            CashBook = new CashBook();
        }

        /// <summary>The securities.</summary>
        public SecurityManager Securities { get; }

        /// <summary>The orders.</summary>
        public SecurityTransactionManager Transactions { get; }

        /// <summary>Cash per currency.</summary>
        public CashBook CashBook { get; }

        /// <summary>Cash in the account currency.</summary>
        public decimal Cash => CashBook[CashBook.AccountCurrency].Amount;

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
