/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// The live, seeded random walk of one ticker. It starts where the candle history stands at start-up and
    /// is gently pulled back toward it, so it stays realistic for hours. Bid and ask sit a few ticks either
    /// side of the mid.
    /// </summary>
    internal sealed class PricePath
    {
        private const int HalfSpreadTicks = 3;
        private const double StepVolatility = 0.0004;
        private readonly Random _random;
        private readonly decimal _anchor;

        /// <summary>Creates the path at <paramref name="startMid"/>.</summary>
        public PricePath(SimulatedInstrument instrument, int seed, decimal startMid)
        {
            Instrument = instrument;
            _random = new Random((int)(DeterministicNoise.Mix((ulong)seed, DeterministicNoise.Hash(instrument.Ticker), 99) & 0x7FFFFFFF));
            _anchor = startMid;
            Mid = startMid;
            LastPrice = startMid;
            LastVolume = instrument.VolumesMin;
        }

        /// <summary>Instrument that sets digits and volume steps.</summary>
        public SimulatedInstrument Instrument { get; }

        /// <summary>Current mid price.</summary>
        public decimal Mid { get; private set; }

        /// <summary>Best bid.</summary>
        public decimal Bid => Mid - HalfSpreadTicks * Instrument.Tick;

        /// <summary>Best ask.</summary>
        public decimal Ask => Mid + HalfSpreadTicks * Instrument.Tick;

        /// <summary>Price of the last synthetic trade.</summary>
        public decimal LastPrice { get; private set; }

        /// <summary>Volume of the last synthetic trade.</summary>
        public decimal LastVolume { get; private set; }

        /// <summary>Moves the mid one random step and makes one to three synthetic trades at the new quote.</summary>
        public IReadOnlyList<SyntheticTrade> Step(DateTimeOffset now)
        {
            var pull = (double)((_anchor - Mid) / _anchor) * 0.002;
            var change = (_random.NextDouble() * 2 - 1) * StepVolatility + pull;
            MoveTo(Mid * (decimal)(1 + change));
            return Trade(now);
        }

        /// <summary>Puts the mid at <paramref name="price"/> and makes a synthetic trade there.</summary>
        public IReadOnlyList<SyntheticTrade> Set(decimal price, DateTimeOffset now)
        {
            MoveTo(price);
            return Trade(now);
        }

        private void MoveTo(decimal price)
        {
            var minimum = (HalfSpreadTicks + 1) * Instrument.Tick;
            Mid = Math.Max(minimum, Instrument.RoundPrice(price));
        }

        private IReadOnlyList<SyntheticTrade> Trade(DateTimeOffset now)
        {
            var count = _random.Next(1, 4);
            var trades = new SyntheticTrade[count];
            for (var i = 0; i < count; i++)
            {
                var price = _random.Next(2) == 0 ? Bid : Ask;
                var volume = Instrument.VolumesStep * _random.Next(1, 51);
                trades[i] = new SyntheticTrade(price, volume, now.ToUnixTimeSeconds());
            }
            LastPrice = trades[^1].Price;
            LastVolume = trades[^1].Volume;
            return trades;
        }
    }

    /// <summary>A trade printed on the quote feed (dealticksnap item).</summary>
    internal readonly record struct SyntheticTrade(decimal Price, decimal Volume, long Time);

    /// <summary>Everything the quote feed pushes about one ticker after a price step.</summary>
    internal sealed record QuoteUpdate(SimulatedInstrument Instrument, decimal Bid, decimal Ask, decimal LastPrice,
        decimal LastVolume, long Time, IReadOnlyList<SyntheticTrade> Trades);
}
