/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;

namespace QuantConnect
{
    /// <summary>Time zones LEAN names (stand-in for QuantConnect.TimeZones; a subset).</summary>
    public static class TimeZones
    {
        /// <summary>UTC.</summary>
        public static readonly DateTimeZone Utc = DateTimeZone.Utc;

        /// <summary>America/New_York, LEAN's reference zone.</summary>
        public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    }
}
