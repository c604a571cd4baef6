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
