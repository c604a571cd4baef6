/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Data;
using QuantConnect.Packets;

namespace QuantConnect.Interfaces
{
    /// <summary>
    /// A live market-data source (stand-in for QuantConnect.Interfaces.IDataQueueHandler).
    /// </summary>
    public interface IDataQueueHandler : IDisposable
    {
        /// <summary>Subscribes to a data stream; the enumerator yields its data.</summary>
        IEnumerator<BaseData> Subscribe(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler);

        /// <summary>Ends a subscription.</summary>
        void Unsubscribe(SubscriptionDataConfig dataConfig);

        /// <summary>Hands the live job (with its brokerage data) to the handler.</summary>
        void SetJob(LiveNodePacket job);

        /// <summary>Whether the data source is connected.</summary>
        bool IsConnected { get; }
    }
}
