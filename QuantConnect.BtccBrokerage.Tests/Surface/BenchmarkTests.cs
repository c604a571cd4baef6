/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Benchmarks;
using QuantConnect.Data.Market;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class BenchmarkTests
    {
        private static SecurityManager Securities() => new(new TimeKeeper(new DateTime(2025, 1, 2)));

        [Test]
        public void LeansDefaultBenchmarkIsSpyQuotedInUsd()
        {
            var benchmark = (SecurityBenchmark)new DefaultBrokerageModel().GetBenchmark(Securities());

            Assert.That(benchmark.Security.Symbol, Is.EqualTo(Symbol.Create("SPY", SecurityType.Equity, Market.USA)));
            Assert.That(benchmark.Security.QuoteCurrency.Symbol, Is.EqualTo(Currencies.USD));
        }

        [Test]
        public void TheBenchmarkSecurityIsNotAddedToTheAlgorithmsSecurities()
        {
            var securities = Securities();

            SecurityBenchmark.CreateInstance(securities, Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance));

            Assert.That(securities, Is.Empty);
        }

        [Test]
        public void TheBenchmarkIsThePriceInTheAccountCurrency()
        {
            var btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);
            var benchmark = SecurityBenchmark.CreateInstance(Securities(), btc);
            benchmark.Security.QuoteCurrency.SetConversionRate(0.5m);

            benchmark.Security.SetMarketPrice(new Tick(new DateTime(2025, 1, 2), btc, string.Empty, string.Empty, 1m, 60000m));

            Assert.That(benchmark.Evaluate(new DateTime(2025, 1, 2)), Is.EqualTo(30000m));
        }

        [Test]
        public void ACryptoBenchmarkWithoutAKnownQuoteCurrencyIsRefused()
        {
            Assert.That(() => SecurityBenchmark.CreateInstance(Securities(), Symbol.Create("BTCXYZ", SecurityType.Crypto, Market.Binance)),
                Throws.ArgumentException);
        }
    }
}
