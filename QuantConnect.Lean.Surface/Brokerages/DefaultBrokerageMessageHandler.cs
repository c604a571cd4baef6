/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;
using QuantConnect.Logging;
using QuantConnect.Packets;

namespace QuantConnect.Brokerages
{
    /// <summary>
    /// Logs brokerage messages and declines orders created outside LEAN (stand-in for
    /// QuantConnect.Brokerages.DefaultBrokerageMessageHandler; LEAN's reconnect timers are not modelled).
    /// </summary>
    public class DefaultBrokerageMessageHandler : IBrokerageMessageHandler
    {
        /// <summary>Creates the handler for an algorithm.</summary>
        public DefaultBrokerageMessageHandler(IAlgorithm algorithm, TimeSpan? initialDelay = null, TimeSpan? openThreshold = null)
            : this(algorithm, null, null, initialDelay, openThreshold)
        {
        }

        /// <summary>Creates the handler for an algorithm and its job.</summary>
        public DefaultBrokerageMessageHandler(IAlgorithm algorithm, AlgorithmNodePacket job, IApi api, TimeSpan? initialDelay = null, TimeSpan? openThreshold = null)
        {
            Algorithm = algorithm;
            Job = job;
            Api = api;
        }

        private IAlgorithm Algorithm { get; }

        private AlgorithmNodePacket Job { get; }

        private IApi Api { get; }

        /// <summary>Logs the message: errors as errors, the rest as trace.</summary>
        public void HandleMessage(BrokerageMessageEvent message)
        {
            if (message.Type == BrokerageMessageType.Error)
            {
                Log.Error($"DefaultBrokerageMessageHandler.HandleMessage(): {message}");
            }
            else
            {
                Log.Trace($"DefaultBrokerageMessageHandler.HandleMessage(): {message}");
            }
        }

        /// <summary>False: orders created outside LEAN are not adopted.</summary>
        public virtual bool HandleOrder(NewBrokerageOrderNotificationEventArgs eventArgs) => false;
    }
}
