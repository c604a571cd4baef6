/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// Turns a LEAN order into the BTCC requests that carry it out. Pure: it looks only at its arguments;
    /// validate the order with <see cref="BtccOrderValidator"/> first.
    /// </summary>
    /// <remarks>
    /// BTCC keeps MT4-style tickets: an open creates a new position and a close names the position it closes, so LEAN's
    /// net quantity becomes this rule for every order type: the order first closes the tickets of the opposite side,
    /// oldest first (by open time, then id), closing part of the last one if it is bigger than what is left; only the
    /// part past zero opens a new ticket in the order's direction. Tickets on the order's own side are left alone.
    /// <list type="bullet">
    /// <item>Market: closeposition per ticket, then openposition. Tickets carrying working closing orders are closed
    /// last: closing one at market ends those orders at BTCC.</item>
    /// <item>Limit: openpending type 3 (limit close) per ticket, then type 1 (limit open). Type 3 executes at the limit
    /// or better, which is what a LEAN limit order promises; type 5 ("market TP") is a market order once the price is
    /// touched and may fill through the limit, so it is not used.</item>
    /// <item>StopMarket: openpending type 4 (market stop-loss) per ticket, then type 2 (stop open): both become market
    /// orders once the stop is touched, as LEAN's StopMarket does.</item>
    /// </list>
    /// All of them can rest at once, so the part past zero is placed with the closes rather than after they fill:
    /// LEAN's <c>Brokerage.TryCrossZeroPositionOrder</c> holds it back until the close filled (for venues with one net
    /// position per symbol, where a resting opposite order would be refused) and cannot change the quantity of an order
    /// split that way; BTCC needs neither. <see cref="BtccTranslation.Hedge"/> skips the closes. Volumes are BTCC volume
    /// units and equal LEAN's absolute quantity.
    /// </remarks>
    public static class BtccOrderTranslator
    {
        /// <summary>
        /// The ordered BTCC requests for a new order, given the open tickets of its instrument.
        /// </summary>
        /// <exception cref="ArgumentException">The order has no quantity.</exception>
        /// <exception cref="NotSupportedException">The order type has no BTCC request (see <see cref="BtccOrderValidator"/>).</exception>
        public static IReadOnlyList<BtccOrderStep> Translate(Order order, IEnumerable<BtccTicket> openTickets, BtccTranslation? translation = null)
        {
            ArgumentNullException.ThrowIfNull(order);
            ArgumentNullException.ThrowIfNull(openTickets);
            if (order.Quantity == 0m)
            {
                throw new ArgumentException($"Order {order.Id} has no quantity to send to BTCC", nameof(order));
            }
            var price = order switch
            {
                MarketOrder => 0m,
                LimitOrder limit => limit.LimitPrice,
                StopMarketOrder stop => stop.StopPrice,
                _ => throw new NotSupportedException($"BTCC has no request for a {order.Type} order")
            };
            return Translate(order.Type, BtccOrderDirection.FromQuantity(order.Quantity), order.AbsoluteQuantity, price, openTickets, translation);
        }

        /// <summary>
        /// The ordered BTCC requests that trade <paramref name="volume"/> on <paramref name="direction"/>'s side as a
        /// <paramref name="type"/> order at <paramref name="price"/> (ignored for Market), given the open tickets: also what
        /// the rest of an order becomes when one of its closing orders lost its ticket, or its quantity grew.
        /// </summary>
        /// <exception cref="NotSupportedException">The order type has no BTCC request.</exception>
        public static IReadOnlyList<BtccOrderStep> Translate(OrderType type, BtccDirection direction, decimal volume, decimal price,
            IEnumerable<BtccTicket> openTickets, BtccTranslation? translation = null)
        {
            ArgumentNullException.ThrowIfNull(openTickets);
            translation ??= BtccTranslation.Default;
            var (closes, open) = translation.Hedge
                ? (new List<(BtccTicket Ticket, decimal Volume)>(), volume)
                : Split(direction, volume, openTickets, closeBusyLast: type == OrderType.Market, translation.MinimumVolume);
            var steps = new List<BtccOrderStep>();
            foreach (var (ticket, close) in closes)
            {
                steps.Add(type switch
                {
                    OrderType.Market => new BtccClosePositionStep(ticket.PositionId, ticket.Direction, close),
                    OrderType.Limit => new BtccClosePendingStep(ticket.PositionId, ticket.Direction, BtccPendingOrderType.LimitClose, close, price),
                    OrderType.StopMarket => new BtccClosePendingStep(ticket.PositionId, ticket.Direction, BtccPendingOrderType.MarketStopLoss, close, price),
                    _ => throw new NotSupportedException($"BTCC has no request for a {type} order")
                });
            }
            if (open > 0m)
            {
                steps.Add(type switch
                {
                    OrderType.Market => new BtccOpenPositionStep(direction, open),
                    OrderType.Limit => new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, direction, open, price),
                    OrderType.StopMarket => new BtccOpenPendingStep(BtccPendingOrderType.StopOpen, direction, open, price),
                    _ => throw new NotSupportedException($"BTCC has no request for a {type} order")
                });
            }
            return steps;
        }

        /// <summary>The volume the steps open (what a reduce-only order may not have).</summary>
        public static decimal OpeningVolume(IEnumerable<BtccOrderStep> steps) => steps.Sum(step => step switch
        {
            BtccOpenPositionStep open => open.Volume,
            BtccOpenPendingStep pending => pending.Volume,
            _ => 0m
        });

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
            var (type, price) = PendingPrice(updatedOrder);
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

        /// <summary>updatepending's type (0 limit, 1 stop) and the price of a Limit or StopMarket order.</summary>
        /// <exception cref="NotSupportedException">The order is not a Limit or StopMarket order.</exception>
        public static (BtccPendingUpdateType Type, decimal Price) PendingPrice(Order order) => order switch
        {
            LimitOrder limit => (BtccPendingUpdateType.Limit, limit.LimitPrice),
            StopMarketOrder stop => (BtccPendingUpdateType.Stop, stop.StopPrice),
            _ => throw new NotSupportedException($"BTCC can update pending Limit and StopMarket orders only, not a {order.Type} order")
        };

        /// <summary>The closes (opposite tickets, oldest first) and the opening rest of <paramref name="volume"/>.</summary>
        private static (List<(BtccTicket Ticket, decimal Volume)> Closes, decimal Open) Split(BtccDirection direction, decimal volume,
            IEnumerable<BtccTicket> openTickets, bool closeBusyLast, decimal minimumVolume)
        {
            var closes = new List<(BtccTicket Ticket, decimal Volume)>();
            var remaining = volume;
            var opposite = openTickets
                .Where(ticket => ticket.Direction == BtccOrderDirection.Opposite(direction) && ticket.Volume > 0m)
                .OrderBy(ticket => closeBusyLast && ticket.CarriesClosingOrders)
                .ThenBy(ticket => ticket.OpenTime)
                .ThenBy(ticket => ticket.PositionId);
            foreach (var ticket in opposite)
            {
                if (remaining == 0m)
                {
                    break;
                }
                var close = Math.Min(remaining, ticket.Volume);
                closes.Add((ticket, close));
                remaining -= close;
            }
            if (remaining > 0m && remaining < minimumVolume && closes.Count > 0)
            {
                // BTCC cannot open less than its minimum: the last closes give up what the opening part lacks
                var lacking = Math.Min(minimumVolume, volume) - remaining;
                for (var i = closes.Count - 1; i >= 0 && lacking > 0m; i--)
                {
                    var give = Math.Min(lacking, closes[i].Volume);
                    closes[i] = (closes[i].Ticket, closes[i].Volume - give);
                    remaining += give;
                    lacking -= give;
                }
                closes.RemoveAll(c => c.Volume == 0m);
            }
            return (closes, remaining);
        }
    }
}
