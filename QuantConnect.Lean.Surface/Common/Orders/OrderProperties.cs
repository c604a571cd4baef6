/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;

namespace QuantConnect.Interfaces
{
    /// <summary>Order properties (stand-in for QuantConnect.Interfaces.IOrderProperties).</summary>
    public interface IOrderProperties
    {
        /// <summary>The time in force.</summary>
        QuantConnect.Orders.TimeInForce TimeInForce { get; set; }

        /// <summary>A copy.</summary>
        IOrderProperties Clone();
    }
}

namespace QuantConnect.Orders
{
    /// <summary>Default order properties (stand-in for QuantConnect.Orders.OrderProperties).</summary>
    public class OrderProperties : IOrderProperties
    {
        /// <summary>The time in force, good until canceled by default.</summary>
        public TimeInForce TimeInForce { get; set; } = TimeInForce.GoodTilCanceled;

        /// <summary>Creates default properties.</summary>
        public OrderProperties()
        {
        }

        /// <summary>A copy.</summary>
        public virtual IOrderProperties Clone() => (OrderProperties)MemberwiseClone();
    }
}
