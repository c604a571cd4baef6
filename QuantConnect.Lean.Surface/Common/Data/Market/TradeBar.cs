/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Data.Market
{
    /// <summary>An OHLCV bar (stand-in for QuantConnect.Data.Market.TradeBar).</summary>
    public class TradeBar : BaseData
    {
        /// <summary>Volume.</summary>
        public virtual decimal Volume { get; set; }
        /// <summary>Open.</summary>
        public virtual decimal Open { get; set; }
        /// <summary>High.</summary>
        public virtual decimal High { get; set; }
        /// <summary>Low.</summary>
        public virtual decimal Low { get; set; }
        /// <summary>Close, also the value.</summary>
        public virtual decimal Close
        {
            get => Value;
            set => Value = value;
        }
        /// <summary>End of the bar: start plus period.</summary>
        public override DateTime EndTime
        {
            get => Time + Period;
            set => Period = value - Time;
        }
        /// <summary>Length of the bar.</summary>
        public virtual TimeSpan Period { get; set; }

        /// <summary>Creates an empty one-minute bar.</summary>
        public TradeBar()
        {
            DataType = MarketDataType.TradeBar;
            Period = TimeSpan.FromMinutes(1);
        }

        /// <summary>Copies a bar.</summary>
        public TradeBar(TradeBar original)
        {
            DataType = MarketDataType.TradeBar;
            Time = original.Time;
            Symbol = original.Symbol;
            Value = original.Close;
            Open = original.Open;
            High = original.High;
            Low = original.Low;
            Close = original.Close;
            Volume = original.Volume;
            Period = original.Period;
        }

        /// <summary>Creates a bar; the period defaults to one minute.</summary>
        public TradeBar(DateTime time, Symbol symbol, decimal open, decimal high, decimal low, decimal close, decimal volume, TimeSpan? period = null)
        {
            DataType = MarketDataType.TradeBar;
            Time = time;
            Symbol = symbol;
            Value = close;
            Open = open;
            High = high;
            Low = low;
            Close = close;
            Volume = volume;
            Period = period ?? TimeSpan.FromMinutes(1);
        }

        /// <summary>A readable summary.</summary>
        public override string ToString()
            => FormattableString.Invariant($"{Symbol}: O: {Open} H: {High} L: {Low} C: {Close} V: {Volume}");
    }
}
