/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Globalization;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>Every order event of a bench brokerage with when it arrived, and what each names.</summary>
    internal sealed class BenchRecorder
    {
        private const string DealPrefix = "BTCC deal ";
        private readonly ConcurrentQueue<(OrderEvent Event, DateTime ArrivedUtc)> _events = new();

        /// <summary>Records one event as it arrives.</summary>
        public void OnOrderEvent(OrderEvent orderEvent) => _events.Enqueue((orderEvent, DateTime.UtcNow));

        /// <summary>When the first event of <paramref name="orderId"/> with <paramref name="status"/> arrived, or null.</summary>
        public DateTime? Arrival(int orderId, OrderStatus status)
            => _events.Where(e => e.Event.OrderId == orderId && e.Event.Status == status).Select(e => (DateTime?)e.ArrivedUtc).FirstOrDefault();

        /// <summary>When the order's final event (Filled, Canceled or Invalid) arrived, or null.</summary>
        public DateTime? LastArrival(int orderId)
            => _events.Where(e => e.Event.OrderId == orderId && e.Event.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Invalid)
                .Select(e => (DateTime?)e.ArrivedUtc).FirstOrDefault();

        /// <summary>Whether an event of <paramref name="orderId"/> with <paramref name="status"/> arrived.</summary>
        public bool Has(int orderId, OrderStatus status) => Arrival(orderId, status).HasValue;

        /// <summary>Each fill event of <paramref name="orderIds"/>: the BTCC deal it reports and when it arrived.</summary>
        public List<(long DealId, DateTime ArrivedUtc)> Fills(IReadOnlySet<int> orderIds)
            => _events.Where(e => orderIds.Contains(e.Event.OrderId) && e.Event.Status.IsFill() && e.Event.Message.StartsWith(DealPrefix, StringComparison.Ordinal))
                .Select(e => (long.Parse(e.Event.Message[DealPrefix.Length..], NumberStyles.Integer, CultureInfo.InvariantCulture), e.ArrivedUtc))
                .ToList();
    }
}
