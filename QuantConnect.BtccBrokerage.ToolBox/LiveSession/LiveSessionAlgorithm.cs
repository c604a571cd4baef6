using QuantConnect.Brokerages;
using QuantConnect.Interfaces;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The algorithm a brokerage factory is given, reduced to what a brokerage reads: securities, transactions,
    /// portfolio, brokerage model, live mode and the wall clock.
    /// </summary>
    internal sealed class LiveSessionAlgorithm : IAlgorithm, ITimeKeeper
    {
        /// <summary>Creates the algorithm with an empty portfolio; the brokerage model is set once the factory made it.</summary>
        public LiveSessionAlgorithm()
        {
            Securities = new SecurityManager(this);
            Transactions = new SecurityTransactionManager(this, Securities);
            Portfolio = new SecurityPortfolioManager(Securities, Transactions, new Settings());
            BrokerageModel = new DefaultBrokerageModel();
        }

        /// <inheritdoc />
        public SecurityManager Securities { get; }

        /// <inheritdoc />
        public SecurityTransactionManager Transactions { get; }

        /// <inheritdoc />
        public SecurityPortfolioManager Portfolio { get; }

        /// <inheritdoc />
        public IBrokerageModel BrokerageModel { get; set; }

        /// <summary>Always live.</summary>
        public bool LiveMode => true;

        /// <summary>The wall clock (UTC).</summary>
        public DateTime UtcTime => DateTime.UtcNow;

        private sealed class Settings : IAlgorithmSettings
        {
        }
    }
}
