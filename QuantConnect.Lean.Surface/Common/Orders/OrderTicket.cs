/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>
    /// The algorithm's handle on an order (stand-in for QuantConnect.Orders.OrderTicket). Only its
    /// identity is modelled; tickets are created by LEAN's engine, never by a brokerage.
    /// </summary>
    public sealed class OrderTicket
    {
        /// <summary>LEAN's order id.</summary>
        public int OrderId { get; }

        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; }

        /// <summary>The order's status.</summary>
        public OrderStatus Status { get; }

        private OrderTicket(int orderId, Symbol symbol)
        {
            OrderId = orderId;
            Symbol = symbol;
        }
    }
}
