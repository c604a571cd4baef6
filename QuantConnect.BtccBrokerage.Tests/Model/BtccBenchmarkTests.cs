using NUnit.Framework;
using QuantConnect.Benchmarks;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    /// <summary>The benchmark BtccBrokerageModel gives a LEAN algorithm that sets no benchmark of its own.</summary>
    [TestFixture]
    public class BtccBenchmarkTests
    {
        private static SecurityBenchmark Benchmark()
            => (SecurityBenchmark)new BtccBrokerageModel().GetBenchmark(new SecurityManager(new TimeKeeper(new DateTime(2025, 1, 2))));

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
    }
}
