namespace QuantConnect
{
    /// <summary>How an algorithm runs.</summary>
    public enum AlgorithmMode
    {
        Live, Optimization, Backtesting, Research
    }
}
