/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Orders.Fees
{
    /// <summary>What a fee is computed for (stand-in for QuantConnect.Orders.Fees.OrderFeeParameters).</summary>
    public class OrderFeeParameters
    {
        /// <summary>The security traded.</summary>
        public Security Security { get; }

        /// <summary>The order.</summary>
        public Order Order { get; }

        /// <summary>Creates the parameters.</summary>
        public OrderFeeParameters(Security security, Order order)
        {
            Security = security;
            Order = order;
        }
    }
}
