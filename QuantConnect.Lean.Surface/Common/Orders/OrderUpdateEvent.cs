/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>Fields of an order changed by the brokerage (stand-in for QuantConnect.Orders.OrderUpdateEvent).</summary>
    public class OrderUpdateEvent
    {
        /// <summary>LEAN's order id.</summary>
        public int OrderId { get; set; }

        /// <summary>The new trailing stop price.</summary>
        public decimal TrailingStopPrice { get; set; }

        /// <summary>Whether the stop was triggered.</summary>
        public bool StopTriggered { get; set; }
    }
}
