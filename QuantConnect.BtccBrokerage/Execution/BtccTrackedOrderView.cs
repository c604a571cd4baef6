/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>A close LEAN asked for on one ticket, and how much of it fills already covered.</summary>
    /// <param name="PositionId">The ticket.</param>
    /// <param name="Volume">Volume asked to close.</param>
    /// <param name="Attributed">Volume of close deals already attributed to this request.</param>
    public sealed record BtccPositionCloseRequest(long PositionId, decimal Volume, decimal Attributed = 0m)
    {
        /// <summary>Close volume still expected.</summary>
        public decimal Remaining => Volume - Attributed;
    }

    /// <summary>
    /// What the fill engine knows about one open LEAN order, or one leg of it (a LEAN order sent as several BTCC
    /// pending orders has a view per pending order): the BTCC ids it got and how much is filled.
    /// An immutable input of <see cref="BtccExecutionDiff"/>.
    /// </summary>
    /// <param name="OrderId">Who fills are attributed to: the LEAN order, or its leg (the fill engine's id for it).</param>
    /// <param name="SymbolPath">BTCC symbol path the order went to.</param>
    /// <param name="Direction">Buy or sell.</param>
    /// <param name="Quantity">Absolute order quantity.</param>
    /// <param name="FilledVolume">Absolute quantity filled so far.</param>
    /// <param name="RequestTime">When it was sent, unix seconds (exchange clock).</param>
    /// <param name="Sequence">Order of submission, for first-in-first-out ties.</param>
    public sealed record BtccTrackedOrderView(int OrderId, string SymbolPath, BtccDirection Direction, decimal Quantity, decimal FilledVolume, long RequestTime, long Sequence)
    {
        /// <summary>BTCC pending order id (limit/stop orders).</summary>
        public long? PendingOrderId { get; init; }

        /// <summary>openpending type: limit or stop open, or limit close / stop-loss on <see cref="ClosesPositionId"/>.</summary>
        public BtccPendingOrderType? PendingType { get; init; }

        /// <summary>The ticket a closing pending order closes (0: any of its symbol's, when not known).</summary>
        public long ClosesPositionId { get; init; }

        /// <summary>Whether the pending order closes a ticket (types 3, 4, 5) rather than opening one.</summary>
        public bool ClosesTicket => PendingType is BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketStopLoss or BtccPendingOrderType.MarketTakeProfit;

        /// <summary>The limit or stop price.</summary>
        public decimal? PendingPrice { get; init; }

        /// <summary>
        /// Every limit or stop price the order had (updates change it): a fill listed after an update may have been
        /// made at an earlier price. Empty means <see cref="PendingPrice"/> only.
        /// </summary>
        public IReadOnlySet<decimal> PendingPrices { get; init; } = new HashSet<decimal>();

        /// <summary>Tickets this order opened (openposition replies, or ids recovered by refid).</summary>
        public IReadOnlySet<long> OpenedPositionIds { get; init; } = new HashSet<long>();

        /// <summary>refids sent with this order's openposition requests.</summary>
        public IReadOnlySet<long> RefIds { get; init; } = new HashSet<long>();

        /// <summary>Closes this order asked for, in request order.</summary>
        public IReadOnlyList<BtccPositionCloseRequest> Closes { get; init; } = Array.Empty<BtccPositionCloseRequest>();

        /// <summary>
        /// The largest execute_volume BTCC showed for the pending order (orderList, or a write's reply such as a cancel
        /// a fill beat): fills up to it belong to the order even after it left orderList.
        /// </summary>
        public decimal KnownExecutedVolume { get; init; }

        /// <summary>
        /// Whether BTCC cancelled this pending order while no executed volume beyond what is reported was known and its
        /// history names no deal: once it leaves orderList it cannot own a new fill.
        /// </summary>
        public bool CanceledWithoutFills { get; init; }

        /// <summary>
        /// Whether BTCC said the pending order is no longer working (it refused its cancel) while orderList may still list
        /// it: the listing lags, so the order is matched as one that left the list.
        /// </summary>
        public bool NotWorking { get; init; }

        /// <summary>Whether BTCC answered the order's cancel: <see cref="KnownExecutedVolume"/> is all it executed.</summary>
        public bool CancelConfirmed { get; init; }

        /// <summary>Whether BTCC's order history says the pending order executed in full (status 2).</summary>
        public bool Completed { get; init; }

        /// <summary>The last deal id BTCC's order history gives for the triggered order (null: not looked up).</summary>
        public long? HistoryLastDealId { get; init; }
    }
}
