using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>Decimal formatting for files and messages: invariant culture, no trailing-zero noise.</summary>
    public static class BtccDecimalFormat
    {
        /// <summary>The shortest invariant text of a value: 0.0100 → "0.01", 10.0 → "10".</summary>
        public static string Invariant(decimal value)
            => Normalize(value).ToString(CultureInfo.InvariantCulture);

        /// <summary>The same value with its trailing zeros (scale) removed.</summary>
        public static decimal Normalize(decimal value)
            // dividing by 1 with the largest scale drops the trailing zeros without changing the value
            => value / 1.0000000000000000000000000000m;
    }
}
