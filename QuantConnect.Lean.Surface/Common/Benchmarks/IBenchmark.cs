/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Benchmarks
{
    /// <summary>How an algorithm's benchmark is computed (stand-in for QuantConnect.Benchmarks.IBenchmark).</summary>
    public interface IBenchmark
    {
        /// <summary>The benchmark's value at a time.</summary>
        decimal Evaluate(DateTime time);
    }
}
