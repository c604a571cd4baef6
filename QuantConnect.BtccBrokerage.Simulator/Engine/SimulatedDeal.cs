/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>A fill (dealTodayList item, getTradeReport row).</summary>
    public sealed record SimulatedDeal
    {
        /// <summary>Deal id.</summary>
        public long Id { get; init; }
        /// <summary>Position the deal opened or closed.</summary>
        public long PositionId { get; init; }
        /// <summary>Instrument.</summary>
        public required SimulatedInstrument Instrument { get; init; }
        /// <summary>Side executed by this deal: 1 buy, 2 sell (closing a long is a sell).</summary>
        public int Direction { get; init; }
        /// <summary>Side of the position: 1 long, 2 short.</summary>
        public int PositionDirection { get; init; }
        /// <summary>Fill price.</summary>
        public decimal ExecPrice { get; init; }
        /// <summary>Fill volume.</summary>
        public decimal ExecVolume { get; init; }
        /// <summary>Fill time.</summary>
        public DateTimeOffset ExecTime { get; init; }
        /// <summary>Realised profit (closing deals).</summary>
        public decimal Profit { get; init; }
        /// <summary>1 open, 2 close.</summary>
        public int Reason { get; init; }
        /// <summary>Position open price.</summary>
        public decimal SrcPrice { get; init; }
        /// <summary>Position open time.</summary>
        public DateTimeOffset SrcTime { get; init; }
        /// <summary>Position open volume.</summary>
        public decimal SrcVolume { get; init; }
        /// <summary>Funding attributed to the closed volume.</summary>
        public decimal Swap { get; init; }
        /// <summary>See <see cref="DealOrderType"/>.</summary>
        public int OrderType { get; init; }
        /// <summary>Commission of this fill.</summary>
        public decimal Commission { get; init; }
        /// <summary>Stop-loss of the position at fill time.</summary>
        public decimal StopLoss { get; init; }
        /// <summary>Take-profit of the position at fill time.</summary>
        public decimal TakeProfit { get; init; }
        /// <summary>Margin of the filled volume.</summary>
        public decimal Margin { get; init; }
        /// <summary>The pending order that caused the deal (0: none). The simulator's own truth: BTCC's deal names no order.</summary>
        public long OrderId { get; init; }
        /// <summary>The refid of the openposition/closeposition request that caused the deal (0: none). Not on the wire.</summary>
        public long RefId { get; init; }
        /// <summary>Rolled off dealTodayList by a settlement.</summary>
        public bool Settled { get; init; }
        /// <summary>When the deal came into being (drives LateReportDelay).</summary>
        public DateTimeOffset CreatedAt { get; init; }
        /// <summary>Leverage as sent (<c>multiple</c>): any whole number from 1 to the path's maximum (its suffix).</summary>
        public int Multiple { get; init; }
    }

    /// <summary>
    /// dealTodayList <c>order_type</c> codes. BTCC documents 1 market open, 2 limit open, 3 stop open,
    /// "4,5,6,8,9 close position" and 7 forced liquidation; the split of the close kinds is the simulator's.
    /// </summary>
    public static class DealOrderType
    {
        /// <summary>Open at market (openposition).</summary>
        public const int MarketOpen = 1;
        /// <summary>Open by a triggered limit order.</summary>
        public const int LimitOpen = 2;
        /// <summary>Open by a triggered stop order.</summary>
        public const int StopOpen = 3;
        /// <summary>Close at market (closeposition).</summary>
        public const int MarketClose = 4;
        /// <summary>Close by a limit-close pending order.</summary>
        public const int LimitClose = 5;
        /// <summary>Close by a stop-loss (pending type 4 or the position's stop_loss).</summary>
        public const int StopLossClose = 6;
        /// <summary>Forced liquidation.</summary>
        public const int Liquidation = 7;
        /// <summary>Close by a take-profit (pending type 5 or the position's take_profit).</summary>
        public const int TakeProfitClose = 8;
    }
}
