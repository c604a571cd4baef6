/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>A request to change an open order (stand-in for QuantConnect.Orders.UpdateOrderRequest).</summary>
    public class UpdateOrderRequest : OrderRequest
    {
        /// <summary>Update.</summary>
        public override OrderRequestType OrderRequestType => OrderRequestType.Update;

        /// <summary>The new quantity, or null.</summary>
        public decimal? Quantity { get; private set; }
        /// <summary>The new limit price, or null.</summary>
        public decimal? LimitPrice { get; private set; }
        /// <summary>The new stop price, or null.</summary>
        public decimal? StopPrice { get; private set; }
        /// <summary>The new trigger price, or null.</summary>
        public decimal? TriggerPrice { get; private set; }
        /// <summary>The new trailing amount, or null.</summary>
        public decimal? TrailingAmount { get; private set; }

        /// <summary>Creates the request.</summary>
        public UpdateOrderRequest(DateTime time, int orderId, UpdateOrderFields fields)
            : base(time, orderId, fields.Tag)
        {
            Quantity = fields.Quantity;
            LimitPrice = fields.LimitPrice;
            StopPrice = fields.StopPrice;
            TriggerPrice = fields.TriggerPrice;
            TrailingAmount = fields.TrailingAmount;
        }
    }
}
