/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Data.Market
{
    /// <summary>A trade, quote or open-interest tick (stand-in for QuantConnect.Data.Market.Tick).</summary>
    public class Tick : BaseData
    {
        /// <summary>Trade, quote or open interest.</summary>
        public TickType TickType { get; set; } = TickType.Trade;
        /// <summary>Traded quantity.</summary>
        public decimal Quantity { get; set; }
        /// <summary>Exchange code.</summary>
        public string ExchangeCode { get; set; }
        /// <summary>Exchange name.</summary>
        public string Exchange { get; set; }
        /// <summary>Sale condition.</summary>
        public string SaleCondition { get; set; } = string.Empty;
        /// <summary>Whether the tick looks wrong.</summary>
        public bool Suspicious { get; set; }
        /// <summary>Bid price.</summary>
        public decimal BidPrice { get; set; }
        /// <summary>Ask price.</summary>
        public decimal AskPrice { get; set; }
        /// <summary>Last price.</summary>
        public decimal LastPrice => Value;
        /// <summary>Bid size.</summary>
        public decimal BidSize { get; set; }
        /// <summary>Ask size.</summary>
        public decimal AskSize { get; set; }

        /// <summary>Creates an empty trade tick.</summary>
        public Tick()
        {
            DataType = MarketDataType.Tick;
        }

        /// <summary>Copies a tick.</summary>
        public Tick(Tick original)
        {
            Symbol = original.Symbol;
            Time = original.Time;
            Value = original.Value;
            DataType = MarketDataType.Tick;
            TickType = original.TickType;
            Quantity = original.Quantity;
            Exchange = original.Exchange;
            ExchangeCode = original.ExchangeCode;
            SaleCondition = original.SaleCondition;
            Suspicious = original.Suspicious;
            BidPrice = original.BidPrice;
            AskPrice = original.AskPrice;
            BidSize = original.BidSize;
            AskSize = original.AskSize;
        }

        /// <summary>Creates a quote tick valued at the mid price.</summary>
        public Tick(DateTime time, Symbol symbol, decimal bid, decimal ask)
        {
            DataType = MarketDataType.Tick;
            Time = time;
            Symbol = symbol;
            Value = (bid + ask) / 2;
            TickType = TickType.Quote;
            BidPrice = bid;
            AskPrice = ask;
        }

        /// <summary>Creates a trade tick.</summary>
        public Tick(DateTime time, Symbol symbol, string saleCondition, string exchange, decimal quantity, decimal price)
        {
            DataType = MarketDataType.Tick;
            Time = time;
            Symbol = symbol;
            Value = price;
            TickType = TickType.Trade;
            Quantity = quantity;
            Exchange = exchange;
            SaleCondition = saleCondition;
        }

        /// <summary>Creates a quote tick with sizes.</summary>
        public Tick(DateTime time, Symbol symbol, decimal bidSize, decimal bidPrice, decimal askSize, decimal askPrice)
        {
            DataType = MarketDataType.Tick;
            Time = time;
            Symbol = symbol;
            TickType = TickType.Quote;
            BidSize = bidSize;
            BidPrice = bidPrice;
            AskSize = askSize;
            AskPrice = askPrice;
            SetValue();
        }

        /// <summary>Creates an open-interest tick.</summary>
        public Tick(DateTime time, Symbol symbol, decimal openInterest)
        {
            DataType = MarketDataType.Tick;
            Time = time;
            Symbol = symbol;
            Value = openInterest;
            TickType = TickType.OpenInterest;
        }

        /// <summary>Creates a quote tick valued at the last price.</summary>
        public Tick(DateTime time, Symbol symbol, decimal last, decimal bid, decimal ask)
        {
            DataType = MarketDataType.Tick;
            Time = time;
            Symbol = symbol;
            Value = last;
            TickType = TickType.Quote;
            BidPrice = bid;
            AskPrice = ask;
        }

        /// <summary>Creates a quote tick with sizes, sale condition and exchange.</summary>
        public Tick(DateTime time, Symbol symbol, string saleCondition, string exchange, decimal bidSize, decimal bidPrice, decimal askSize, decimal askPrice)
            : this(time, symbol, bidSize, bidPrice, askSize, askPrice)
        {
            SaleCondition = saleCondition;
            Exchange = exchange;
        }

        /// <summary>Sets the value to the mid price, or the one side present.</summary>
        public void SetValue()
        {
            Value = BidPrice != 0 && AskPrice != 0 ? (BidPrice + AskPrice) / 2 : BidPrice != 0 ? BidPrice : AskPrice != 0 ? AskPrice : Value;
        }

        /// <summary>Whether prices are positive.</summary>
        public bool IsValid() => TickType switch
        {
            TickType.Trade => Value > 0 && Quantity > 0,
            TickType.Quote => AskPrice > 0 || BidPrice > 0,
            _ => Value >= 0
        };

        /// <summary>A readable summary.</summary>
        public override string ToString() => TickType == TickType.Quote
            ? FormattableString.Invariant($"{Symbol}: Bid: {BidSize}@{BidPrice} Ask: {AskSize}@{AskPrice}")
            : FormattableString.Invariant($"{Symbol}: {Quantity}@{Value}");
    }
}
