/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using QuantConnect.Orders;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>LEAN's order store in miniature: gives orders ids and finds them by BTCC id.</summary>
    internal sealed class TestOrderProvider : IOrderProvider
    {
        private readonly ConcurrentDictionary<int, Order> _orders = new();
        private int _nextId;

        /// <summary>Stores an order under a fresh id and returns it.</summary>
        public T Add<T>(T order) where T : Order
        {
            LeanOrderIds.Assign(order, Interlocked.Increment(ref _nextId));
            _orders[order.Id] = order;
            return order;
        }

        public int OrdersCount => _orders.Count;

        public Order GetOrderById(int orderId) => _orders.TryGetValue(orderId, out var order) ? order : null!;

        public List<Order> GetOrdersByBrokerageId(string brokerageId) => _orders.Values.Where(o => o.BrokerId.Contains(brokerageId)).ToList();

        public IEnumerable<OrderTicket> GetOrderTickets(Func<OrderTicket, bool>? filter = null) => Enumerable.Empty<OrderTicket>();

        public IEnumerable<OrderTicket> GetOpenOrderTickets(Func<OrderTicket, bool>? filter = null) => Enumerable.Empty<OrderTicket>();

        public OrderTicket GetOrderTicket(int orderId) => null!;

        public IEnumerable<Order> GetOrders(Func<Order, bool>? filter = null) => _orders.Values.Where(o => filter == null || filter(o));

        public List<Order> GetOpenOrders(Func<Order, bool>? filter = null) => _orders.Values.Where(o => o.Status.IsOpen() && (filter == null || filter(o))).ToList();

        /// <summary>Holds nothing itself: the projection is the open orders' quantity.</summary>
        public ProjectedHoldings GetProjectedHoldings(Security security) =>
            new(0m, GetOpenOrders(o => o.Symbol == security.Symbol).Sum(o => o.Quantity));
    }
}
