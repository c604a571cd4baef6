/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Data
{
    /// <summary>
    /// Turns a brokerage's ticks into the subscriptions' data (stand-in for QuantConnect.Data.IDataAggregator).
    /// </summary>
    public interface IDataAggregator : IDisposable
    {
        /// <summary>Initializes the aggregator.</summary>
        void Initialize(DataAggregatorInitializeParameters parameters);

        /// <summary>Adds a subscription; the enumerator yields its data.</summary>
        IEnumerator<BaseData> Add(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler);

        /// <summary>Removes a subscription.</summary>
        bool Remove(SubscriptionDataConfig dataConfig);

        /// <summary>Feeds new data.</summary>
        void Update(BaseData input);
    }
}
