/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;

namespace QuantConnect.Data
{
    /// <summary>Initialization of a data aggregator (stand-in for QuantConnect.Data.DataAggregatorInitializeParameters).</summary>
    public class DataAggregatorInitializeParameters
    {
        /// <summary>The algorithm's settings.</summary>
        public IAlgorithmSettings AlgorithmSettings { get; set; }
    }
}
