/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Orders;
using QuantConnect.Orders.TimeInForces;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// When a LEAN order's time in force ends. BTCC's pending orders have no expiry the plugin can set (openpending takes
    /// none), and LEAN's live transaction handler never asks <c>TimeInForce.IsOrderExpired</c> (only its backtesting
    /// brokerage does), so the brokerage cancels Day and GoodTilDate orders itself at the instant LEAN's rule for crypto
    /// futures makes them expired: Day when the exchange's date passes the order's date, GoodTilDate when it passes the
    /// expiry date. BTCC's exchange hours in LEAN are UTC (<see cref="BtccMarket"/>), so both expire at a UTC midnight. Pure.
    /// </summary>
    public static class BtccTimeInForce
    {
        /// <summary>Whether BTCC can carry out the time in force: good-till-cancelled, Day and GoodTilDate.</summary>
        public static bool IsSupported(TimeInForce? timeInForce)
            => timeInForce is null or GoodTilCanceledTimeInForce or DayTimeInForce or GoodTilDateTimeInForce;

        /// <summary>
        /// The UTC instant from which the order is expired, or null when it never expires (good-till-cancelled, or a market
        /// order, which BTCC executes at once).
        /// </summary>
        /// <param name="order">The order; its <see cref="Order.Time"/> is UTC, as LEAN's is.</param>
        /// <param name="exchangeTimeZone">The exchange's time zone (BTCC's: UTC).</param>
        public static DateTime? ExpiresAtUtc(Order order, DateTimeZone? exchangeTimeZone = null)
        {
            ArgumentNullException.ThrowIfNull(order);
            var zone = exchangeTimeZone ?? TimeZones.Utc;
            LocalDate lastDay;
            switch (order.TimeInForce)
            {
                case DayTimeInForce when order.Type != OrderType.Market:
                    lastDay = Instant.FromDateTimeUtc(DateTime.SpecifyKind(order.Time, DateTimeKind.Utc)).InZone(zone).Date;
                    break;
                case GoodTilDateTimeInForce goodTilDate when order.Type != OrderType.Market:
                    lastDay = LocalDate.FromDateTime(goodTilDate.Expiry);
                    break;
                default:
                    return null;
            }
            return zone.AtStartOfDay(lastDay.PlusDays(1)).ToDateTimeUtc();
        }

        /// <summary>Whether the order is expired at <paramref name="nowUtc"/>.</summary>
        public static bool IsExpired(Order order, DateTime nowUtc, DateTimeZone? exchangeTimeZone = null)
            => ExpiresAtUtc(order, exchangeTimeZone) is { } expiry && nowUtc >= expiry;

        /// <summary>The time in force's name in messages: Day, GoodTilDate 2026-11-20 or GoodTilCanceled.</summary>
        public static string Describe(TimeInForce? timeInForce) => timeInForce switch
        {
            DayTimeInForce => "Day",
            GoodTilDateTimeInForce goodTilDate => $"GoodTilDate {goodTilDate.Expiry:yyyy-MM-dd}",
            null or GoodTilCanceledTimeInForce => "GoodTilCanceled",
            _ => timeInForce.GetType().Name
        };
    }
}
