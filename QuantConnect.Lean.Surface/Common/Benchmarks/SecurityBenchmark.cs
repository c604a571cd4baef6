/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Benchmarks
{
    /// <summary>A benchmark that follows one security's price (stand-in for QuantConnect.Benchmarks.SecurityBenchmark).</summary>
    public class SecurityBenchmark : IBenchmark
    {
        /// <summary>Creates the benchmark of a security.</summary>
        public SecurityBenchmark(Security security)
        {
            Security = security;
        }

        /// <summary>The benchmark security.</summary>
        public Security Security { get; }

        /// <summary>The security's price in the account currency.</summary>
        public decimal Evaluate(DateTime time) => Security.Price * Security.QuoteCurrency.ConversionRate;

        /// <summary>The benchmark of a symbol, its security created by <see cref="SecurityManager.CreateBenchmarkSecurity"/>.</summary>
        public static SecurityBenchmark CreateInstance(SecurityManager securities, Symbol symbol)
            => new(securities.CreateBenchmarkSecurity(symbol));
    }
}
