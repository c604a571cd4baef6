/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Orders.Fees
{
    /// <summary>Computes order fees (stand-in for QuantConnect.Orders.Fees.IFeeModel).</summary>
    public interface IFeeModel
    {
        /// <summary>The fee of an order.</summary>
        OrderFee GetOrderFee(OrderFeeParameters parameters);
    }
}
