/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect
{
    /// <summary>How an algorithm runs.</summary>
    public enum AlgorithmMode
    {
        Live, Optimization, Backtesting, Research
    }
}
