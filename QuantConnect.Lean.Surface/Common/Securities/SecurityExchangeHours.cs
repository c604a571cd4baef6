/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;

namespace QuantConnect.Securities
{
    /// <summary>
    /// A market's trading hours (stand-in for QuantConnect.Securities.SecurityExchangeHours). Only
    /// always-open markets, such as crypto, are modelled.
    /// </summary>
    public class SecurityExchangeHours
    {
        /// <summary>The exchange's time zone.</summary>
        public DateTimeZone TimeZone { get; }

        /// <summary>Whether the market never closes.</summary>
        public bool IsMarketAlwaysOpen { get; }

        private SecurityExchangeHours(DateTimeZone timeZone, bool alwaysOpen)
        {
            TimeZone = timeZone;
            IsMarketAlwaysOpen = alwaysOpen;
        }

        /// <summary>Hours of a market open around the clock.</summary>
        public static SecurityExchangeHours AlwaysOpen(DateTimeZone timeZone) => new(timeZone, true);

        /// <summary>Whether the market is open at a local time.</summary>
        public bool IsOpen(DateTime localDateTime, bool extendedMarketHours) => IsMarketAlwaysOpen;
    }
}
