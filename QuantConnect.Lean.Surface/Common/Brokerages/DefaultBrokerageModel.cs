/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Benchmarks;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages
{
    /// <summary>
    /// A permissive brokerage model that brokerage-specific models derive from
    /// (stand-in for QuantConnect.Brokerages.DefaultBrokerageModel).
    /// </summary>
    public class DefaultBrokerageModel : IBrokerageModel
    {
        /// <summary>LEAN's default market per security type.</summary>
        public static readonly IReadOnlyDictionary<SecurityType, string> DefaultMarketMap = new Dictionary<SecurityType, string>
        {
            { SecurityType.Base, Market.USA },
            { SecurityType.Equity, Market.USA },
            { SecurityType.Option, Market.USA },
            { SecurityType.Future, "cmeglobex" },
            { SecurityType.FutureOption, "cmeglobex" },
            { SecurityType.Forex, "oanda" },
            { SecurityType.Cfd, "oanda" },
            { SecurityType.Crypto, Market.Coinbase },
            { SecurityType.CryptoFuture, Market.Binance },
            { SecurityType.Index, Market.USA },
            { SecurityType.IndexOption, Market.USA }
        };

        /// <summary>Creates the model.</summary>
        public DefaultBrokerageModel(AccountType accountType = AccountType.Margin)
        {
            AccountType = accountType;
        }

        /// <summary>The account type.</summary>
        public virtual AccountType AccountType { get; private set; }

        /// <summary>Zero: all buying power may be used.</summary>
        public virtual decimal RequiredFreeBuyingPowerPercent => 0m;

        /// <summary><see cref="DefaultMarketMap"/>.</summary>
        public virtual IReadOnlyDictionary<SecurityType, string> DefaultMarkets => DefaultMarketMap;

        /// <summary>Accepts every order.</summary>
        public virtual bool CanSubmitOrder(Security security, Order order, out BrokerageMessageEvent message)
        {
            message = null;
            return true;
        }

        /// <summary>Accepts every update.</summary>
        public virtual bool CanUpdateOrder(Security security, Order order, UpdateOrderRequest request, out BrokerageMessageEvent message)
        {
            message = null;
            return true;
        }

        /// <summary>Executes every order.</summary>
        public virtual bool CanExecuteOrder(Security security, Order order) => true;

        /// <summary>1 for cash accounts and crypto; 2 for equities; 50 for forex and CFDs; otherwise 1.</summary>
        public virtual decimal GetLeverage(Security security)
        {
            if (AccountType == AccountType.Cash)
            {
                return 1m;
            }
            return security.Type switch
            {
                SecurityType.Equity => 2m,
                SecurityType.Forex or SecurityType.Cfd => 50m,
                _ => 1m
            };
        }

        /// <summary>A zero-fee model.</summary>
        public virtual IFeeModel GetFeeModel(Security security) => new FeeModel();

        /// <summary>A margin model with <see cref="GetLeverage"/>'s leverage.</summary>
        public virtual IBuyingPowerModel GetBuyingPowerModel(Security security)
            => new SecurityMarginModel(GetLeverage(security), RequiredFreeBuyingPowerPercent);

        /// <summary>SPY on the US equity market; brokerages of other markets override it.</summary>
        public virtual IBenchmark GetBenchmark(SecurityManager securities)
            => SecurityBenchmark.CreateInstance(securities, Symbol.Create("SPY", SecurityType.Equity, Market.USA));

        /// <summary>
        /// Whether a quantity reaches the security's minimum order size; otherwise a warning message says so.
        /// </summary>
        public static bool IsValidOrderSize(Security security, decimal orderQuantity, out BrokerageMessageEvent message)
        {
            message = null;
            var minimumOrderSize = security.SymbolProperties.MinimumOrderSize;
            if (minimumOrderSize.HasValue && Math.Abs(orderQuantity) < minimumOrderSize.Value)
            {
                message = new BrokerageMessageEvent(BrokerageMessageType.Warning, "InvalidOrderQuantity",
                    string.Format(CultureInfo.InvariantCulture, "The minimum order size for {0} is {1}. Order quantity was {2}.",
                        security.Symbol.Value, minimumOrderSize.Value, orderQuantity));
                return false;
            }
            return true;
        }
    }
}
