/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>BTCC's <c>direction</c>: 1 buy (long), 2 sell (short).</summary>
    public enum BtccDirection
    {
        /// <summary>Not set (BTCC's placeholder examples print 0).</summary>
        None = 0,
        /// <summary>Buy / long.</summary>
        Buy = 1,
        /// <summary>Sell / short.</summary>
        Sell = 2
    }

    /// <summary><c>type</c> of openpending and of pending-order objects.</summary>
    public enum BtccPendingOrderType
    {
        /// <summary>Not set.</summary>
        None = 0,
        /// <summary>Limit order opening a position.</summary>
        LimitOpen = 1,
        /// <summary>Stop order opening a position.</summary>
        StopOpen = 2,
        /// <summary>Limit order closing a position (needs positionid).</summary>
        LimitClose = 3,
        /// <summary>Market stop-loss order (needs positionid).</summary>
        MarketStopLoss = 4,
        /// <summary>Market take-profit order (needs positionid).</summary>
        MarketTakeProfit = 5
    }

    /// <summary><c>type</c> of updatepending, coded differently from openpending: 0 limit, 1 stop.</summary>
    public enum BtccPendingUpdateType
    {
        /// <summary>Limit pending order.</summary>
        Limit = 0,
        /// <summary>Stop pending order.</summary>
        Stop = 1
    }

    /// <summary>Pending-order <c>status</c> (there is no 3).</summary>
    public enum BtccOrderStatus
    {
        /// <summary>Initial.</summary>
        Initial = 0,
        /// <summary>Placed and working.</summary>
        Placed = 1,
        /// <summary>Triggered (executed).</summary>
        Triggered = 2,
        /// <summary>Partially triggered.</summary>
        PartiallyTriggered = 4,
        /// <summary>Cancelled.</summary>
        Cancelled = 5,
        /// <summary>Declined.</summary>
        Declined = 6
    }

    /// <summary>Position <c>status</c>.</summary>
    public enum BtccPositionStatus
    {
        /// <summary>Initial.</summary>
        Initial = 0,
        /// <summary>Open.</summary>
        Open = 1,
        /// <summary>Closed.</summary>
        Closed = 2
    }

    /// <summary>Deal <c>reason</c>.</summary>
    public enum BtccDealReason
    {
        /// <summary>Not set.</summary>
        None = 0,
        /// <summary>The fill opened a position.</summary>
        Open = 1,
        /// <summary>The fill closed a position.</summary>
        Close = 2
    }

    /// <summary>
    /// A deal's <c>order_type</c> in dealTodayList / profitTodayList: what caused the fill. BTCC documents 1 market
    /// open, 2 limit open, 3 stop open, "4, 5, 6, 8, 9 close position" (without telling the close kinds apart),
    /// 7 forced liquidation and 12 position modification.
    /// </summary>
    public enum BtccDealOrderType
    {
        /// <summary>Not set.</summary>
        None = 0,
        /// <summary>Opened at market (openposition).</summary>
        MarketOpen = 1,
        /// <summary>Opened by a triggered limit order.</summary>
        LimitOpen = 2,
        /// <summary>Opened by a triggered stop order.</summary>
        StopOpen = 3,
        /// <summary>A close (also what a getTradeReport close is read as: its codes do not map to 4-9).</summary>
        Close = 4,
        /// <summary>A close of another kind.</summary>
        Close5 = 5,
        /// <summary>A close of another kind.</summary>
        Close6 = 6,
        /// <summary>Forced liquidation.</summary>
        Liquidation = 7,
        /// <summary>A close of another kind.</summary>
        Close8 = 8,
        /// <summary>A close of another kind.</summary>
        Close9 = 9,
        /// <summary>Position modification.</summary>
        ModifyPosition = 12
    }
}
