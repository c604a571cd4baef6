/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;

namespace QuantConnect.Securities
{
    /// <summary>Looks up LEAN's orders (stand-in for QuantConnect.Securities.IOrderProvider).</summary>
    public interface IOrderProvider
    {
        /// <summary>The number of orders processed.</summary>
        int OrdersCount { get; }

        /// <summary>The order with an id, or null.</summary>
        Order GetOrderById(int orderId);

        /// <summary>The orders carrying a brokerage id.</summary>
        List<Order> GetOrdersByBrokerageId(string brokerageId);

        /// <summary>The tickets matching a filter (all when null).</summary>
        IEnumerable<OrderTicket> GetOrderTickets(Func<OrderTicket, bool> filter = null);

        /// <summary>The open tickets matching a filter (all when null).</summary>
        IEnumerable<OrderTicket> GetOpenOrderTickets(Func<OrderTicket, bool> filter = null);

        /// <summary>The ticket of an order, or null.</summary>
        OrderTicket GetOrderTicket(int orderId);

        /// <summary>The orders matching a filter (all when null).</summary>
        IEnumerable<Order> GetOrders(Func<Order, bool> filter = null);

        /// <summary>The open orders matching a filter (all when null).</summary>
        List<Order> GetOpenOrders(Func<Order, bool> filter = null);

        /// <summary>A security's holdings together with the quantity of its open orders.</summary>
        ProjectedHoldings GetProjectedHoldings(Security security);
    }
}
