/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Runtime.InteropServices;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>A fill attributed to a LEAN order.</summary>
    /// <param name="OrderId">LEAN order id.</param>
    /// <param name="Fill">The BTCC deal.</param>
    public sealed record BtccAttributedFill(int OrderId, BtccFill Fill);

    /// <summary>A tracked pending order that is no longer in orderList.</summary>
    /// <param name="OrderId">LEAN order id.</param>
    /// <param name="PendingOrderId">BTCC order id.</param>
    public sealed record BtccLeftOrder(int OrderId, long PendingOrderId);

    /// <summary>Everything one poll revealed.</summary>
    public sealed record BtccExecutionDiffResult
    {
        /// <summary>New fills of LEAN orders, in execution order.</summary>
        public IReadOnlyList<BtccAttributedFill> Fills { get; init; } = Array.Empty<BtccAttributedFill>();

        /// <summary>New fills that belong to no tracked LEAN order (web app, liquidation, or not yet known).</summary>
        public IReadOnlyList<BtccFill> Unmatched { get; init; } = Array.Empty<BtccFill>();

        /// <summary>Tracked pending orders that left orderList and are not fully filled.</summary>
        public IReadOnlyList<BtccLeftOrder> LeftOrders { get; init; } = Array.Empty<BtccLeftOrder>();

        /// <summary>Orders in orderList no tracked LEAN order owns, listed for the first time.</summary>
        public IReadOnlyList<BtccOrder> UnknownOrders { get; init; } = Array.Empty<BtccOrder>();

        /// <summary>Whether any ticket appeared, disappeared or changed volume or swap (funding).</summary>
        public bool PositionsChanged { get; init; }

        /// <summary>Whether settlement_time moved: fills may have left dealTodayList unseen.</summary>
        public bool SettlementChanged { get; init; }

        /// <summary>The state for the next poll.</summary>
        public BtccExecutionState Next { get; init; } = BtccExecutionState.Empty;
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
    /// A deal matching no rule is returned in <see cref="BtccExecutionDiffResult.Unmatched"/>. Deals are read once
    /// each (duplicates in a list are dropped) in execution order (exec_time, then deal id), whatever order
    /// BTCC listed them in; deals the ledger already holds are skipped first, at one look-up each, so a
    /// poll's work beyond that is in the deals it has not seen yet (and an order a deal filled is not a candidate for later ones).
    /// </remarks>
    public static partial class BtccExecutionDiff
    {
        /// <summary>Computes what happened since <paramref name="previous"/>.</summary>
        /// <param name="previous">State after the previous poll.</param>
        /// <param name="current">The lists just read.</param>
        /// <param name="tracked">Open LEAN orders with their BTCC ids.</param>
        /// <param name="isReported">Whether a deal id was already reported (the ledger).</param>
        public static BtccExecutionDiffResult Compute(BtccExecutionState previous, BtccExecutionSnapshot current, IReadOnlyList<BtccTrackedOrderView> tracked, Func<long, bool> isReported)
        {
            ArgumentNullException.ThrowIfNull(previous);
            ArgumentNullException.ThrowIfNull(current);
            ArgumentNullException.ThrowIfNull(tracked);
            ArgumentNullException.ThrowIfNull(isReported);

            var listed = new Dictionary<long, BtccOrder>(current.Orders.Count);
            foreach (var order in current.Orders)
            {
                listed.TryAdd(order.Id, order);
            }
            Dictionary<long, long>? refIdOwners = null;
            if (current.Positions != null)
            {
                foreach (var position in current.Positions)
                {
                    if (position.OrderRefId != 0)
                    {
                        (refIdOwners ??= new Dictionary<long, long>()).TryAdd(position.Id, position.OrderRefId);
                    }
                }
            }

            // working copies the attribution updates as it goes, so two deals never take the same volume (by position in tracked)
            var filled = new decimal[tracked.Count];
            var closes = new List<BtccPositionCloseRequest>?[tracked.Count];
            for (var i = 0; i < tracked.Count; i++)
            {
                filled[i] = tracked[i].FilledVolume;
                if (tracked[i].Closes.Count > 0)
                {
                    closes[i] = tracked[i].Closes.ToList();
                }
            }
            var accounted = new Dictionary<long, decimal>(previous.AccountedVolume);

            // indexes built once per poll so matching a deal does not rescan (or re-sort) every tracked order
            var index = new TrackedIndex(tracked);

            var fills = new List<BtccAttributedFill>();
            var unmatched = new List<BtccFill>();
            var fresh = Unseen(current.Fills, isReported);
            // what orderList shows of each tracked pending order's executions, for the triggered-order rule
            var checkpoints = new Dictionary<long, List<BtccExecutionCheckpoint>>(previous.Checkpoints.Count);
            foreach (var (id, seen) in previous.Checkpoints)
            {
                checkpoints.Add(id, seen.ToList());
            }
            foreach (var i in index.Pending)
            {
                if (listed.TryGetValue(tracked[i].PendingOrderId!.Value, out var listing) && listing.ExecuteTime > 0)
                {
                    var seen = checkpoints.TryGetValue(listing.Id, out var list) ? list : checkpoints[listing.Id] = new List<BtccExecutionCheckpoint>();
                    if (seen.Count == 0 || listing.ExecuteVolume > seen[^1].Executed)
                    {
                        seen.Add(new BtccExecutionCheckpoint(listing.ExecuteVolume, listing.ExecuteTime));
                    }
                }
            }
            var pending = new BtccPendingFillMatcher(tracked, index.Pending, listed, accounted, previous.AccountedSince, checkpoints);

            var reserved = Reserved(tracked, index.Pending, fresh);
            foreach (var fill in fresh)
            {
                var at = MatchMarketOpen(fill, tracked, index, refIdOwners, filled);
                var wait = false;
                if (at < 0 && fill.Reason == BtccDealReason.Close)
                {
                    at = pending.MatchProven(fill, filled, reserved, out wait);
                }
                if (at < 0 && !wait)
                {
                    at = MatchClose(fill, tracked, index, closes);
                    at = at >= 0 ? at : pending.Match(fill, filled, reserved);
                }
                if (at < 0)
                {
                    unmatched.Add(fill);
                    continue;
                }
                var owner = tracked[at];
                if (owner.HistoryLastDealId == fill.DealId)
                {
                    reserved[at] = 0m;
                }
                filled[at] += fill.Volume;
                if (owner.PendingOrderId is { } pendingId && BtccPendingFillMatcher.IsPendingExecution(fill))
                {
                    accounted[pendingId] = accounted.GetValueOrDefault(pendingId) + fill.Volume;
                }
                fills.Add(new BtccAttributedFill(owner.OrderId, fill));
            }

            // a listing not read this poll says nothing about orders leaving or appearing
            var left = new List<BtccLeftOrder>();
            var trackedPending = new HashSet<long>();
            for (var i = 0; i < tracked.Count; i++)
            {
                if (tracked[i].PendingOrderId is not { } id)
                {
                    continue;
                }
                trackedPending.Add(id);
                if (current.OrdersRead && !listed.ContainsKey(id) && filled[i] < tracked[i].Quantity)
                {
                    left.Add(new BtccLeftOrder(tracked[i].OrderId, id));
                }
            }
            var unknown = new List<BtccOrder>();
            if (current.OrdersRead)
            {
                foreach (var order in listed.Values)
                {
                    if (!trackedPending.Contains(order.Id) && !previous.ListedOrderIds.Contains(order.Id))
                    {
                        unknown.Add(order);
                    }
                }
                unknown.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            }

            var (positions, positionsChanged) = NextPositions(previous.Positions, current.Positions);

            // forget accounting of orders that are gone and no longer tracked
            foreach (var id in accounted.Keys.ToList())
            {
                if (!listed.ContainsKey(id) && !trackedPending.Contains(id))
                {
                    accounted.Remove(id);
                }
            }
            var accountedSince = new Dictionary<long, long>();
            foreach (var (id, since) in previous.AccountedSince)
            {
                if (accounted.ContainsKey(id))
                {
                    accountedSince.Add(id, since);
                }
            }
            // a checkpoint matters while it covers unexplained volume; the last explained one bounds the next deal's time
            var nextCheckpoints = new Dictionary<long, IReadOnlyList<BtccExecutionCheckpoint>>();
            foreach (var (id, seen) in checkpoints)
            {
                if (trackedPending.Contains(id))
                {
                    var done = accounted.GetValueOrDefault(id);
                    nextCheckpoints.Add(id, seen.Where((cp, i) => cp.Executed > done || i + 1 < seen.Count && seen[i + 1].Executed > done || i + 1 == seen.Count).ToList());
                }
            }

            return new BtccExecutionDiffResult
            {
                Fills = fills,
                Unmatched = unmatched,
                LeftOrders = left,
                UnknownOrders = unknown,
                PositionsChanged = positionsChanged,
                SettlementChanged = previous.SettlementTime != 0 && current.SettlementTime != previous.SettlementTime,
                Next = new BtccExecutionState
                {
                    AccountedVolume = accounted,
                    AccountedSince = accountedSince,
                    Checkpoints = nextCheckpoints,
                    ListedOrderIds = current.OrdersRead ? new HashSet<long>(listed.Keys) : previous.ListedOrderIds,
                    Positions = positions,
                    SettlementTime = current.SettlementTime != 0 ? current.SettlementTime : previous.SettlementTime
                }
            };
        }

        /// <summary>
        /// The deals this poll sees for the first time, in execution order (exec_time, then deal id): each listed deal costs
        /// one ledger look-up, and only the ones not reported yet are de-duplicated and sorted.
        /// </summary>
        private static List<BtccFill> Unseen(IReadOnlyList<BtccFill> listed, Func<long, bool> isReported)
        {
            var fresh = new List<BtccFill>();
            HashSet<long>? seen = null;
            ReadOnlySpan<BtccFill> all = listed switch
            {
                List<BtccFill> list => CollectionsMarshal.AsSpan(list),
                BtccFill[] array => array,
                _ => listed.ToArray()
            };
            foreach (var fill in all)
            {
                if (!isReported(fill.DealId) && (seen ??= new HashSet<long>()).Add(fill.DealId))
                {
                    fresh.Add(fill);
                }
            }
            fresh.Sort(static (a, b) => a.ExecTime != b.ExecTime ? a.ExecTime.CompareTo(b.ExecTime) : a.DealId.CompareTo(b.DealId));
            return fresh;
        }

        /// <summary>The volume of each order's history-named last deal (by position in tracked), kept for that deal: other deals cannot take it.</summary>
        private static decimal[] Reserved(IReadOnlyList<BtccTrackedOrderView> tracked, List<int> pending, List<BtccFill> fresh)
        {
            var reserved = new decimal[tracked.Count];
            Dictionary<long, decimal>? named = null;
            foreach (var i in pending)
            {
                if (tracked[i].HistoryLastDealId is { } last)
                {
                    (named ??= new Dictionary<long, decimal>()).TryAdd(last, 0m);
                }
            }
            if (named == null)
            {
                return reserved;
            }
            var listed = new Dictionary<long, decimal>(named.Count);
            foreach (var fill in fresh)
            {
                if (BtccPendingFillMatcher.IsPendingExecution(fill) && named.ContainsKey(fill.DealId))
                {
                    listed[fill.DealId] = fill.Volume;
                }
            }
            foreach (var i in pending)
            {
                if (tracked[i].HistoryLastDealId is { } last && listed.TryGetValue(last, out var volume))
                {
                    reserved[i] = volume;
                }
            }
            return reserved;
        }

        /// <summary>positionlist as ticket id → (volume, swap), and whether it changed (null when not read: the previous one, unchanged).</summary>
        private static (IReadOnlyDictionary<long, (decimal Volume, decimal Swap)> Positions, bool Changed) NextPositions(
            IReadOnlyDictionary<long, (decimal Volume, decimal Swap)> previous, IReadOnlyList<BtccPosition>? current)
        {
            if (current == null)
            {
                return (previous, false);
            }
            var next = new Dictionary<long, (decimal Volume, decimal Swap)>();
            foreach (var position in current)
            {
                next.TryAdd(position.Id, (position.Volume, position.Swap));
            }
            var changed = next.Count != previous.Count || next.Any(p => !previous.TryGetValue(p.Key, out var before) || before != p.Value);
            return (next, changed);
        }
    }
}
