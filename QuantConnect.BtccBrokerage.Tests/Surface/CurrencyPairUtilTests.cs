/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Securities;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>The stand-in splits currency pairs with the data-folder symbol properties, as LEAN does.</summary>
    [TestFixture, NonParallelizable]
    public class CurrencyPairUtilTests
    {
        [SetUp, TearDown]
        public void ResetTheDataFolderDatabase() => SymbolPropertiesDatabase.Reset();

        private static Symbol Kraken(string ticker, SecurityType type = SecurityType.CryptoFuture) => Symbol.Create(ticker, type, Market.Kraken);

        [Test]
        public void ACryptoFutureWithARowSplitsAtItsQuoteCurrency()
        {
            Assert.That(CurrencyPairUtil.TryDecomposeCurrencyPair(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Bybit), out var baseCurrency, out var quoteCurrency), Is.True);
            Assert.That((baseCurrency, quoteCurrency), Is.EqualTo(("BTC", "USDT")));
        }

        [Test]
        public void ATickerNotEndingInUsdWithoutARowCannotBeSplit()
        {
            Assert.That(CurrencyPairUtil.TryDecomposeCurrencyPair(Kraken("BTCUSDT"), out var baseCurrency, out _), Is.False);
            Assert.That(baseCurrency, Is.Null);
            Assert.That(() => CurrencyPairUtil.DecomposeCurrencyPair(Kraken("BTCUSDT"), out _, out _), Throws.InvalidOperationException);
        }

        [Test]
        public void ATickerEndingInUsdWithoutARowSplitsAtUsd()
        {
            Assert.That(CurrencyPairUtil.TryDecomposeCurrencyPair(Kraken("BTCUSD"), out var baseCurrency, out var quoteCurrency), Is.True);
            Assert.That((baseCurrency, quoteCurrency), Is.EqualTo(("BTC", "USD")));
        }

        [Test]
        public void AnEntrySetAtRunTimeIsUsed()
        {
            SymbolPropertiesDatabase.FromDataFolder().SetEntry(Market.Kraken, "BTCUSDT", SecurityType.CryptoFuture, new SymbolProperties("BTCUSDT", "USDT", 1, 0.1m, 0.001m, "BTCUSDT"));

            Assert.That(CurrencyPairUtil.TryDecomposeCurrencyPair(Kraken("BTCUSDT"), out var baseCurrency, out _), Is.True);
            Assert.That(baseCurrency, Is.EqualTo("BTC"));
        }

        [Test]
        public void ForexSplitsThreeAndThree()
        {
            CurrencyPairUtil.DecomposeCurrencyPair(Symbol.Create("EURUSD", SecurityType.Forex, "oanda"), out var baseCurrency, out var quoteCurrency);

            Assert.That((baseCurrency, quoteCurrency), Is.EqualTo(("EUR", "USD")));
        }

        [Test]
        public void AnEquityHasNoCurrencyPair()
        {
            var spy = Symbol.Create("SPY", SecurityType.Equity, Market.USA);

            Assert.That(CurrencyPairUtil.TryDecomposeCurrencyPair(spy, out _, out _), Is.False);
            Assert.That(CurrencyPairUtil.IsValidSecurityType(SecurityType.Equity, throwException: false), Is.False);
            Assert.That(() => CurrencyPairUtil.IsValidSecurityType(SecurityType.Equity, throwException: true),
                Throws.ArgumentException.With.Message.EqualTo("Unsupported security type: Equity"));
        }
    }
}
