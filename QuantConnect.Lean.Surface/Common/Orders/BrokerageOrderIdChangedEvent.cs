/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>New brokerage ids of an order (stand-in for QuantConnect.Orders.BrokerageOrderIdChangedEvent).</summary>
    public class BrokerageOrderIdChangedEvent
    {
        /// <summary>LEAN's order id.</summary>
        public int OrderId { get; set; }

        /// <summary>The brokerage's ids.</summary>
        public List<string> BrokerId { get; set; }

        /// <summary>Order id and brokerage ids.</summary>
        public override string ToString() => $"OrderId: {OrderId} BrokerId: {string.Join(",", BrokerId ?? new List<string>())}";
    }
}
