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
