/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Benchmarks;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages
{
    /// <summary>
    /// A brokerage's rules: which orders it accepts, its leverage, fees, margin and benchmark
    /// (stand-in for QuantConnect.Brokerages.IBrokerageModel; fill, slippage, settlement,
    /// interest-rate and shortable models are not modelled).
    /// </summary>
    public interface IBrokerageModel
    {
        /// <summary>The account type.</summary>
        AccountType AccountType { get; }

        /// <summary>Share of buying power that must stay unused, from 0 to 1.</summary>
        decimal RequiredFreeBuyingPowerPercent { get; }

        /// <summary>The market used for each security type.</summary>
        IReadOnlyDictionary<SecurityType, string> DefaultMarkets { get; }

        /// <summary>Whether the brokerage accepts an order; otherwise <paramref name="message"/> says why.</summary>
        bool CanSubmitOrder(Security security, Order order, out BrokerageMessageEvent message);

        /// <summary>Whether the brokerage accepts an update; otherwise <paramref name="message"/> says why.</summary>
        bool CanUpdateOrder(Security security, Order order, UpdateOrderRequest request, out BrokerageMessageEvent message);

        /// <summary>Whether the brokerage would execute an order now.</summary>
        bool CanExecuteOrder(Security security, Order order);

        /// <summary>The leverage of a security.</summary>
        decimal GetLeverage(Security security);

        /// <summary>The fee model of a security.</summary>
        IFeeModel GetFeeModel(Security security);

        /// <summary>The buying power model of a security.</summary>
        IBuyingPowerModel GetBuyingPowerModel(Security security);

        /// <summary>The algorithm's default benchmark, its security created through <paramref name="securities"/>.</summary>
        IBenchmark GetBenchmark(SecurityManager securities);
    }
}
