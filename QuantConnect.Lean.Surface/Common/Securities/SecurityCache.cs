/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Securities
{
    /// <summary>The latest market data of a security (stand-in for QuantConnect.Securities.SecurityCache).</summary>
    public class SecurityCache
    {
        private BaseData _lastData;

        /// <summary>The last price.</summary>
        public decimal Price { get; private set; }
        /// <summary>The best bid.</summary>
        public decimal BidPrice { get; private set; }
        /// <summary>The best ask.</summary>
        public decimal AskPrice { get; private set; }
        /// <summary>The best bid size.</summary>
        public decimal BidSize { get; private set; }
        /// <summary>The best ask size.</summary>
        public decimal AskSize { get; private set; }
        /// <summary>The traded volume.</summary>
        public decimal Volume { get; private set; }

        /// <summary>Stores new data, updating the prices it carries.</summary>
        public void AddData(BaseData data)
        {
            if (data == null)
            {
                return;
            }
            _lastData = data;
            if (data is Tick { TickType: TickType.Quote } quote)
            {
                BidPrice = quote.BidPrice;
                AskPrice = quote.AskPrice;
                BidSize = quote.BidSize;
                AskSize = quote.AskSize;
                return;
            }
            if (data.Price != 0)
            {
                Price = data.Price;
            }
            if (data is TradeBar bar)
            {
                Volume = bar.Volume;
            }
        }

        /// <summary>The last data stored.</summary>
        public BaseData GetData() => _lastData;
    }
}
