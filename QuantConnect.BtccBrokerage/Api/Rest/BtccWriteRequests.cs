/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>Parameters of <c>POST /v1/account/openposition</c> (market open).</summary>
    public sealed record BtccOpenPositionRequest(string Symbol, BtccDirection Direction, decimal Volume, decimal Price, int Multiple, long RefId)
    {
        /// <summary>
        /// After an ambiguous failure whose effect the lists do not show, whether the write is sent again (default). A
        /// caller that settles the outcome from the lists itself turns it off: a list that lags behind the exchange
        /// would make the re-send a second order.
        /// </summary>
        public bool ResendWhenNotListed { get; init; } = true;
        /// <summary>Optional stop-loss price.</summary>
        public decimal? StopLoss { get; init; }
        /// <summary>Optional take-profit price.</summary>
        public decimal? TakeProfit { get; init; }
    }

    /// <summary>Parameters of <c>POST /v1/account/closeposition</c> (market close of one ticket).</summary>
    /// <param name="PositionId">The ticket to close.</param>
    /// <param name="Direction">Sent as-is; BTCC does not document whether it is the position's or the closing side.</param>
    /// <param name="Symbol">The ticket's symbol path.</param>
    /// <param name="Volume">Volume to close (less than the ticket's volume for a partial close).</param>
    /// <param name="Price">Request price.</param>
    public sealed record BtccClosePositionRequest(long PositionId, BtccDirection Direction, string Symbol, decimal Volume, decimal Price)
    {
        /// <summary>Optional client reference.</summary>
        public long? RefId { get; init; }
        /// <summary>
        /// After an ambiguous failure whose effect the lists do not show, whether the write is sent again (default). A
        /// caller that settles the outcome from the lists itself turns it off: a list that lags behind the exchange
        /// would make the re-send a second order.
        /// </summary>
        public bool ResendWhenNotListed { get; init; } = true;
        /// <summary>
        /// The ticket's volume as the caller last saw it; lets an ambiguous partial close be recognised in
        /// positionlist (volume shrank by at least <see cref="Volume"/>).
        /// </summary>
        public decimal? PositionVolume { get; init; }
    }

    /// <summary>Parameters of <c>POST /v1/account/openpending</c>.</summary>
    public sealed record BtccOpenPendingRequest(string Symbol, BtccDirection Direction, BtccPendingOrderType Type, decimal Volume, decimal Price, int Multiple)
    {
        /// <summary>Required (non-zero) for types 3, 4 and 5.</summary>
        public long? PositionId { get; init; }
        /// <summary>
        /// After an ambiguous failure whose effect the lists do not show, whether the write is sent again (default). A
        /// caller that settles the outcome from the lists itself turns it off: a list that lags behind the exchange
        /// would make the re-send a second order.
        /// </summary>
        public bool ResendWhenNotListed { get; init; } = true;
        /// <summary>
        /// Orders that existed before this request (listed earlier, or known to belong to other requests): an
        /// ambiguous failure's look-up never takes one of them for this write's effect, however alike.
        /// </summary>
        public IReadOnlySet<long>? ExistingOrderIds { get; init; }
        /// <summary>Optional stop-loss price.</summary>
        public decimal? StopLoss { get; init; }
        /// <summary>Optional take-profit price.</summary>
        public decimal? TakeProfit { get; init; }
    }

    /// <summary>Parameters of <c>POST /v1/account/updatepending</c> (type is 0 limit / 1 stop here).</summary>
    public sealed record BtccUpdatePendingRequest(long OrderId, BtccDirection Direction, BtccPendingUpdateType Type, decimal Volume, decimal Price)
    {
        /// <summary>Optional symbol path.</summary>
        public string? Symbol { get; init; }
        /// <summary>Optional stop-loss price.</summary>
        public decimal? StopLoss { get; init; }
        /// <summary>Optional take-profit price.</summary>
        public decimal? TakeProfit { get; init; }
    }

    /// <summary>Filters and paging of the <c>/v1/user/*</c> history endpoints. Times are sent as given.</summary>
    public sealed record BtccHistoryQuery
    {
        /// <summary>Range start (BTCC's unit; its history timestamps are milliseconds).</summary>
        public long? BeginTime { get; init; }
        /// <summary>Range end.</summary>
        public long? EndTime { get; init; }
        /// <summary>Page number, 1-based.</summary>
        public int PageNo { get; init; } = 1;
        /// <summary>Page size.</summary>
        public int PageSize { get; init; } = 100;
        /// <summary>Order id filter.</summary>
        public string? OrderId { get; init; }
        /// <summary>Symbol path filter.</summary>
        public string? Symbol { get; init; }
        /// <summary>Order type filter.</summary>
        public int? OrderType { get; init; }
        /// <summary>Side filter (getTradeReport/getHisOrder <c>direction</c>, getProfitReport <c>openDirection</c>).</summary>
        public BtccDirection? Direction { get; init; }
        /// <summary>1 (or none) USDT-margined, 2 coin-margined.</summary>
        public int? ContractType { get; init; }
        /// <summary>getTradeReport only: "OPEN" or "CLOSE".</summary>
        public string? ReportType { get; init; }
        /// <summary>getHisOrder only: status filter.</summary>
        public int? Status { get; init; }
    }
}
