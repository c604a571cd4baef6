/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The LEAN orders the fill engine follows (by LEAN id) and their legs (by the engine's leg id), and the finding of
    /// LEAN orders that carry BTCC ids this instance did not place (loaded at start, a restart). Guarded by the engine's gate.
    /// </summary>
    internal sealed class BtccTrackedOrders
    {
        private readonly Dictionary<int, BtccLeanOrder> _orders = new();
        private readonly Dictionary<int, BtccTrackedOrder> _legs = new();
        private readonly IOrderProvider? _orderProvider;
        private readonly Func<Symbol, string?> _pathOf;
        private readonly Func<long, (decimal Volume, long Since)?> _listingOf;
        private long _sequence;

        /// <summary>Creates the set.</summary>
        /// <param name="orderProvider">LEAN's orders, to adopt those known by BTCC id; may be null.</param>
        /// <param name="pathOf">The BTCC symbol path orders of a LEAN symbol go to, or null.</param>
        /// <param name="listingOf">
        /// The executed volume of a pending order as the listing it was taken over from showed it, and that listing's
        /// time, or null: what an adopted LEAN order's fills start from.
        /// </param>
        public BtccTrackedOrders(IOrderProvider? orderProvider, Func<Symbol, string?> pathOf, Func<long, (decimal Volume, long Since)?> listingOf)
        {
            _orderProvider = orderProvider;
            _pathOf = pathOf;
            _listingOf = listingOf;
        }

        /// <summary>Every tracked leg, ended ones still kept included.</summary>
        public IEnumerable<BtccTrackedOrder> All => _legs.Values;

        /// <summary>Every tracked LEAN order.</summary>
        public IEnumerable<BtccLeanOrder> Orders => _orders.Values;

        /// <summary>Starts tracking a LEAN order this instance sends (its legs follow with <see cref="AddLeg"/>).</summary>
        public BtccLeanOrder Track(BtccLeanOrder parent)
        {
            _orders[parent.Order.Id] = parent;
            return parent;
        }

        private BtccLeanOrder Track(Order order, string symbolPath, int multiple) => Track(new BtccLeanOrder(order, symbolPath, multiple));

        /// <summary>Adds a leg of <paramref name="quantity"/> to a tracked LEAN order.</summary>
        public BtccTrackedOrder AddLeg(BtccLeanOrder parent, string symbolPath, decimal quantity, long requestTime)
        {
            var leg = new BtccTrackedOrder(parent, symbolPath, quantity, requestTime, Interlocked.Increment(ref _sequence));
            parent.Legs.Add(leg);
            _legs[leg.Key] = leg;
            return leg;
        }

        /// <summary>Drops a leg that was never placed.</summary>
        public void RemoveLeg(BtccTrackedOrder leg)
        {
            leg.Parent.Legs.Remove(leg);
            _legs.Remove(leg.Key);
        }

        /// <summary>The leg of an engine leg id (what the diff attributed a fill to).</summary>
        public bool TryGet(int key, out BtccTrackedOrder leg) => _legs.TryGetValue(key, out leg!);

        /// <summary>Stops tracking a LEAN order and its legs.</summary>
        public void Remove(BtccLeanOrder parent)
        {
            if (_orders.TryGetValue(parent.Order.Id, out var known) && ReferenceEquals(known, parent))
            {
                _orders.Remove(parent.Order.Id);
            }
            foreach (var leg in parent.Legs)
            {
                _legs.Remove(leg.Key);
            }
        }

        /// <summary>Whether a tracked leg owns BTCC pending order <paramref name="pendingId"/>.</summary>
        public bool OwnsPending(long pendingId) => _legs.Values.Any(t => t.PendingOrderId == pendingId);

        /// <summary>The diff's view of every leg still open.</summary>
        public IReadOnlyList<BtccTrackedOrderView> OpenViews() => _legs.Values.Where(t => !t.IsTerminal).Select(t => t.ToView()).ToList();

        /// <summary>The tracked record of <paramref name="order"/>, adopting a working order LEAN knows by BTCC ids (e.g. loaded at start).</summary>
        public BtccLeanOrder? Find(Order order)
        {
            if (_orders.TryGetValue(order.Id, out var tracked))
            {
                return tracked;
            }
            var pendingIds = PendingIdsOf(order);
            if (pendingIds.Count == 0 || order.Type is not (OrderType.Limit or OrderType.StopMarket))
            {
                return null;
            }
            var parent = Track(order, _pathOf(order.Symbol) ?? string.Empty, 0);
            foreach (var pendingId in pendingIds)
            {
                AdoptPending(parent, pendingId, null);
            }
            return parent;
        }

        /// <summary>Tracks working orders LEAN knows by BTCC id but this instance did not place (e.g. loaded at start).</summary>
        public void AdoptListed(IReadOnlyList<BtccOrder> listed)
        {
            if (_orderProvider == null)
            {
                return;
            }
            foreach (var pending in listed)
            {
                if (OwnsPending(pending.Id))
                {
                    continue;
                }
                var order = _orderProvider.GetOrdersByBrokerageId(BtccBrokerIds.ForPendingOrder(pending.Id))?.FirstOrDefault(o => o.Status.IsOpen());
                if (order == null)
                {
                    continue;
                }
                var parent = _orders.TryGetValue(order.Id, out var known) ? known : Track(order, pending.Symbol, 0);
                AdoptPending(parent, pending.Id, pending);
            }
        }

        /// <summary>
        /// Tracks every open LEAN order that carries BTCC ids (a restart): pending orders by their BTCC order ids (one leg
        /// each), market orders by the tickets they opened or closed; <paramref name="filledOf"/> (the ledger) says how much
        /// of each LEAN order, and of each of its pending orders, was already reported.
        /// </summary>
        /// <param name="filledOf">Volume already reported for a LEAN order id, of one of its pending orders when given.</param>
        /// <param name="slackSeconds">How far before LEAN's order time the exchange may have received it.</param>
        public List<BtccTrackedOrder> AdoptOpenLeanOrders(Func<int, long?, decimal> filledOf, long slackSeconds)
        {
            var adopted = new List<BtccTrackedOrder>();
            if (_orderProvider == null)
            {
                return adopted;
            }
            foreach (var order in _orderProvider.GetOpenOrders().OrderBy(o => o.Id))
            {
                if (_orders.ContainsKey(order.Id) || order.BrokerId.Count == 0)
                {
                    continue;
                }
                var filled = filledOf(order.Id, null);
                if (filled >= order.AbsoluteQuantity)
                {
                    continue;
                }
                var pendingIds = PendingIdsOf(order);
                if (pendingIds.Count > 0 && order.Type is OrderType.Limit or OrderType.StopMarket)
                {
                    var parent = Track(order, _pathOf(order.Symbol) ?? string.Empty, 0);
                    parent.Filled = filled;
                    foreach (var pendingId in pendingIds)
                    {
                        var leg = AdoptPending(parent, pendingId, null);
                        // the exchange's request time is unknown here; LEAN's order time bounds it from below
                        leg.RequestTime = new DateTimeOffset(DateTime.SpecifyKind(order.Time, DateTimeKind.Utc)).ToUnixTimeSeconds() - slackSeconds;
                        leg.Filled = pendingIds.Count == 1 ? filled : filledOf(order.Id, pendingId);
                        adopted.Add(leg);
                    }
                }
                else if (order.Type == OrderType.Market)
                {
                    var parent = Track(order, _pathOf(order.Symbol) ?? string.Empty, 0);
                    parent.Filled = filled;
                    var leg = AddLeg(parent, parent.SymbolPath, order.AbsoluteQuantity, 0);
                    foreach (var brokerId in order.BrokerId)
                    {
                        if (BtccBrokerIds.TryParsePosition(brokerId, out var positionId))
                        {
                            // which of its tickets it opened and which it closed is not kept: either kind of deal on them is its
                            leg.OpenedPositionIds.Add(positionId);
                            leg.Closes.Add(new BtccPositionCloseRequest(positionId, order.AbsoluteQuantity));
                        }
                    }
                    leg.Filled = filled;
                    adopted.Add(leg);
                    BtccLog.Trace("BtccTrackedOrders", "AdoptOpenLeanOrders", $"tracking LEAN market order {order.Id} on tickets {string.Join(", ", leg.OpenedPositionIds)}");
                }
                else
                {
                    continue;
                }
                if (filled > 0m)
                {
                    _orders[order.Id].Status = OrderStatus.PartiallyFilled;
                    foreach (var leg in _orders[order.Id].Legs.Where(l => l.Filled > 0m))
                    {
                        leg.Status = OrderStatus.PartiallyFilled;
                    }
                }
            }
            return adopted;
        }

        private static List<long> PendingIdsOf(Order order)
            => order.BrokerId.Select(id => BtccBrokerIds.TryParsePendingOrder(id, out var pending) ? pending : (long?)null)
                .OfType<long>().Distinct().ToList();

        private BtccTrackedOrder AdoptPending(BtccLeanOrder parent, long pendingId, BtccOrder? pending)
        {
            var order = parent.Order;
            var path = pending?.Symbol ?? _pathOf(order.Symbol) ?? string.Empty;
            var single = PendingIdsOf(order).Count <= 1;
            // one pending order: it carries the order's whole quantity; one of several: its listing says how much
            var quantity = single ? order.AbsoluteQuantity : pending != null ? pending.RequestVolume : order.AbsoluteQuantity;
            var leg = AddLeg(parent, path, quantity, pending?.RequestTime ?? 0);
            leg.AwaitsListedVolume = !single && pending == null;
            leg.PendingOrderId = pendingId;
            leg.PendingType = pending?.Type is { } listedType and not BtccPendingOrderType.None
                ? listedType
                : order.Type == OrderType.StopMarket ? BtccPendingOrderType.StopOpen : BtccPendingOrderType.LimitOpen;
            leg.PendingPrice = order switch { LimitOrder l => l.LimitPrice, StopMarketOrder s => s.StopPrice, _ => null };
            leg.Status = order.Status == OrderStatus.PartiallyFilled ? OrderStatus.PartiallyFilled : OrderStatus.Submitted;
            parent.Status = leg.Status;
            if (_listingOf(pendingId) is { } listing)
            {
                // LEAN re-created the order from that listing: what had executed by then is not this order's
                leg.ExecutedBefore = listing.Volume;
                leg.TakenOverAt = listing.Since;
                leg.NoteExecuted(listing.Volume);
            }
            BtccLog.Trace("BtccTrackedOrders", "Adopt", $"tracking LEAN order {order.Id} as BTCC pending order {pendingId}");
            return leg;
        }
    }
}
