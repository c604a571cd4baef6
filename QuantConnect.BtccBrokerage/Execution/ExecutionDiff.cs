using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>A fill attributed to a LEAN order.</summary>
    /// <param name="OrderId">LEAN order id.</param>
    /// <param name="Fill">The BTCC deal.</param>
    public sealed record AttributedFill(int OrderId, BtccFill Fill);

    /// <summary>A tracked pending order that is no longer in orderList.</summary>
    /// <param name="OrderId">LEAN order id.</param>
    /// <param name="PendingOrderId">BTCC order id.</param>
    public sealed record LeftOrder(int OrderId, long PendingOrderId);

    /// <summary>Everything one poll revealed.</summary>
    public sealed record ExecutionDiffResult
    {
        /// <summary>New fills of LEAN orders, in execution order.</summary>
        public IReadOnlyList<AttributedFill> Fills { get; init; } = Array.Empty<AttributedFill>();

        /// <summary>New fills that belong to no tracked LEAN order (web app, liquidation, or not yet known).</summary>
        public IReadOnlyList<BtccFill> Unmatched { get; init; } = Array.Empty<BtccFill>();

        /// <summary>Tracked pending orders that left orderList and are not fully filled.</summary>
        public IReadOnlyList<LeftOrder> LeftOrders { get; init; } = Array.Empty<LeftOrder>();

        /// <summary>Orders in orderList no tracked LEAN order owns, listed for the first time.</summary>
        public IReadOnlyList<BtccOrder> UnknownOrders { get; init; } = Array.Empty<BtccOrder>();

        /// <summary>Whether any ticket appeared, disappeared or changed volume or swap (funding).</summary>
        public bool PositionsChanged { get; init; }

        /// <summary>Whether settlement_time moved: fills may have left dealTodayList unseen.</summary>
        public bool SettlementChanged { get; init; }

        /// <summary>The state for the next poll.</summary>
        public ExecutionState Next { get; init; } = ExecutionState.Empty;
    }

    /// <summary>
    /// The pure heart of the fill engine: previous state + BTCC's current lists + tracked LEAN orders → what
    /// happened. No I/O, no clock, no mutation of its inputs.
    /// </summary>
    /// <remarks>
    /// A deal is attributed to a LEAN order by the first rule that applies:
    /// <list type="number">
    /// <item>Market open: reason 1 and its positionid is a ticket the order opened (openposition reply), or a
    /// listed ticket with that id echoes one of the order's refids as order_refid.</item>
    /// <item>Market close: reason 2 and its positionid is a ticket the order asked to close, not before the order was
    /// sent; several orders closing one ticket are served first-in-first-out, by volume. A closing pending order on that
    /// ticket (rule 3) that orderList or a write's reply shows executing the deal, or whose history names it, takes it
    /// first; while one that left orderList may have made it and its history is not read yet, the deal waits.</item>
    /// <item>Triggered pending order (BTCC gives no link from the order to its deal): reason 1 and order_type 2
    /// (limit open) or 3 (stop open) matching the order's pending type, or reason 2 (not a liquidation) on the ticket a
    /// limit close or stop-loss closes; same symbol path and direction;
    /// exec_time ≥ the order's request time (and after the last execution its accounted volume includes, for orders
    /// this instance took over); volume ≤ the order's unfilled volume; price consistent for a limit (buy: exec ≤ a
    /// limit the order had, sell: exec ≥ one; an update changes the limit of later fills only); and orderList shows
    /// the order's execute_volume grew by at least that volume beyond what earlier fills explained (orderList, or a
    /// write's reply: a cancel a fill beat shows the fill's volume; not after the order's execute_time, and at it
    /// when the deal would use the growth up), or the order left orderList without a cancel
    /// BTCC confirmed (and, once getHisOrder named its last deal, the deal id is not after that one). Several
    /// candidates → the order whose history names this deal, then gone orders whose history says they executed in
    /// full (their rest must come from deals up to their last one, whose volume is kept for it), then those whose
    /// execute_volume grew, then the one with fewer deals of that second so far (one price move triggers each order
    /// once), then the earliest request time, then the earliest submitted. A gone order takes a deal only once getHisOrder named
    /// its last deal (until then the deal waits: the order's own deal may be listed late and this one another's),
    /// and a deal its history does not name only while no other gone candidate still awaits its look-up; growth
    /// takes a deal only while no gone candidate awaits its look-up (the deal may be that order's last).</item>
    /// </list>
    /// A deal matching no rule is returned in <see cref="ExecutionDiffResult.Unmatched"/>. Deals are read once
    /// each (duplicates in a list are dropped) in execution order (exec_time, then deal id), whatever order
    /// BTCC listed them in; deals the ledger already holds are skipped.
    /// </remarks>
    public static class ExecutionDiff
    {
        /// <summary>Computes what happened since <paramref name="previous"/>.</summary>
        /// <param name="previous">State after the previous poll.</param>
        /// <param name="current">The lists just read.</param>
        /// <param name="tracked">Open LEAN orders with their BTCC ids.</param>
        /// <param name="isReported">Whether a deal id was already reported (the ledger).</param>
        public static ExecutionDiffResult Compute(ExecutionState previous, ExecutionSnapshot current, IReadOnlyList<TrackedOrderView> tracked, Func<long, bool> isReported)
        {
            ArgumentNullException.ThrowIfNull(previous);
            ArgumentNullException.ThrowIfNull(current);
            ArgumentNullException.ThrowIfNull(tracked);
            ArgumentNullException.ThrowIfNull(isReported);

            var listed = new Dictionary<long, BtccOrder>();
            foreach (var order in current.Orders)
            {
                listed.TryAdd(order.Id, order);
            }
            var refIdOwners = new Dictionary<long, long>();
            if (current.Positions != null)
            {
                foreach (var position in current.Positions.Where(p => p.OrderRefId != 0))
                {
                    refIdOwners.TryAdd(position.Id, position.OrderRefId);
                }
            }

            // working copies the attribution updates as it goes, so two deals never take the same volume
            var filled = tracked.ToDictionary(t => t.OrderId, t => t.FilledVolume);
            var closes = tracked.ToDictionary(t => t.OrderId, t => t.Closes.ToList());
            var accounted = new Dictionary<long, decimal>(previous.AccountedVolume);

            // indexes built once per poll so matching a deal does not rescan (or re-sort) every tracked order
            var index = new TrackedIndex(tracked);

            var fills = new List<AttributedFill>();
            var unmatched = new List<BtccFill>();
            var fresh = current.Fills
                .GroupBy(f => f.DealId).Select(g => g.First())
                .Where(f => !isReported(f.DealId))
                .OrderBy(f => f.ExecTime).ThenBy(f => f.DealId)
                .ToList();
            // what orderList shows of each tracked pending order's executions, for the triggered-order rule
            var checkpoints = previous.Checkpoints.ToDictionary(c => c.Key, c => c.Value.ToList());
            foreach (var order in index.Pending)
            {
                if (listed.TryGetValue(order.PendingOrderId!.Value, out var listing) && listing.ExecuteTime > 0)
                {
                    var seen = checkpoints.TryGetValue(listing.Id, out var list) ? list : checkpoints[listing.Id] = new List<ExecutionCheckpoint>();
                    if (seen.Count == 0 || listing.ExecuteVolume > seen[^1].Executed)
                    {
                        seen.Add(new ExecutionCheckpoint(listing.ExecuteVolume, listing.ExecuteTime));
                    }
                }
            }
            var pending = new PendingFillMatcher(index.Pending, listed, accounted, previous.AccountedSince, checkpoints);

            // the volume of each order's history-named last deal is kept for that deal: other deals cannot take it
            var byId = fresh.ToDictionary(f => f.DealId);
            var reserved = index.Pending
                .Where(t => t.HistoryLastDealId is { } last && byId.TryGetValue(last, out var named) && PendingFillMatcher.IsPendingExecution(named))
                .ToDictionary(t => t.OrderId, t => byId[t.HistoryLastDealId!.Value].Volume);
            foreach (var fill in fresh)
            {
                var owner = MatchMarketOpen(fill, tracked, index, refIdOwners, filled);
                var wait = false;
                if (owner == null && fill.Reason == BtccDealReason.Close)
                {
                    owner = pending.MatchProven(fill, filled, reserved, out wait);
                }
                if (owner == null && !wait)
                {
                    owner = MatchClose(fill, index, closes) ?? pending.Match(fill, filled, reserved);
                }
                if (owner == null)
                {
                    unmatched.Add(fill);
                    continue;
                }
                if (owner.HistoryLastDealId == fill.DealId)
                {
                    reserved.Remove(owner.OrderId);
                }
                filled[owner.OrderId] += fill.Volume;
                if (owner.PendingOrderId is { } pendingId && PendingFillMatcher.IsPendingExecution(fill))
                {
                    accounted[pendingId] = accounted.GetValueOrDefault(pendingId) + fill.Volume;
                }
                fills.Add(new AttributedFill(owner.OrderId, fill));
            }

            var left = tracked
                .Where(t => t.PendingOrderId is { } id && !listed.ContainsKey(id) && filled[t.OrderId] < t.Quantity)
                .Select(t => new LeftOrder(t.OrderId, t.PendingOrderId!.Value))
                .ToList();

            var trackedPending = tracked.Where(t => t.PendingOrderId.HasValue).Select(t => t.PendingOrderId!.Value).ToHashSet();
            var unknown = listed.Values
                .Where(o => !trackedPending.Contains(o.Id) && !previous.ListedOrderIds.Contains(o.Id))
                .OrderBy(o => o.Id)
                .ToList();

            var positions = previous.Positions;
            var positionsChanged = false;
            if (current.Positions != null)
            {
                var next = new Dictionary<long, (decimal Volume, decimal Swap)>();
                foreach (var position in current.Positions)
                {
                    next.TryAdd(position.Id, (position.Volume, position.Swap));
                }
                positionsChanged = next.Count != positions.Count
                    || next.Any(p => !positions.TryGetValue(p.Key, out var before) || before != p.Value);
                positions = next;
            }

            // forget accounting of orders that are gone and no longer tracked
            foreach (var id in accounted.Keys.ToList())
            {
                if (!listed.ContainsKey(id) && !trackedPending.Contains(id))
                {
                    accounted.Remove(id);
                }
            }
            var accountedSince = previous.AccountedSince.Where(t => accounted.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value);
            // a checkpoint matters while it covers unexplained volume; the last explained one bounds the next deal's time
            var nextCheckpoints = checkpoints.Where(c => trackedPending.Contains(c.Key))
                .ToDictionary(c => c.Key, c => (IReadOnlyList<ExecutionCheckpoint>)c.Value
                    .Where((cp, i) => cp.Executed > accounted.GetValueOrDefault(c.Key)
                        || i + 1 < c.Value.Count && c.Value[i + 1].Executed > accounted.GetValueOrDefault(c.Key) || i + 1 == c.Value.Count)
                    .ToList());

            return new ExecutionDiffResult
            {
                Fills = fills,
                Unmatched = unmatched,
                LeftOrders = left,
                UnknownOrders = unknown,
                PositionsChanged = positionsChanged,
                SettlementChanged = previous.SettlementTime != 0 && current.SettlementTime != previous.SettlementTime,
                Next = new ExecutionState
                {
                    AccountedVolume = accounted,
                    AccountedSince = accountedSince,
                    Checkpoints = nextCheckpoints,
                    ListedOrderIds = listed.Keys.ToHashSet(),
                    Positions = positions,
                    SettlementTime = current.SettlementTime != 0 ? current.SettlementTime : previous.SettlementTime
                }
            };
        }

        private static TrackedOrderView? MatchMarketOpen(BtccFill fill, IReadOnlyList<TrackedOrderView> tracked, TrackedIndex index,
            Dictionary<long, long> refIdOwners, Dictionary<int, decimal> filled)
        {
            if (fill.Reason != BtccDealReason.Open)
            {
                return null;
            }
            // the first tracked order (in the caller's order) that opened this ticket or sent the refid it echoes
            var refId = refIdOwners.GetValueOrDefault(fill.PositionId);
            var best = int.MaxValue;
            Consider(index.ByOpenedPosition.GetValueOrDefault(fill.PositionId));
            if (refId != 0)
            {
                Consider(index.ByRefId.GetValueOrDefault(refId));
            }
            return best == int.MaxValue ? null : tracked[best];

            void Consider(List<int>? candidates)
            {
                if (candidates == null)
                {
                    return;
                }
                foreach (var i in candidates)
                {
                    if (i < best && filled[tracked[i].OrderId] < tracked[i].Quantity)
                    {
                        best = i;
                        break; // candidates are ascending
                    }
                }
            }
        }

        private static TrackedOrderView? MatchClose(BtccFill fill, TrackedIndex index, Dictionary<int, List<PositionCloseRequest>> closes)
        {
            if (fill.Reason != BtccDealReason.Close || !index.ClosersByPosition.TryGetValue(fill.PositionId, out var closers))
            {
                return null;
            }
            // first-in-first-out across the orders that asked to close this ticket
            var volume = fill.Volume;
            TrackedOrderView? owner = null;
            foreach (var order in closers.Where(c => fill.ExecTime >= c.RequestTime))
            {
                var requests = closes[order.OrderId];
                for (var i = 0; i < requests.Count; i++)
                {
                    var request = requests[i];
                    if (request.PositionId != fill.PositionId || request.Remaining <= 0m)
                    {
                        continue;
                    }
                    var take = Math.Min(volume, request.Remaining);
                    requests[i] = request with { Attributed = request.Attributed + take };
                    volume -= take;
                    owner ??= order;
                    if (volume == 0m)
                    {
                        return owner;
                    }
                }
                if (owner != null)
                {
                    // a close deal is one event of one order; any excess volume stays with that order
                    return owner;
                }
            }
            return owner;
        }

        /// <summary>The tracked orders looked up by what a deal names: opened ticket, echoed refid, ticket to close.</summary>
        private sealed class TrackedIndex
        {
            public TrackedIndex(IReadOnlyList<TrackedOrderView> tracked)
            {
                for (var i = 0; i < tracked.Count; i++)
                {
                    var order = tracked[i];
                    foreach (var positionId in order.OpenedPositionIds)
                    {
                        Add(ByOpenedPosition, positionId, i);
                    }
                    foreach (var refId in order.RefIds)
                    {
                        Add(ByRefId, refId, i);
                    }
                    if (order.PendingOrderId.HasValue)
                    {
                        Pending.Add(order);
                    }
                }
                // stable sort: orders with equal sequence keep the caller's order, as before
                foreach (var order in tracked.OrderBy(t => t.Sequence))
                {
                    foreach (var positionId in order.Closes.Select(c => c.PositionId).Distinct())
                    {
                        if (!ClosersByPosition.TryGetValue(positionId, out var closers))
                        {
                            ClosersByPosition[positionId] = closers = new List<TrackedOrderView>();
                        }
                        closers.Add(order);
                    }
                }
            }

            /// <summary>Indexes (ascending) into the tracked list of the orders that opened a ticket.</summary>
            public Dictionary<long, List<int>> ByOpenedPosition { get; } = new();

            /// <summary>Indexes (ascending) into the tracked list of the orders that sent a refid.</summary>
            public Dictionary<long, List<int>> ByRefId { get; } = new();

            /// <summary>Orders that asked to close a ticket, by ascending sequence.</summary>
            public Dictionary<long, List<TrackedOrderView>> ClosersByPosition { get; } = new();

            /// <summary>Orders with a BTCC pending order, in the caller's order.</summary>
            public List<TrackedOrderView> Pending { get; } = new();

            private static void Add(Dictionary<long, List<int>> map, long key, int index)
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = new List<int>();
                }
                list.Add(index);
            }
        }
    }
}
