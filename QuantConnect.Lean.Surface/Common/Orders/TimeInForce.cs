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
}
