/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages
{
    /// <summary>
    /// Decides what LEAN does with brokerage messages (stand-in for QuantConnect.Brokerages.IBrokerageMessageHandler).
    /// </summary>
    public interface IBrokerageMessageHandler
    {
        /// <summary>Handles a message.</summary>
        void HandleMessage(BrokerageMessageEvent message);

        /// <summary>Whether an order created outside LEAN should be adopted.</summary>
        bool HandleOrder(NewBrokerageOrderNotificationEventArgs eventArgs);
    }
}
