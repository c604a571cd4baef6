/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>Order types.</summary>
    public enum OrderType
    {
        Market, Limit, StopMarket, StopLimit, MarketOnOpen, MarketOnClose, OptionExercise,
        LimitIfTouched, ComboMarket, ComboLimit, ComboLegLimit, TrailingStop
    }

    /// <summary>Order directions.</summary>
    public enum OrderDirection
    {
        Buy, Sell, Hold
    }

    /// <summary>Whether an order opens or closes a position.</summary>
    public enum OrderPosition
    {
        BuyToOpen, BuyToClose, SellToOpen, SellToClose
    }

    /// <summary>Order states.</summary>
    public enum OrderStatus
    {
        New = 0, Submitted = 1, PartiallyFilled = 2, Filled = 3, Canceled = 5, None = 6, Invalid = 7, CancelPending = 8, UpdateSubmitted = 9
    }

    /// <summary>Order status helpers (stand-in for LEAN's OrderExtensions).</summary>
    public static class OrderExtensions
    {
        /// <summary>Whether the status is final: Filled, Canceled or Invalid.</summary>
        public static bool IsClosed(this OrderStatus status)
            => status == OrderStatus.Filled || status == OrderStatus.Canceled || status == OrderStatus.Invalid;

        /// <summary>Whether the status is not final.</summary>
        public static bool IsOpen(this OrderStatus status) => !status.IsClosed();

        /// <summary>Whether the status involves a fill.</summary>
        public static bool IsFill(this OrderStatus status) => status == OrderStatus.Filled || status == OrderStatus.PartiallyFilled;
    }
}
