using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The LEAN orders the fill engine follows, by LEAN id, and the finding of LEAN orders that carry BTCC ids
    /// this instance did not place (loaded at start, a restart). Guarded by the engine's gate.
    /// </summary>
    internal sealed class TrackedOrders
    {
        private readonly Dictionary<int, BtccTrackedOrder> _byId = new();
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
        public TrackedOrders(IOrderProvider? orderProvider, Func<Symbol, string?> pathOf, Func<long, (decimal Volume, long Since)?> listingOf)
        {
            _orderProvider = orderProvider;
            _pathOf = pathOf;
            _listingOf = listingOf;
        }

        /// <summary>Every tracked order, ended ones still kept included.</summary>
        public IEnumerable<BtccTrackedOrder> All => _byId.Values;

        /// <summary>Starts tracking an order this instance sends.</summary>
        public BtccTrackedOrder Track(Order order, string symbolPath, long requestTime)
        {
            var tracked = new BtccTrackedOrder(order, symbolPath, requestTime, Interlocked.Increment(ref _sequence));
            _byId[order.Id] = tracked;
            return tracked;
        }

        /// <summary>The tracked record of a LEAN order id.</summary>
        public bool TryGet(int orderId, out BtccTrackedOrder tracked) => _byId.TryGetValue(orderId, out tracked!);

        /// <summary>Stops tracking an order.</summary>
        public void Remove(int orderId) => _byId.Remove(orderId);

        /// <summary>Whether a tracked order owns BTCC pending order <paramref name="pendingId"/>.</summary>
        public bool OwnsPending(long pendingId) => _byId.Values.Any(t => t.PendingOrderId == pendingId);

        /// <summary>The diff's view of every order still open.</summary>
        public IReadOnlyList<TrackedOrderView> OpenViews() => _byId.Values.Where(t => !t.IsTerminal).Select(t => t.ToView()).ToList();

        /// <summary>The tracked record of <paramref name="order"/>, adopting a working order LEAN knows by BTCC id (e.g. loaded at start).</summary>
        public BtccTrackedOrder? Find(Order order)
        {
            if (_byId.TryGetValue(order.Id, out var tracked))
            {
                return tracked;
            }
            foreach (var brokerId in order.BrokerId)
            {
                if (BtccBrokerIds.TryParsePendingOrder(brokerId, out var pendingId))
                {
                    return AdoptPending(order, pendingId, null);
                }
            }
            return null;
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
                if (order != null)
                {
                    AdoptPending(order, pending.Id, pending);
                }
            }
        }

        /// <summary>
        /// Tracks every open LEAN order that carries BTCC ids (a restart): pending orders by their BTCC order id,
        /// market orders by the tickets they opened or closed; <paramref name="filledOf"/> (the ledger) says how much
        /// of each was already reported.
        /// </summary>
        /// <param name="filledOf">Volume already reported for a LEAN order id.</param>
        /// <param name="slackSeconds">How far before LEAN's order time the exchange may have received it.</param>
        public List<BtccTrackedOrder> AdoptOpenLeanOrders(Func<int, decimal> filledOf, long slackSeconds)
        {
            var adopted = new List<BtccTrackedOrder>();
            if (_orderProvider == null)
            {
                return adopted;
            }
            foreach (var order in _orderProvider.GetOpenOrders().OrderBy(o => o.Id))
            {
                if (_byId.ContainsKey(order.Id) || order.BrokerId.Count == 0)
                {
                    continue;
                }
                var filled = filledOf(order.Id);
                if (filled >= order.AbsoluteQuantity)
                {
                    continue;
                }
                var pendingId = order.BrokerId.Select(id => BtccBrokerIds.TryParsePendingOrder(id, out var pending) ? pending : (long?)null).FirstOrDefault(id => id.HasValue);
                BtccTrackedOrder tracked;
                if (pendingId is { } pending && order.Type is OrderType.Limit or OrderType.StopMarket)
                {
                    tracked = AdoptPending(order, pending, null);
                    // the exchange's request time is unknown here; LEAN's order time bounds it from below
                    tracked.RequestTime = new DateTimeOffset(DateTime.SpecifyKind(order.Time, DateTimeKind.Utc)).ToUnixTimeSeconds() - slackSeconds;
                }
                else if (order.Type == OrderType.Market)
                {
                    tracked = Track(order, _pathOf(order.Symbol) ?? string.Empty, 0);
                    foreach (var brokerId in order.BrokerId)
                    {
                        if (BtccBrokerIds.TryParsePosition(brokerId, out var positionId))
                        {
                            // which of its tickets it opened and which it closed is not kept: either kind of deal on them is its
                            tracked.OpenedPositionIds.Add(positionId);
                            tracked.Closes.Add(new PositionCloseRequest(positionId, order.AbsoluteQuantity));
                        }
                    }
                    BtccLog.Trace("TrackedOrders", "AdoptOpenLeanOrders", $"tracking LEAN market order {order.Id} on tickets {string.Join(", ", tracked.OpenedPositionIds)}");
                }
                else
                {
                    continue;
                }
                tracked.Filled = filled;
                if (filled > 0m)
                {
                    tracked.Status = OrderStatus.PartiallyFilled;
                }
                adopted.Add(tracked);
            }
            return adopted;
        }

        private BtccTrackedOrder AdoptPending(Order order, long pendingId, BtccOrder? pending)
        {
            var path = pending?.Symbol ?? _pathOf(order.Symbol) ?? string.Empty;
            var tracked = Track(order, path, pending?.RequestTime ?? 0);
            tracked.PendingOrderId = pendingId;
            tracked.PendingType = order.Type == OrderType.StopMarket ? BtccPendingOrderType.StopOpen : BtccPendingOrderType.LimitOpen;
            tracked.PendingPrice = order switch { LimitOrder l => l.LimitPrice, StopMarketOrder s => s.StopPrice, _ => null };
            tracked.Status = order.Status == OrderStatus.PartiallyFilled ? OrderStatus.PartiallyFilled : OrderStatus.Submitted;
            if (_listingOf(pendingId) is { } listing)
            {
                // LEAN re-created the order from that listing: what had executed by then is not this order's
                tracked.ExecutedBefore = listing.Volume;
                tracked.TakenOverAt = listing.Since;
                tracked.NoteExecuted(listing.Volume);
            }
            BtccLog.Trace("TrackedOrders", "Adopt", $"tracking LEAN order {order.Id} as BTCC pending order {pendingId}");
            return tracked;
        }
    }
}
