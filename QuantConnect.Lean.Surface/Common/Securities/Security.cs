/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Data;
using QuantConnect.Orders.Fees;

namespace QuantConnect.Securities
{
    /// <summary>
    /// A tradable security and its models (stand-in for QuantConnect.Securities.Security; a subset).
    /// </summary>
    public class Security : System.Dynamic.DynamicObject
    {
        /// <summary>Creates a security with a zero-fee model and a 1x margin model.</summary>
        public Security(Symbol symbol, SecurityExchangeHours exchangeHours, Cash quoteCurrency, SymbolProperties symbolProperties,
            ICurrencyConverter currencyConverter, IRegisteredSecurityDataTypesProvider registeredTypesProvider, SecurityCache cache)
        {
            if (symbolProperties == null)
            {
                throw new ArgumentNullException(nameof(symbolProperties), "Security requires a valid SymbolProperties instance.");
            }
            if (quoteCurrency == null || symbolProperties.QuoteCurrency != quoteCurrency.Symbol)
            {
                throw new ArgumentException($"symbolProperties.QuoteCurrency: {symbolProperties.QuoteCurrency} does not match quoteCurrency.Symbol: {quoteCurrency?.Symbol}");
            }
            Symbol = symbol;
            QuoteCurrency = quoteCurrency;
            SymbolProperties = symbolProperties;
            Cache = cache ?? new SecurityCache();
            FeeModel = new FeeModel();
            BuyingPowerModel = new SecurityMarginModel();
        }

        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; }

        /// <summary>The security type.</summary>
        public SecurityType Type => Symbol.ID.SecurityType;

        /// <summary>The currency prices are quoted in.</summary>
        public Cash QuoteCurrency { get; }

        /// <summary>The trading properties.</summary>
        public SymbolProperties SymbolProperties { get; protected set; }

        /// <summary>The latest market data.</summary>
        public SecurityCache Cache { get; set; }

        /// <summary>The fee model.</summary>
        public IFeeModel FeeModel { get; set; }

        /// <summary>The buying power model.</summary>
        public IBuyingPowerModel BuyingPowerModel { get; set; }

        /// <summary>The buying power model (LEAN's older name).</summary>
        public IBuyingPowerModel MarginModel
        {
            get => BuyingPowerModel;
            set => BuyingPowerModel = value;
        }

        /// <summary>The last price.</summary>
        public virtual decimal Price => Cache.Price;

        /// <summary>The best bid.</summary>
        public virtual decimal BidPrice => Cache.BidPrice;

        /// <summary>The best ask.</summary>
        public virtual decimal AskPrice => Cache.AskPrice;

        /// <summary>Whether any data has arrived.</summary>
        public bool HasData => Cache.GetData() != null;

        /// <summary>The leverage of the buying power model.</summary>
        public virtual decimal Leverage => BuyingPowerModel.GetLeverage(this);

        /// <summary>Sets the leverage through the buying power model.</summary>
        public void SetLeverage(decimal leverage) => BuyingPowerModel.SetLeverage(this, leverage);

        /// <summary>Stores new market data.</summary>
        public void SetMarketPrice(BaseData data) => Cache.AddData(data);

        /// <summary>The last data stored.</summary>
        public BaseData GetLastData() => Cache.GetData();

        /// <summary>The ticker.</summary>
        public override string ToString() => Symbol.ToString();
    }
}
