/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>Kinds of order requests.</summary>
    public enum OrderRequestType
    {
        Submit, Update, Cancel
    }

    /// <summary>Processing states of an order request.</summary>
    public enum OrderRequestStatus
    {
        Unprocessed, Processing, Processed, Error
    }

    /// <summary>A request to change an order (stand-in for QuantConnect.Orders.OrderRequest).</summary>
    public abstract class OrderRequest
    {
        /// <summary>The kind of request.</summary>
        public abstract OrderRequestType OrderRequestType { get; }

        /// <summary>The processing state.</summary>
        public OrderRequestStatus Status { get; private set; }

        /// <summary>When the request was made (UTC).</summary>
        public DateTime Time { get; private set; }

        /// <summary>The order concerned.</summary>
        public int OrderId { get; protected set; }

        /// <summary>A user tag.</summary>
        public string Tag { get; private set; }

        /// <summary>Creates a request.</summary>
        protected OrderRequest(DateTime time, int orderId, string tag)
        {
            Time = time;
            OrderId = orderId;
            Tag = tag;
            Status = OrderRequestStatus.Unprocessed;
        }

        /// <summary>Time, order and status.</summary>
        public override string ToString() => FormattableString.Invariant($"{Time} UTC: Order: ({OrderId}) - {Tag} Status: {Status}");
    }
}
