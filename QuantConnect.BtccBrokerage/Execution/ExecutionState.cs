using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>What one poll of BTCC's lists returned.</summary>
    /// <param name="Orders">orderList (open pending orders).</param>
    /// <param name="Fills">dealTodayList (or getTradeReport during a catch-up).</param>
    /// <param name="Positions">positionlist, or null when not polled this time.</param>
    /// <param name="SettlementTime">dealTodayList's settlement_time.</param>
    public sealed record ExecutionSnapshot(IReadOnlyList<BtccOrder> Orders, IReadOnlyList<BtccFill> Fills, IReadOnlyList<BtccPosition>? Positions, long SettlementTime);

    /// <summary>
    /// What the fill engine remembers between two polls. Immutable: <see cref="ExecutionDiff"/> returns the next one.
    /// </summary>
    public sealed record ExecutionState
    {
        /// <summary>The state before any poll.</summary>
        public static ExecutionState Empty { get; } = new();

        /// <summary>
        /// Per BTCC pending order: the executed volume already explained by attributed fills. Growth of
        /// orderList's execute_volume beyond it is what lets a triggered-order deal be attributed.
        /// </summary>
        public IReadOnlyDictionary<long, decimal> AccountedVolume { get; init; } = new Dictionary<long, decimal>();

        /// <summary>Pending order ids listed in the previous orderList.</summary>
        public IReadOnlySet<long> ListedOrderIds { get; init; } = new HashSet<long>();

        /// <summary>Previous positionlist: ticket id → (volume, swap).</summary>
        public IReadOnlyDictionary<long, (decimal Volume, decimal Swap)> Positions { get; init; } = new Dictionary<long, (decimal, decimal)>();

        /// <summary>Previous settlement_time (0 before the first poll).</summary>
        public long SettlementTime { get; init; }

        /// <summary>A copy that also accounts <paramref name="volume"/> as executed for <paramref name="pendingOrderId"/>.</summary>
        public ExecutionState WithAccounted(long pendingOrderId, decimal volume)
        {
            var accounted = new Dictionary<long, decimal>(AccountedVolume) { [pendingOrderId] = volume };
            return this with { AccountedVolume = accounted };
        }
    }
}
