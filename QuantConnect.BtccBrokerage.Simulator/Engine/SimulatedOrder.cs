/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>A pending order (openpending).</summary>
    public sealed record SimulatedOrder
    {
        /// <summary>Order id.</summary>
        public long Id { get; init; }
        /// <summary>Instrument of the order.</summary>
        public required SimulatedInstrument Instrument { get; init; }
        /// <summary>1 buy, 2 sell, as sent.</summary>
        public int Direction { get; init; }
        /// <summary>1 limit open, 2 stop open, 3 limit close, 4 market stop-loss, 5 market take-profit.</summary>
        public int Type { get; init; }
        /// <summary>Trigger / limit price.</summary>
        public decimal RequestPrice { get; init; }
        /// <summary>Requested volume (changes with updatepending).</summary>
        public decimal RequestVolume { get; init; }
        /// <summary>Volume at placement.</summary>
        public decimal InitVolume { get; init; }
        /// <summary>Stop-loss for the position it opens.</summary>
        public decimal StopLoss { get; init; }
        /// <summary>Take-profit for the position it opens.</summary>
        public decimal TakeProfit { get; init; }
        /// <summary>1 placed, 2 triggered, 4 partially triggered, 5 cancelled, 6 declined.</summary>
        public int Status { get; init; }
        /// <summary>Volume-weighted fill price so far.</summary>
        public decimal ExecutePrice { get; init; }
        /// <summary>Filled volume so far.</summary>
        public decimal ExecuteVolume { get; init; }
        /// <summary>Time of the last fill.</summary>
        public DateTimeOffset? ExecuteTime { get; init; }
        /// <summary>Placement time.</summary>
        public DateTimeOffset RequestTime { get; init; }
        /// <summary>Position a close order (types 3-5) acts on. Internal state: BTCC's order object has no such field.</summary>
        public long PositionId { get; init; }
        /// <summary>Last deal this order caused (getHisOrder's <c>dealid</c>).</summary>
        public long LastDealId { get; init; }
        /// <summary>Commission of this order's fills.</summary>
        public decimal Commission { get; init; }
        /// <summary>
        /// A limit that was on the wrong side of the market when placed or last updated: it takes liquidity, so it fills
        /// at the market's price as a taker, not at its limit. Internal state: BTCC's order object has no such field.
        /// </summary>
        public bool AtMarket { get; init; }
        /// <summary>When the order came into being (drives LateReportDelay).</summary>
        public DateTimeOffset CreatedAt { get; init; }
        /// <summary>Leverage as sent (<c>multiple</c>): any whole number from 1 to the path's maximum (its suffix).</summary>
        public int Multiple { get; init; }
        /// <summary>Placed or partially triggered.</summary>
        public bool IsOpen => Status is OrderStatus.Placed or OrderStatus.PartiallyTriggered;
        /// <summary>Open types 1-2 open a position; 3-5 close one.</summary>
        public bool ClosesPosition => Type >= PendingType.LimitClose;
    }

    /// <summary>BTCC pending-order status codes.</summary>
    public static class OrderStatus
    {
        /// <summary>Pending order placed.</summary>
        public const int Placed = 1;
        /// <summary>Execution triggered (done).</summary>
        public const int Triggered = 2;
        /// <summary>Partially triggered.</summary>
        public const int PartiallyTriggered = 4;
        /// <summary>Cancelled.</summary>
        public const int Cancelled = 5;
        /// <summary>Declined.</summary>
        public const int Declined = 6;
    }

    /// <summary>openpending <c>type</c> codes.</summary>
    public static class PendingType
    {
        /// <summary>Limit open.</summary>
        public const int LimitOpen = 1;
        /// <summary>Stop open.</summary>
        public const int StopOpen = 2;
        /// <summary>Limit close.</summary>
        public const int LimitClose = 3;
        /// <summary>Market stop-loss close.</summary>
        public const int StopLoss = 4;
        /// <summary>Market take-profit close.</summary>
        public const int TakeProfit = 5;
    }
}
