/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Benchmarks;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    /// <summary>
    /// The benchmark BtccBrokerageModel gives a LEAN algorithm that sets no benchmark of its own. LEAN creates the
    /// benchmark's security after Initialize, so live it finds the btcc entries Connect registered.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBenchmarkTests
    {
        [SetUp]
        public void RegisterAsConnectDoes()
        {
            SymbolPropertiesDatabase.Reset();
            SymbolPropertiesDatabase.FromDataFolder().SetEntry(BtccMarket.Name, "BTCUSDT", SecurityType.CryptoFuture,
                new SymbolProperties("BTCUSDT", BtccBrokerage.AccountCurrency, 1, 0.1m, 0.001m, "BTCUSDT"));
        }

        [TearDown]
        public void ResetDatabase() => SymbolPropertiesDatabase.Reset();

        [Test]
        public void BenchmarkIsTheBtcUsdtPerpetualOnBtcc()
        {
            Assert.That(Benchmark().Security.Symbol, Is.EqualTo(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Name)));
        }

        [Test]
        public void BenchmarkIsQuotedInTheAccountCurrencySoNoUsdEntersTheCashBook()
        {
            Assert.That(Benchmark().Security.QuoteCurrency.Symbol, Is.EqualTo(BtccBrokerage.AccountCurrency));
        }

        [Test]
        public void WithoutConnectsSymbolPropertiesLeanCannotCreateTheBenchmark()
        {
            SymbolPropertiesDatabase.Reset();

            Assert.That(Benchmark, Throws.ArgumentException.With.Message.Contains("Failed to resolve base currency for 'BTCUSDT'"));
        }

        private static SecurityBenchmark Benchmark()
            => (SecurityBenchmark)new BtccBrokerageModel().GetBenchmark(new SecurityManager(new TimeKeeper(new DateTime(2025, 1, 2))));
    }
}
