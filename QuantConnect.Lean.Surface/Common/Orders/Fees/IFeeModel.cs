namespace QuantConnect.Orders.Fees
{
    /// <summary>Computes order fees (stand-in for QuantConnect.Orders.Fees.IFeeModel).</summary>
    public interface IFeeModel
    {
        /// <summary>The fee of an order.</summary>
        OrderFee GetOrderFee(OrderFeeParameters parameters);
    }
}
