/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Interfaces;

namespace QuantConnect
{
    /// <summary>A settable clock (stand-in for QuantConnect.TimeKeeper).</summary>
    public class TimeKeeper : ITimeKeeper
    {
        /// <summary>The current time (UTC).</summary>
        public DateTime UtcTime { get; private set; }

        /// <summary>Creates a clock at a UTC time.</summary>
        public TimeKeeper(DateTime utcDateTime, params DateTimeZone[] timeZones)
            : this(utcDateTime, (IEnumerable<DateTimeZone>)timeZones)
        {
        }

        /// <summary>Creates a clock at a UTC time.</summary>
        public TimeKeeper(DateTime utcDateTime, IEnumerable<DateTimeZone> timeZones)
        {
            UtcTime = utcDateTime;
        }

        /// <summary>Moves the clock.</summary>
        public virtual void SetUtcDateTime(DateTime utcDateTime)
        {
            UtcTime = utcDateTime;
        }

        /// <summary>The current time in a zone.</summary>
        public DateTime GetTimeIn(DateTimeZone timeZone) => UtcTime.ConvertFromUtc(timeZone);
    }
}
