/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;
using QuantConnect.Orders;

namespace QuantConnect.Securities
{
    /// <summary>
    /// The algorithm's orders (stand-in for QuantConnect.Securities.SecurityTransactionManager). LEAN's engine
    /// feeds it orders; here it holds none, which is all a brokerage needs to compile.
    /// </summary>
    public class SecurityTransactionManager : IOrderProvider
    {
        private readonly SecurityManager _securities;

        /// <summary>Creates the manager.</summary>
        public SecurityTransactionManager(IAlgorithm algorithm, SecurityManager security)
        {
            _securities = security;
        }

        /// <summary>The current time (UTC).</summary>
        public DateTime UtcTime => _securities.UtcTime;

        /// <summary>Zero.</summary>
        public int OrdersCount => 0;

        /// <summary>Null.</summary>
        public Order GetOrderById(int orderId) => null;

        /// <summary>Empty.</summary>
        public List<Order> GetOrdersByBrokerageId(string brokerageId) => new();

        /// <summary>Empty.</summary>
        public IEnumerable<OrderTicket> GetOrderTickets(Func<OrderTicket, bool> filter = null) => Enumerable.Empty<OrderTicket>();

        /// <summary>Empty.</summary>
        public IEnumerable<OrderTicket> GetOpenOrderTickets(Func<OrderTicket, bool> filter = null) => Enumerable.Empty<OrderTicket>();

        /// <summary>Null.</summary>
        public OrderTicket GetOrderTicket(int orderId) => null;

        /// <summary>Empty.</summary>
        public IEnumerable<Order> GetOrders(Func<Order, bool> filter = null) => Enumerable.Empty<Order>();

        /// <summary>Empty.</summary>
        public List<Order> GetOpenOrders(Func<Order, bool> filter = null) => new();

        /// <summary>No holdings and no open orders.</summary>
        public ProjectedHoldings GetProjectedHoldings(Security security) => new(0m, 0m);
    }
}
