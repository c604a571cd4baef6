/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// BTCC's trading fee: a share of the order's notional (|quantity| × price × contract multiplier), charged in
    /// the security's quote currency (USDT). A limit order that rests on the book pays the maker rate; one priced
    /// through the market it met (<see cref="Order.IsMarketable"/>, as LEAN's crypto fee models judge it) trades
    /// at once and pays the taker rate, as Market and StopMarket orders do. Defaults are BTCC's VIP0 rates.
    /// </summary>
    public class BtccFeeModel : FeeModel
    {
        /// <summary>BTCC's VIP0 maker rate: 0.030 %.</summary>
        public const decimal DefaultMakerFeeRate = 0.0003m;

        /// <summary>BTCC's VIP0 taker rate: 0.048 %.</summary>
        public const decimal DefaultTakerFeeRate = 0.00048m;

        /// <summary>Creates the model with a maker and a taker rate (fractions: 0.0003 is 0.03 %).</summary>
        public BtccFeeModel(decimal makerFeeRate = DefaultMakerFeeRate, decimal takerFeeRate = DefaultTakerFeeRate)
        {
            if (makerFeeRate < 0m || takerFeeRate < 0m)
            {
                throw new ArgumentOutOfRangeException(makerFeeRate < 0m ? nameof(makerFeeRate) : nameof(takerFeeRate), "Fee rates cannot be negative");
            }
            MakerFeeRate = makerFeeRate;
            TakerFeeRate = takerFeeRate;
        }

        /// <summary>The rate resting limit orders pay.</summary>
        public decimal MakerFeeRate { get; }

        /// <summary>The rate market, stop and marketable limit orders pay.</summary>
        public decimal TakerFeeRate { get; }

        /// <summary>
        /// The fee of an order: notional × rate in the quote currency. A resting limit order is priced at its limit
        /// price (where it fills as maker); orders that trade at once at the security's current price.
        /// </summary>
        public override OrderFee GetOrderFee(OrderFeeParameters parameters)
        {
            ArgumentNullException.ThrowIfNull(parameters);
            var security = parameters.Security;
            var order = parameters.Order;
            var (price, rate) = order is LimitOrder limit && !order.IsMarketable
                ? (limit.LimitPrice, MakerFeeRate)
                : (security.Price, TakerFeeRate);
            var notional = order.AbsoluteQuantity * price * security.SymbolProperties.ContractMultiplier;
            return new OrderFee(new CashAmount(notional * rate, security.QuoteCurrency.Symbol));
        }
    }
}
