/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>What the session knows of one order: the order, its fills and fees, and where it came from.</summary>
    internal sealed class SessionOrderRecord
    {
        /// <summary>Creates the record of an order.</summary>
        public SessionOrderRecord(Order order, bool external)
        {
            Order = order;
            External = external;
            Status = order.Status;
        }

        /// <summary>The LEAN order (the same instance the brokerage holds).</summary>
        public Order Order { get; }

        /// <summary>True for orders the session did not place (open at start, or placed outside LEAN).</summary>
        public bool External { get; }

        /// <summary>The latest status reported.</summary>
        public OrderStatus Status { get; set; }

        /// <summary>Number of fill events.</summary>
        public int Fills { get; set; }

        /// <summary>Signed filled quantity.</summary>
        public decimal FilledQuantity { get; set; }

        /// <summary>Sum of |fill quantity| × fill price, for the average fill price.</summary>
        public decimal FilledValue { get; set; }

        /// <summary>Fees charged, by currency.</summary>
        public Dictionary<string, decimal> Fees { get; } = new(StringComparer.Ordinal);

        /// <summary>Average fill price, 0 when nothing filled.</summary>
        public decimal AverageFillPrice => FilledQuantity == 0m ? 0m : FilledValue / Math.Abs(FilledQuantity);
    }
}
