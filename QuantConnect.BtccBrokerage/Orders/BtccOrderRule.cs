/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// The BTCC rule an order breaks; its name is the code of the <see cref="BrokerageMessageEvent"/> that refuses it.
    /// </summary>
    public enum BtccOrderRule
    {
        /// <summary>No rule is broken.</summary>
        None,
        /// <summary>The brokerage is not connected to BTCC.</summary>
        NotConnected,
        /// <summary>BTCC trades crypto futures only.</summary>
        UnsupportedSecurityType,
        /// <summary>The symbol belongs to another market than btcc.</summary>
        UnsupportedMarket,
        /// <summary>Only Market, Limit and StopMarket orders map to BTCC requests.</summary>
        UnsupportedOrderType,
        /// <summary>The order has no quantity.</summary>
        ZeroQuantity,
        /// <summary>BTCC's instrument list has no such symbol.</summary>
        UnknownSymbol,
        /// <summary>BTCC does not accept orders for the symbol.</summary>
        NotTradable,
        /// <summary>The instrument is not margined in USDT (USDC, coin-margined, USDX), so it is not offered.</summary>
        UnsupportedMarginFamily,
        /// <summary>The symbol is buy-only and the order sells.</summary>
        BuyOnly,
        /// <summary>The symbol is sell-only and the order buys.</summary>
        SellOnly,
        /// <summary>The volume is below the instrument's minimum.</summary>
        VolumeBelowMinimum,
        /// <summary>The volume is not a multiple of the instrument's volume step.</summary>
        VolumeOffStep,
        /// <summary>The volume is above the instrument's maximum.</summary>
        VolumeAboveMaximum,
        /// <summary>The limit or stop price is zero or negative.</summary>
        NonPositivePrice,
        /// <summary>The limit or stop price is not a multiple of the price tick.</summary>
        PriceOffTick,
        /// <summary>Only pending (Limit and StopMarket) orders can be updated on BTCC.</summary>
        UpdateNotSupported,
        /// <summary>BTCC carries out good-till-cancelled, Day and GoodTilDate orders only.</summary>
        UnsupportedTimeInForce,
        /// <summary>The order's Day or GoodTilDate time in force had ended before it could be sent.</summary>
        OrderExpired,
        /// <summary>A reduce-only order (<see cref="BtccOrderProperties.ReduceOnly"/>) would open a ticket.</summary>
        ReduceOnly,
        /// <summary>The leverage of <see cref="BtccOrderProperties.Leverage"/> is not one BTCC allows on the instrument.</summary>
        UnsupportedLeverage
    }
}
