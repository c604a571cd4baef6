using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// Turns a LEAN order into the BTCC requests that carry it out. Pure: it looks only at its arguments;
    /// validate the order with <see cref="BtccOrderValidator"/> first.
    /// </summary>
    /// <remarks>
    /// BTCC keeps MT4-style tickets: an open creates a new position and a close names the position it closes,
    /// so LEAN's net quantity becomes these rules:
    /// <list type="bullet">
    /// <item>A market order first closes the tickets of the opposite side, oldest first (by open time, then id),
    /// closing part of the last one if it is bigger than what is left; whatever is left after every opposite
    /// ticket is closed opens one new ticket in the order's direction. With no opposite ticket it just opens.
    /// Tickets on the order's own side are left alone.</item>
    /// <item>A Limit order becomes openpending type 1 (limit open) and a StopMarket order type 2 (stop open).
    /// Pending orders always open a new ticket: a limit or stop order against an opposite position therefore
    /// leaves a hedged pair of tickets (LEAN's net holding is still right; BTCC margin and funding then apply
    /// to both tickets; the next market order closes the opposite tickets again). Type 3 "limit close" is not
    /// used: it closes a single named ticket, so it would fit only an order that exactly matches one ticket that
    /// stays open until the order triggers, which the translator cannot know.</item>
    /// </list>
    /// Volumes are BTCC volume units and equal LEAN's absolute quantity.
    /// </remarks>
    public static class BtccOrderTranslator
    {
        /// <summary>
        /// The ordered BTCC requests for a new order, given the open tickets of its instrument.
        /// </summary>
        /// <exception cref="ArgumentException">The order has no quantity.</exception>
        /// <exception cref="NotSupportedException">The order type has no BTCC request (see <see cref="BtccOrderValidator"/>).</exception>
        public static IReadOnlyList<BtccOrderStep> Translate(Order order, IEnumerable<BtccTicket> openTickets)
        {
            ArgumentNullException.ThrowIfNull(order);
            ArgumentNullException.ThrowIfNull(openTickets);
            if (order.Quantity == 0m)
            {
                throw new ArgumentException($"Order {order.Id} has no quantity to send to BTCC", nameof(order));
            }
            var direction = BtccOrderDirection.FromQuantity(order.Quantity);
            return order switch
            {
                MarketOrder => TranslateMarket(direction, order.AbsoluteQuantity, openTickets),
                LimitOrder limit => new BtccOrderStep[] { new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, direction, order.AbsoluteQuantity, limit.LimitPrice) },
                StopMarketOrder stop => new BtccOrderStep[] { new BtccOpenPendingStep(BtccPendingOrderType.StopOpen, direction, order.AbsoluteQuantity, stop.StopPrice) },
                _ => throw new NotSupportedException($"BTCC has no request for a {order.Type} order")
            };
        }

        /// <summary>
        /// The updatepending parameters of a pending order LEAN has already applied an update to.
        /// </summary>
        /// <param name="updatedOrder">The Limit or StopMarket order with its new quantity and price.</param>
        /// <param name="filledQuantity">What has already filled (sign ignored): the request volume is what remains.</param>
        /// <exception cref="NotSupportedException">The order is not a Limit or StopMarket order.</exception>
        /// <exception cref="ArgumentException">Nothing would remain to fill.</exception>
        public static BtccPendingUpdate TranslateUpdate(Order updatedOrder, decimal filledQuantity = 0m)
        {
            ArgumentNullException.ThrowIfNull(updatedOrder);
            var (type, price) = updatedOrder switch
            {
                LimitOrder limit => (BtccPendingUpdateType.Limit, limit.LimitPrice),
                StopMarketOrder stop => (BtccPendingUpdateType.Stop, stop.StopPrice),
                _ => throw new NotSupportedException($"BTCC can update pending Limit and StopMarket orders only, not a {updatedOrder.Type} order")
            };
            var remaining = updatedOrder.AbsoluteQuantity - Math.Abs(filledQuantity);
            if (remaining <= 0m)
            {
                throw new ArgumentException(
                    $"Order {updatedOrder.Id} would have nothing left to fill: quantity {updatedOrder.Quantity}, filled {filledQuantity}",
                    nameof(filledQuantity));
            }
            return new BtccPendingUpdate(type, BtccOrderDirection.FromQuantity(updatedOrder.Quantity), remaining, price);
        }

        /// <summary>
        /// The updatepending parameters of a pending order and an update request LEAN has not yet applied;
        /// fields the request leaves null keep the order's values.
        /// </summary>
        /// <exception cref="NotSupportedException">The order is not a Limit or StopMarket order.</exception>
        /// <exception cref="ArgumentException">The request is for another order, or nothing would remain to fill.</exception>
        public static BtccPendingUpdate TranslateUpdate(Order order, UpdateOrderRequest request, decimal filledQuantity = 0m)
        {
            ArgumentNullException.ThrowIfNull(order);
            ArgumentNullException.ThrowIfNull(request);
            var updated = order.Clone();
            updated.ApplyUpdateOrderRequest(request);
            return TranslateUpdate(updated, filledQuantity);
        }

        private static IReadOnlyList<BtccOrderStep> TranslateMarket(BtccDirection direction, decimal volume, IEnumerable<BtccTicket> openTickets)
        {
            var steps = new List<BtccOrderStep>();
            var remaining = volume;
            var opposite = openTickets
                .Where(ticket => ticket.Direction == BtccOrderDirection.Opposite(direction) && ticket.Volume > 0m)
                .OrderBy(ticket => ticket.OpenTime)
                .ThenBy(ticket => ticket.PositionId);
            foreach (var ticket in opposite)
            {
                if (remaining == 0m)
                {
                    break;
                }
                var close = Math.Min(remaining, ticket.Volume);
                steps.Add(new BtccClosePositionStep(ticket.PositionId, ticket.Direction, close));
                remaining -= close;
            }
            if (remaining > 0m)
            {
                steps.Add(new BtccOpenPositionStep(direction, remaining));
            }
            return steps;
        }
    }
}
