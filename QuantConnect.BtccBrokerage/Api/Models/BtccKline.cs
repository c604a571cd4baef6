/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>
    /// One candle of a quote-websocket <c>Kline</c> reply (<c>KdataInfo</c> item): T is the bar's start in
    /// unix seconds, A its traded volume.
    /// </summary>
    public readonly record struct BtccKline(long Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);

    /// <summary>BTCC's <c>ReqKline</c> interval codes.</summary>
    public enum BtccKlineInterval
    {
        /// <summary>5 minutes.</summary>
        FiveMinutes = 1,
        /// <summary>15 minutes.</summary>
        FifteenMinutes = 2,
        /// <summary>30 minutes.</summary>
        ThirtyMinutes = 3,
        /// <summary>60 minutes.</summary>
        Hour = 4,
        /// <summary>1 day.</summary>
        Day = 5,
        /// <summary>1 week.</summary>
        Week = 6,
        /// <summary>1 month.</summary>
        Month = 7,
        /// <summary>1 minute.</summary>
        Minute = 35,
        /// <summary>2 hours.</summary>
        TwoHours = 37,
        /// <summary>4 hours.</summary>
        FourHours = 38
    }
}
