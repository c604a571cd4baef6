/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders
{
    /// <summary>The fields of an order to change; null leaves a field unchanged (stand-in for QuantConnect.Orders.UpdateOrderFields).</summary>
    public class UpdateOrderFields
    {
        /// <summary>The new quantity.</summary>
        public decimal? Quantity { get; set; }
        /// <summary>The new limit price.</summary>
        public decimal? LimitPrice { get; set; }
        /// <summary>The new stop price.</summary>
        public decimal? StopPrice { get; set; }
        /// <summary>The new trigger price.</summary>
        public decimal? TriggerPrice { get; set; }
        /// <summary>The new trailing amount.</summary>
        public decimal? TrailingAmount { get; set; }
        /// <summary>The new tag.</summary>
        public string Tag { get; set; }
    }
}
