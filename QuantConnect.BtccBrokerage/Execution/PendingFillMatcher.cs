using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The triggered-pending-order rule of <see cref="ExecutionDiff"/>: BTCC names no order on a deal, so a deal of a
    /// triggered limit or stop open, or a close deal of a triggered limit close or stop-loss, is matched to the tracked
    /// order its characteristics and BTCC's executions of it fit (see <see cref="ExecutionDiff"/>'s remarks). A closing
    /// pending order takes close deals of its ticket (of any ticket of its symbol and side when the ticket is not
    /// known). Pure: one instance serves one poll's diff.
    /// </summary>
    internal sealed class PendingFillMatcher
    {
        private readonly IReadOnlyList<TrackedOrderView> _orders;
        private readonly Dictionary<long, BtccOrder> _listed;
        private readonly Dictionary<long, decimal> _accounted;
        private readonly IReadOnlyDictionary<long, long> _accountedSince;
        private readonly Dictionary<long, List<ExecutionCheckpoint>> _checkpoints;
        private readonly Dictionary<(int OrderId, long ExecTime), int> _taken = new();

        /// <summary>Creates the matcher for one poll.</summary>
        /// <param name="orders">Tracked orders with a BTCC pending order.</param>
        /// <param name="listed">orderList by id.</param>
        /// <param name="accounted">Executed volume explained by attributed fills, per pending order (updated as deals are attributed).</param>
        /// <param name="accountedSince">The last execution an adopted order's accounted volume includes.</param>
        /// <param name="checkpoints">What orderList showed of each order's executions, this poll's listing included.</param>
        public PendingFillMatcher(IReadOnlyList<TrackedOrderView> orders, Dictionary<long, BtccOrder> listed, Dictionary<long, decimal> accounted,
            IReadOnlyDictionary<long, long> accountedSince, Dictionary<long, List<ExecutionCheckpoint>> checkpoints)
        {
            _orders = orders;
            _listed = listed;
            _accounted = accounted;
            _accountedSince = accountedSince;
            _checkpoints = checkpoints;
        }

        /// <summary>Whether a deal may be a triggered pending order's execution: a limit or stop open, or any close but a liquidation.</summary>
        public static bool IsPendingExecution(BtccFill fill)
            => fill.IsPendingOpen || fill.Reason == BtccDealReason.Close && fill.OrderType != BtccDealOrderType.Liquidation;

        /// <summary>The order a triggered-order deal belongs to, or null (none, or the deal must wait for a history look-up).</summary>
        /// <param name="fill">The deal.</param>
        /// <param name="filled">Volume attributed so far per LEAN order.</param>
        /// <param name="reserved">Per LEAN order, the volume of its history-named last deal still to come.</param>
        public TrackedOrderView? Match(BtccFill fill, Dictionary<int, decimal> filled, Dictionary<int, decimal> reserved)
            => Match(fill, filled, reserved, provenOnly: false, out _);

        /// <summary>
        /// The closing pending order BTCC's executions prove made a close deal, offered before a market close of its
        /// ticket may take it: one that orderList or a write's reply shows executing this much, or whose history names
        /// the deal. <paramref name="wait"/> says the deal must wait instead (a closing order that left orderList may
        /// have made it and its history is not read yet): a market close would otherwise take another order's deal.
        /// </summary>
        public TrackedOrderView? MatchProven(BtccFill fill, Dictionary<int, decimal> filled, Dictionary<int, decimal> reserved, out bool wait)
            => Match(fill, filled, reserved, provenOnly: true, out wait);

        private TrackedOrderView? Match(BtccFill fill, Dictionary<int, decimal> filled, Dictionary<int, decimal> reserved, bool provenOnly, out bool wait)
        {
            wait = false;
            if (!IsPendingExecution(fill))
            {
                return null;
            }
            var candidates = _orders
                .Where(t => Executes(t, fill) && t.SymbolPath == fill.Symbol && t.Direction == fill.Direction)
                .Where(t => fill.ExecTime >= t.RequestTime)
                // a deal up to the last execution the accounted volume includes is in that volume (whole seconds: a
                // second deal of that very second is taken as included too)
                .Where(t => !_accountedSince.TryGetValue(t.PendingOrderId!.Value, out var since) || fill.ExecTime > since)
                .Where(t => fill.Volume <= t.Quantity - filled[t.OrderId] - (t.HistoryLastDealId == fill.DealId ? 0m : reserved.GetValueOrDefault(t.OrderId)))
                .Where(t => PriceConsistent(t, fill))
                .Select(t => (Order: t, Grew: Grew(t, fill), Gone: ListingOf(t) == null))
                // listed: its execute_volume must have grown; gone: it may have triggered, unless BTCC confirmed its
                // cancel, and not with a deal after the last one its order history names
                .Where(c => c.Grew == true || c.Grew == null && !c.Order.CanceledWithoutFills
                    && (c.Order.HistoryLastDealId is not { } last || fill.DealId <= last))
                // the deal its history names; an order that executed in full (all its rest must come from deals up to
                // its last one, while growth may also be served by later deals); growth seen in orderList; leaving the list
                .OrderBy(c => c.Order.HistoryLastDealId == fill.DealId ? 0 : c.Gone && c.Order.Completed ? 1 : c.Grew == true ? 2 : 3)
                // orders alike in all that: one price move triggers each of them once, so deals of one second are spread
                // over them before one takes two
                .ThenBy(c => _taken.GetValueOrDefault((c.Order.OrderId, fill.ExecTime)))
                .ThenBy(c => c.Order.RequestTime).ThenBy(c => c.Order.Sequence)
                .ToList();
            if (candidates.Count == 0)
            {
                return null;
            }
            var owner = Choose(candidates, fill);
            if (provenOnly)
            {
                wait = owner == null && candidates.Any(c => c.Grew == null && !c.Order.HistoryLastDealId.HasValue);
                if (owner != null && owner.HistoryLastDealId != fill.DealId && !candidates.Any(c => c.Order == owner && c.Grew == true))
                {
                    return null;
                }
            }
            if (owner != null)
            {
                _taken[(owner.OrderId, fill.ExecTime)] = _taken.GetValueOrDefault((owner.OrderId, fill.ExecTime)) + 1;
            }
            return owner;
        }

        private static TrackedOrderView? Choose(List<(TrackedOrderView Order, bool? Grew, bool Gone)> candidates, BtccFill fill)
        {
            var best = candidates[0];
            if (best.Order.HistoryLastDealId == fill.DealId)
            {
                return best.Order;
            }
            var awaitingHistory = candidates.Any(c => c.Grew == null && !c.Order.HistoryLastDealId.HasValue);
            if (best.Grew == true && !(best.Gone && best.Order.Completed))
            {
                // an order that just left orderList may have made this deal as its last one (another's growth at the same
                // price would then be a later deal): its history decides before the growth may take it
                return awaitingHistory ? null : best.Order;
            }
            // a gone order whose history is not known yet would be a guess (its own deal may still be unlisted and this
            // one another's): the deal waits for the look-up; one whose history names another deal may take this one
            // only when no gone candidate still awaits its look-up: that one's history may name this deal
            return best.Order.HistoryLastDealId.HasValue && !awaitingHistory ? best.Order : null;
        }

        /// <summary>
        /// Whether the order's executions BTCC showed leave room for this deal as its next one: true or false while
        /// orderList lists it; once gone, true when a listing or a write's reply showed that growth, unknown (null) when
        /// nothing showed it yet, false when the times BTCC gave rule it out.
        /// </summary>
        private bool? Grew(TrackedOrderView order, BtccFill fill)
        {
            var pendingId = order.PendingOrderId!.Value;
            var done = _accounted.GetValueOrDefault(pendingId);
            var after = done + fill.Volume;
            if (_checkpoints.TryGetValue(pendingId, out var seen) && !FitsCheckpoints(seen, done, after, fill.ExecTime))
            {
                return false;
            }
            var shown = Math.Max(order.KnownExecutedVolume, seen?.Count > 0 ? seen[^1].Executed : 0m);
            if (ListingOf(order) is { } listing)
            {
                return Math.Max(listing.ExecuteVolume, shown) >= after;
            }
            // a cancel BTCC answered says all the order executed; otherwise its history will
            return shown >= after ? true : order.CancelConfirmed ? false : null;
        }

        /// <summary>The order's listing in orderList, unless BTCC said since that it no longer works (the listing lags).</summary>
        private BtccOrder? ListingOf(TrackedOrderView order)
            => !order.NotWorking && _listed.TryGetValue(order.PendingOrderId!.Value, out var listing) ? listing : null;

        /// <summary>
        /// execute_time is the time of the order's last execution: a deal within the volume a listing showed executed by
        /// then, the one that brings the volume to exactly a listing's executed then, and a deal beyond the volume a
        /// listing showed after it.
        /// </summary>
        private static bool FitsCheckpoints(List<ExecutionCheckpoint> seen, decimal done, decimal after, long execTime)
        {
            foreach (var checkpoint in seen)
            {
                if (checkpoint.Executed <= done)
                {
                    if (execTime < checkpoint.LastExecution)
                    {
                        return false;
                    }
                    continue;
                }
                if (checkpoint.Executed >= after)
                {
                    return execTime <= checkpoint.LastExecution && (checkpoint.Executed != after || execTime == checkpoint.LastExecution);
                }
            }
            return true;
        }

        /// <summary>
        /// Whether the order's kind made the deal: an open of its pending type, or a close of its ticket (BTCC's close
        /// codes do not tell a limit close from a stop-loss, nor from a market close).
        /// </summary>
        private static bool Executes(TrackedOrderView order, BtccFill fill)
        {
            if (fill.IsPendingOpen)
            {
                var wanted = fill.OrderType == BtccDealOrderType.LimitOpen ? BtccPendingOrderType.LimitOpen : BtccPendingOrderType.StopOpen;
                return order.PendingType == wanted;
            }
            return order.ClosesTicket && (order.ClosesPositionId == 0 || order.ClosesPositionId == fill.PositionId);
        }

        /// <summary>A limit fill is at or better than one of the limits the order had (buy: at or below, sell: at or above).</summary>
        private static bool PriceConsistent(TrackedOrderView order, BtccFill fill)
        {
            if (order.PendingType is not (BtccPendingOrderType.LimitOpen or BtccPendingOrderType.LimitClose) || order.PendingPrice is not { } current)
            {
                return true;
            }
            var limits = order.PendingPrices.Count > 0 ? order.PendingPrices : new HashSet<decimal> { current };
            return order.Direction == BtccDirection.Buy ? fill.Price <= limits.Max() : fill.Price >= limits.Min();
        }
    }
}
