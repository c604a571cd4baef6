/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders.TimeInForces;

namespace QuantConnect.Orders
{
    /// <summary>How long an order stays active (stand-in for QuantConnect.Orders.TimeInForce).</summary>
    public abstract class TimeInForce
    {
        /// <summary>Active until filled or canceled.</summary>
        public static readonly TimeInForce GoodTilCanceled = new GoodTilCanceledTimeInForce();

        /// <summary>Active until the market closes.</summary>
        public static readonly TimeInForce Day = new DayTimeInForce();

        /// <summary>Active until the given date: a new <see cref="GoodTilDateTimeInForce"/> per call, as in LEAN.</summary>
        public static Func<DateTime, TimeInForce> GoodTilDate => expiry => new GoodTilDateTimeInForce(expiry);
    }
}

namespace QuantConnect.Orders.TimeInForces
{
    /// <summary>Good until canceled.</summary>
    public class GoodTilCanceledTimeInForce : TimeInForce
    {
    }

    /// <summary>Good for the day.</summary>
    public class DayTimeInForce : TimeInForce
    {
    }

    /// <summary>Good until a date (stand-in for QuantConnect.Orders.TimeInForces.GoodTilDateTimeInForce).</summary>
    public class GoodTilDateTimeInForce : TimeInForce
    {
        /// <summary>Creates the time in force of an order that expires on <paramref name="expiry"/>.</summary>
        public GoodTilDateTimeInForce(DateTime expiry)
        {
            Expiry = expiry;
        }

        /// <summary>The date on which the order expires and is cancelled.</summary>
        public DateTime Expiry { get; private set; }
    }
}
