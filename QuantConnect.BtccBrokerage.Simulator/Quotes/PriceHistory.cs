/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// The price of a ticker at any past minute as a pure function of (seed, ticker, minute): a few slow waves
    /// plus per-minute noise around the instrument's reference price. Candles of every interval are cut from
    /// it, so a bar's close equals the next bar's open and intervals agree on opens and closes.
    /// </summary>
    internal sealed class PriceHistory
    {
        private readonly ulong _key;
        private readonly decimal _reference;
        private readonly double _phase1, _phase2, _phase3;

        /// <summary>Creates the history of one instrument's ticker.</summary>
        public PriceHistory(int seed, SimulatedInstrument instrument)
        {
            Instrument = instrument;
            _key = DeterministicNoise.Mix((ulong)seed, DeterministicNoise.Hash(instrument.Ticker));
            _reference = instrument.ReferencePrice;
            _phase1 = DeterministicNoise.Unit(_key, 1) * Math.PI * 2;
            _phase2 = DeterministicNoise.Unit(_key, 2) * Math.PI * 2;
            _phase3 = DeterministicNoise.Unit(_key, 3) * Math.PI * 2;
        }

        /// <summary>Instrument whose digits round the prices.</summary>
        public SimulatedInstrument Instrument { get; }

        /// <summary>Price at the start of unix minute <paramref name="minute"/>.</summary>
        public decimal PriceAt(long minute)
        {
            var m = (double)minute;
            var logDeviation = 0.08 * Math.Sin(2 * Math.PI * m / (60 * 24 * 30) + _phase1)
                + 0.03 * Math.Sin(2 * Math.PI * m / (60 * 24 * 3) + _phase2)
                + 0.01 * Math.Sin(2 * Math.PI * m / (60 * 7) + _phase3)
                + 0.0015 * DeterministicNoise.Signed(_key, (ulong)minute, 11);
            return Instrument.RoundPrice(_reference * (decimal)Math.Exp(logDeviation));
        }

        /// <summary>The candle covering [start, end) (unix seconds).</summary>
        public (decimal Open, decimal High, decimal Low, decimal Close, decimal Volume) Candle(long start, long end)
        {
            var firstMinute = start / 60;
            var minutes = Math.Max(1, (end - start) / 60);
            var open = PriceAt(firstMinute);
            var close = PriceAt(firstMinute + minutes);
            decimal high = Math.Max(open, close), low = Math.Min(open, close);
            var samples = Math.Min(minutes, 60);
            for (var i = 1; i < samples; i++)
            {
                var price = PriceAt(firstMinute + i * minutes / samples);
                high = Math.Max(high, price);
                low = Math.Min(low, price);
            }
            // A small wick so highs and lows are not always sampled points.
            var wick = (decimal)(0.0006 * DeterministicNoise.Unit(_key, (ulong)start, 21));
            high = Instrument.RoundPrice(high * (1 + wick));
            low = Instrument.RoundPrice(low * (1 - wick));
            var volumePerMinute = (decimal)(5 + 45 * DeterministicNoise.Unit(_key, (ulong)start, 31)) * Instrument.VolumesMin * 10;
            var volume = Math.Round(volumePerMinute * minutes / Instrument.VolumesStep) * Instrument.VolumesStep;
            return (open, high, low, close, volume);
        }
    }
}
