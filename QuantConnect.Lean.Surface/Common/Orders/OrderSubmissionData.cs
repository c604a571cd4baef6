/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>
    /// The market an order met when it was submitted (stand-in for QuantConnect.Orders.OrderSubmissionData):
    /// LEAN's transaction handler records the security's bid, ask and last price on each new order.
    /// </summary>
    public class OrderSubmissionData
    {
        /// <summary>Creates the record.</summary>
        public OrderSubmissionData(decimal bidPrice, decimal askPrice, decimal lastPrice)
        {
            BidPrice = bidPrice;
            AskPrice = askPrice;
            LastPrice = lastPrice;
        }

        /// <summary>The best bid at submission.</summary>
        public decimal BidPrice { get; }

        /// <summary>The best ask at submission.</summary>
        public decimal AskPrice { get; }

        /// <summary>The last price at submission.</summary>
        public decimal LastPrice { get; }

        /// <summary>A copy.</summary>
        public OrderSubmissionData Clone() => (OrderSubmissionData)MemberwiseClone();
    }
}
