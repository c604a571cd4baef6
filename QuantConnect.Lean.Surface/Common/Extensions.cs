/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;

namespace QuantConnect
{
    /// <summary>LEAN's extension methods (stand-in for QuantConnect.Extensions; a subset).</summary>
    public static class Extensions
    {
        /// <summary>Upper-cases a string, allocating only when it has a lower-case letter.</summary>
        public static string LazyToUpper(this string data)
        {
            foreach (var c in data)
            {
                if (char.IsLower(c))
                {
                    return data.ToUpperInvariant();
                }
            }
            return data;
        }

        /// <summary>The length of one bar of a resolution: zero for ticks, which are instantaneous.</summary>
        public static TimeSpan ToTimeSpan(this Resolution resolution) => resolution switch
        {
            Resolution.Tick => TimeSpan.Zero,
            Resolution.Second => TimeSpan.FromSeconds(1),
            Resolution.Minute => TimeSpan.FromMinutes(1),
            Resolution.Hour => TimeSpan.FromHours(1),
            Resolution.Daily => TimeSpan.FromDays(1),
            _ => throw new ArgumentOutOfRangeException(nameof(resolution))
        };

        /// <summary>Converts a UTC time to the local time of <paramref name="to"/>.</summary>
        public static DateTime ConvertFromUtc(this DateTime time, DateTimeZone to, bool strict = false)
            => Instant.FromDateTimeUtc(DateTime.SpecifyKind(time, DateTimeKind.Utc)).InZone(to).ToDateTimeUnspecified();

        /// <summary>Converts a local time of <paramref name="from"/> to UTC.</summary>
        public static DateTime ConvertToUtc(this DateTime time, DateTimeZone from, bool strict = false)
        {
            var local = LocalDateTime.FromDateTime(time);
            var zoned = strict ? local.InZoneStrictly(from) : local.InZoneLeniently(from);
            return zoned.ToDateTimeUtc();
        }

        /// <summary>Converts a time between two zones.</summary>
        public static DateTime ConvertTo(this DateTime time, DateTimeZone from, DateTimeZone to, bool strict = false)
            => time.ConvertToUtc(from, strict).ConvertFromUtc(to, strict);
    }
}
