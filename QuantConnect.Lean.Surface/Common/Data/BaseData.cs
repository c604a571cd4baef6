/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect
{
    /// <summary>Kinds of market data (stand-in for QuantConnect.MarketDataType).</summary>
    public enum MarketDataType
    {
        Base, TradeBar, Tick, Auxiliary, QuoteBar, OptionChain, FuturesChain
    }
}

namespace QuantConnect.Data
{
    /// <summary>Base of every LEAN data point (stand-in for QuantConnect.Data.BaseData).</summary>
    public abstract class BaseData
    {
        private decimal _value;

        /// <summary>The kind of data.</summary>
        public MarketDataType DataType { get; set; } = MarketDataType.Base;
        /// <summary>Whether this point was filled forward.</summary>
        public bool IsFillForward { get; private set; }
        /// <summary>Start time of the data (exchange time zone).</summary>
        public DateTime Time { get; set; }
        /// <summary>End time of the data.</summary>
        public virtual DateTime EndTime
        {
            get => Time;
            set => Time = value;
        }
        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; set; } = Symbol.Empty;
        /// <summary>The value (price).</summary>
        public virtual decimal Value
        {
            get => _value;
            set => _value = value;
        }
        /// <summary>The price, same as <see cref="Value"/>.</summary>
        public virtual decimal Price => Value;

        /// <summary>Creates an empty data point.</summary>
        public BaseData()
        {
        }

        /// <summary>Updates with a trade.</summary>
        public void UpdateTrade(decimal lastTrade, decimal tradeSize) => Update(lastTrade, 0, 0, tradeSize, 0, 0);

        /// <summary>Updates with a quote.</summary>
        public void UpdateQuote(decimal bidPrice, decimal bidSize, decimal askPrice, decimal askSize)
            => Update(0, bidPrice, askPrice, 0, bidSize, askSize);

        /// <summary>Updates the bid.</summary>
        public void UpdateBid(decimal bidPrice, decimal bidSize) => Update(0, bidPrice, 0, 0, bidSize, 0);

        /// <summary>Updates the ask.</summary>
        public void UpdateAsk(decimal askPrice, decimal askSize) => Update(0, 0, askPrice, 0, 0, askSize);

        /// <summary>Updates the value with the last trade.</summary>
        public virtual void Update(decimal lastTrade, decimal bidPrice, decimal askPrice, decimal volume, decimal bidSize, decimal askSize)
            => Value = lastTrade;

        /// <summary>A copy, optionally marked as filled forward.</summary>
        public virtual BaseData Clone(bool fillForward)
        {
            var clone = Clone();
            clone.IsFillForward = fillForward;
            return clone;
        }

        /// <summary>A shallow copy.</summary>
        public virtual BaseData Clone() => (BaseData)MemberwiseClone();

        /// <summary>Symbol, time and value.</summary>
        public override string ToString() => FormattableString.Invariant($"{Symbol} - {Value}");
    }
}
