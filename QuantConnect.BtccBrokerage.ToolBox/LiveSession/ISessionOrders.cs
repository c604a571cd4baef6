/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>What a strategy may do with orders in the live session (LEAN's order tickets in miniature).</summary>
    internal interface ISessionOrders
    {
        /// <summary>Places a market order; returns its LEAN order id (the order may have been refused: see its status).</summary>
        int MarketOrder(Symbol symbol, decimal quantity, string tag);

        /// <summary>Places a limit order; returns its LEAN order id.</summary>
        int LimitOrder(Symbol symbol, decimal quantity, decimal limitPrice, string tag);

        /// <summary>Moves a working limit order's price; false when the brokerage did not take the update.</summary>
        bool UpdateLimitPrice(int orderId, decimal limitPrice, string tag);

        /// <summary>Asks the brokerage to cancel an order; the Canceled event follows.</summary>
        bool Cancel(int orderId);

        /// <summary>The order with an id, or null.</summary>
        Order? GetOrder(int orderId);

        /// <summary>The session's current holding quantity of a symbol.</summary>
        decimal HoldingQuantity(Symbol symbol);
    }
}
