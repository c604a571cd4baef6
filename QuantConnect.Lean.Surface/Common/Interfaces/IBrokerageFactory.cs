/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages;
using QuantConnect.Packets;
using QuantConnect.Securities;

namespace QuantConnect.Interfaces
{
    /// <summary>
    /// Creates a brokerage and its model from a live job (stand-in for QuantConnect.Interfaces.IBrokerageFactory).
    /// </summary>
    public interface IBrokerageFactory : IDisposable
    {
        /// <summary>The type of brokerage created.</summary>
        Type BrokerageType { get; }

        /// <summary>The configuration keys and values the brokerage needs.</summary>
        Dictionary<string, string> BrokerageData { get; }

        /// <summary>The brokerage model.</summary>
        IBrokerageModel GetBrokerageModel(IOrderProvider orderProvider);

        /// <summary>Creates the brokerage.</summary>
        IBrokerage CreateBrokerage(LiveNodePacket job, IAlgorithm algorithm);

        /// <summary>Creates the handler of brokerage messages.</summary>
        IBrokerageMessageHandler CreateBrokerageMessageHandler(IAlgorithm algorithm, AlgorithmNodePacket job, IApi api);
    }
}
