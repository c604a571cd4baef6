/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>Percentiles of measured latencies (nearest rank).</summary>
    internal static class LatencyStats
    {
        /// <summary>The <paramref name="percent"/>-th percentile of <paramref name="values"/> by nearest rank; NaN when there are none.</summary>
        public static double Percentile(IReadOnlyCollection<double> values, double percent)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }
            var sorted = values.OrderBy(v => v).ToArray();
            var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
            return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
        }
    }
}
