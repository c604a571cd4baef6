/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>The market rules of <see cref="BtccExecutionDiff"/>: a deal on a ticket an order opened, echoed or asked to close.</summary>
    public static partial class BtccExecutionDiff
    {
        /// <summary>The position in <paramref name="tracked"/> of the order a market open deal is, or -1.</summary>
        private static int MatchMarketOpen(BtccFill fill, IReadOnlyList<BtccTrackedOrderView> tracked, TrackedIndex index,
            Dictionary<long, long>? refIdOwners, decimal[] filled)
        {
            if (fill.Reason != BtccDealReason.Open)
            {
                return -1;
            }
            // the first tracked order (in the caller's order) that opened this ticket or sent the refid it echoes
            var refId = refIdOwners?.GetValueOrDefault(fill.PositionId) ?? 0;
            var best = int.MaxValue;
            Consider(index.ByOpenedPosition.GetValueOrDefault(fill.PositionId));
            if (refId != 0)
            {
                Consider(index.ByRefId.GetValueOrDefault(refId));
            }
            return best == int.MaxValue ? -1 : best;

            void Consider(List<int>? candidates)
            {
                if (candidates == null)
                {
                    return;
                }
                foreach (var i in candidates)
                {
                    if (i < best && filled[i] < tracked[i].Quantity)
                    {
                        best = i;
                        break; // candidates are ascending
                    }
                }
            }
        }

        /// <summary>
        /// The position in tracked of the order a close deal is (several on one ticket: first in, first out; none sent after
        /// the deal), or -1.
        /// </summary>
        private static int MatchClose(BtccFill fill, IReadOnlyList<BtccTrackedOrderView> tracked, TrackedIndex index, List<BtccPositionCloseRequest>?[] closes)
        {
            if (fill.Reason != BtccDealReason.Close || !index.ClosersByPosition.TryGetValue(fill.PositionId, out var closers))
            {
                return -1;
            }
            // first-in-first-out across the orders that asked to close this ticket
            var volume = fill.Volume;
            var owner = -1;
            foreach (var order in closers)
            {
                if (fill.ExecTime < tracked[order].RequestTime)
                {
                    continue;
                }
                var requests = closes[order]!;
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
                    owner = owner >= 0 ? owner : order;
                    if (volume == 0m)
                    {
                        return owner;
                    }
                }
                if (owner >= 0)
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
            public TrackedIndex(IReadOnlyList<BtccTrackedOrderView> tracked)
            {
                List<(BtccTrackedOrderView Order, int Index)>? closing = null;
                for (var i = 0; i < tracked.Count; i++)
                {
                    var order = tracked[i];
                    // most orders name no ticket and no refid: their sets are not enumerated
                    if (order.OpenedPositionIds.Count > 0)
                    {
                        foreach (var positionId in order.OpenedPositionIds)
                        {
                            Add(ByOpenedPosition, positionId, i);
                        }
                    }
                    if (order.RefIds.Count > 0)
                    {
                        foreach (var refId in order.RefIds)
                        {
                            Add(ByRefId, refId, i);
                        }
                    }
                    if (order.PendingOrderId.HasValue)
                    {
                        Pending.Add(i);
                    }
                    if (order.Closes.Count > 0)
                    {
                        (closing ??= new()).Add((order, i));
                    }
                }
                if (closing == null)
                {
                    return;
                }
                // by sequence; orders with equal sequence keep the caller's order
                closing.Sort(static (a, b) => a.Order.Sequence != b.Order.Sequence ? a.Order.Sequence.CompareTo(b.Order.Sequence) : a.Index.CompareTo(b.Index));
                foreach (var (order, i) in closing)
                {
                    foreach (var close in order.Closes)
                    {
                        if (!ClosersByPosition.TryGetValue(close.PositionId, out var closers))
                        {
                            ClosersByPosition[close.PositionId] = closers = new List<int>();
                        }
                        if (closers.Count == 0 || closers[^1] != i)
                        {
                            closers.Add(i);
                        }
                    }
                }
            }

            /// <summary>Indexes (ascending) into the tracked list of the orders that opened a ticket.</summary>
            public Dictionary<long, List<int>> ByOpenedPosition { get; } = new();

            /// <summary>Indexes (ascending) into the tracked list of the orders that sent a refid.</summary>
            public Dictionary<long, List<int>> ByRefId { get; } = new();

            /// <summary>Positions in the tracked list of the orders that asked to close a ticket, by ascending sequence.</summary>
            public Dictionary<long, List<int>> ClosersByPosition { get; } = new();

            /// <summary>Positions in the tracked list of the orders with a BTCC pending order, in the caller's order.</summary>
            public List<int> Pending { get; } = new();

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
