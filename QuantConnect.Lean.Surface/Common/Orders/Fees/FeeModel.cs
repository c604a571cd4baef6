/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Orders.Fees
{
    /// <summary>Base fee model charging nothing (stand-in for QuantConnect.Orders.Fees.FeeModel).</summary>
    public class FeeModel : IFeeModel
    {
        /// <summary>A zero fee in USD.</summary>
        public virtual OrderFee GetOrderFee(OrderFeeParameters parameters) => new OrderFee(new CashAmount(0, "USD"));
    }
}
