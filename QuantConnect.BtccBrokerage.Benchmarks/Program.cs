/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using BenchmarkDotNet.Running;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
