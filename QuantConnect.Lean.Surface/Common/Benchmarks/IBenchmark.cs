namespace QuantConnect.Benchmarks
{
    /// <summary>How an algorithm's benchmark is computed (stand-in for QuantConnect.Benchmarks.IBenchmark).</summary>
    public interface IBenchmark
    {
        /// <summary>The benchmark's value at a time.</summary>
        decimal Evaluate(DateTime time);
    }
}
