/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages;
using QuantConnect.Securities;

namespace QuantConnect.Interfaces
{
    /// <summary>
    /// The running algorithm (stand-in for QuantConnect.Interfaces.IAlgorithm). Only the members a
    /// brokerage reads are declared; LEAN's interface has many more.
    /// </summary>
    public interface IAlgorithm
    {
        /// <summary>The algorithm's securities.</summary>
        SecurityManager Securities { get; }

        /// <summary>The algorithm's orders.</summary>
        SecurityTransactionManager Transactions { get; }

        /// <summary>The algorithm's holdings and cash.</summary>
        SecurityPortfolioManager Portfolio { get; }

        /// <summary>The brokerage model in use.</summary>
        IBrokerageModel BrokerageModel { get; }

        /// <summary>Whether the algorithm trades live.</summary>
        bool LiveMode { get; }

        /// <summary>The algorithm's current time (UTC).</summary>
        DateTime UtcTime { get; }
    }
}
