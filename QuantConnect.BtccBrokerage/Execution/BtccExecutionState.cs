/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>What one orderList listing showed of a pending order's executions.</summary>
    /// <param name="Executed">Its execute_volume.</param>
    /// <param name="LastExecution">Its execute_time: when the last of those executions happened, unix seconds.</param>
    public readonly record struct BtccExecutionCheckpoint(decimal Executed, long LastExecution);

    /// <summary>What one poll of BTCC's lists returned.</summary>
    /// <param name="Orders">orderList (open pending orders).</param>
    /// <param name="Fills">dealTodayList (or getTradeReport during a catch-up).</param>
    /// <param name="Positions">positionlist, or null when not polled this time.</param>
    /// <param name="SettlementTime">dealTodayList's settlement_time.</param>
    public sealed record BtccExecutionSnapshot(IReadOnlyList<BtccOrder> Orders, IReadOnlyList<BtccFill> Fills, IReadOnlyList<BtccPosition>? Positions, long SettlementTime)
    {
        /// <summary>
        /// Whether this poll read orderList. When not (adaptive polling read only what it needed), <see cref="Orders"/> is
        /// the last listing read: no order has left it or appeared in it since, as far as this poll knows.
        /// </summary>
        public bool OrdersRead { get; init; } = true;

        /// <summary>Whether this poll read dealTodayList (when not, <see cref="Fills"/> is empty and <see cref="SettlementTime"/> the last one read).</summary>
        public bool DealsRead { get; init; } = true;
    }

    /// <summary>
    /// What the fill engine remembers between two polls. Immutable: <see cref="BtccExecutionDiff"/> returns the next one.
    /// </summary>
    public sealed record BtccExecutionState
    {
        /// <summary>The state before any poll.</summary>
        public static BtccExecutionState Empty { get; } = new();

        /// <summary>
        /// Per BTCC pending order: the executed volume already explained by attributed fills. Growth of
        /// orderList's execute_volume beyond it is what lets a triggered-order deal be attributed.
        /// </summary>
        public IReadOnlyDictionary<long, decimal> AccountedVolume { get; init; } = new Dictionary<long, decimal>();

        /// <summary>
        /// Per BTCC pending order whose accounted volume was read from a listing (the brokerage's start, LEAN taking
        /// over open orders): the last execution that volume includes (its execute_time, unix seconds). Deals executed
        /// until then are in the accounted volume, so only a later deal can be the order's growth.
        /// </summary>
        public IReadOnlyDictionary<long, long> AccountedSince { get; init; } = new Dictionary<long, long>();

        /// <summary>
        /// Per tracked BTCC pending order, what orderList showed of its executions over time (executed volume and the
        /// time of the last execution, each time the volume grew), still needed to tell which deal is whose.
        /// </summary>
        public IReadOnlyDictionary<long, IReadOnlyList<BtccExecutionCheckpoint>> Checkpoints { get; init; } = new Dictionary<long, IReadOnlyList<BtccExecutionCheckpoint>>();

        /// <summary>Pending order ids listed in the previous orderList.</summary>
        public IReadOnlySet<long> ListedOrderIds { get; init; } = new HashSet<long>();

        /// <summary>Previous positionlist: ticket id → (volume, swap).</summary>
        public IReadOnlyDictionary<long, (decimal Volume, decimal Swap)> Positions { get; init; } = new Dictionary<long, (decimal, decimal)>();

        /// <summary>Previous settlement_time (0 before the first poll).</summary>
        public long SettlementTime { get; init; }

        /// <summary>
        /// A copy that accounts <paramref name="volume"/> as executed for <paramref name="pendingOrderId"/>, as a listing
        /// at <paramref name="since"/> showed it (0: what earlier fills explained, no listing time).
        /// </summary>
        public BtccExecutionState WithAccounted(long pendingOrderId, decimal volume, long since = 0)
        {
            var accounted = new Dictionary<long, decimal>(AccountedVolume) { [pendingOrderId] = volume };
            var times = new Dictionary<long, long>(AccountedSince);
            if (since > 0)
            {
                times[pendingOrderId] = since;
            }
            else
            {
                times.Remove(pendingOrderId);
            }
            return this with { AccountedVolume = accounted, AccountedSince = times };
        }
    }
}
