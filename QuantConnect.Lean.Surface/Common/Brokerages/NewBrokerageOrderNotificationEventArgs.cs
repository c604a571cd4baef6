/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;

namespace QuantConnect.Brokerages
{
    /// <summary>
    /// An order created at the brokerage outside LEAN (stand-in for
    /// QuantConnect.Brokerages.NewBrokerageOrderNotificationEventArgs).
    /// </summary>
    public class NewBrokerageOrderNotificationEventArgs
    {
        /// <summary>The new order.</summary>
        public Order Order { get; set; }

        /// <summary>Creates the notification.</summary>
        public NewBrokerageOrderNotificationEventArgs(Order order)
        {
            Order = order;
        }
    }
}
