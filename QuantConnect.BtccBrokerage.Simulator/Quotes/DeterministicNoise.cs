/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// Stateless pseudo-random numbers from integer keys (SplitMix64), so candle history is a pure function of
    /// (seed, ticker, time) and never has to be stored. string.GetHashCode is randomised per process, hence FNV-1a.
    /// </summary>
    internal static class DeterministicNoise
    {
        /// <summary>Stable 64-bit hash of a string.</summary>
        public static ulong Hash(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return hash;
        }

        /// <summary>Mixes keys into 64 well-distributed bits.</summary>
        public static ulong Mix(ulong a, ulong b, ulong c = 0)
        {
            var z = a + 0x9E3779B97F4A7C15UL * (b + 1) + 0xBF58476D1CE4E5B9UL * (c + 7);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A number in [0, 1) from the keys.</summary>
        public static double Unit(ulong a, ulong b, ulong c = 0) => (Mix(a, b, c) >> 11) * (1.0 / (1UL << 53));

        /// <summary>A number in [-1, 1) from the keys.</summary>
        public static double Signed(ulong a, ulong b, ulong c = 0) => Unit(a, b, c) * 2 - 1;
    }
}
