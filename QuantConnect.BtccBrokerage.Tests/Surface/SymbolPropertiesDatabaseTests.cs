/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>The stand-in's symbol-properties database answers a missing key as LEAN's does.</summary>
    [TestFixture, NonParallelizable]
    public class SymbolPropertiesDatabaseTests
    {
        private static readonly Symbol BybitBtc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Bybit);

        [SetUp, TearDown]
        public void ResetTheDataFolderDatabase() => SymbolPropertiesDatabase.Reset();

        [Test]
        public void AKeyWithoutEntryGetsTheDefaultPropertiesWithTheGivenQuoteCurrency()
        {
            var symbol = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

            var properties = SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(Market.Kraken, symbol, SecurityType.CryptoFuture, "usdt");

            Assert.That((properties.QuoteCurrency, properties.ContractMultiplier, properties.MinimumPriceVariation, properties.LotSize, properties.MarketTicker),
                Is.EqualTo(("USDT", 1m, 0.01m, 1m, string.Empty)));
        }

        [Test]
        public void ARowOfTheDataFolderFileIsReturned()
        {
            var properties = SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(Market.Bybit, BybitBtc, SecurityType.CryptoFuture, "USD");

            Assert.That((properties.QuoteCurrency, properties.MinimumPriceVariation, properties.LotSize, properties.MinimumOrderSize), Is.EqualTo(("USDT", 0.1m, 0.001m, (decimal?)0.001m)));
        }

        [Test]
        public void TheWildcardRowAnswersEverySymbolOfItsMarketAndType()
        {
            var spy = Symbol.Create("SPY", SecurityType.Equity, Market.USA);

            var properties = SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(Market.USA, spy, SecurityType.Equity, "EUR");

            Assert.That(properties.QuoteCurrency, Is.EqualTo("USD"));
            Assert.That(SymbolPropertiesDatabase.FromDataFolder().ContainsKey(Market.USA, spy, SecurityType.Equity), Is.False, "ContainsKey has no wildcard fallback");
        }

        [Test]
        public void AnEntrySetAtRunTimeIsReturnedFromTheSameInstance()
        {
            var properties = new SymbolProperties("x", "USDT", 1, 0.5m, 2, "X");

            Assert.That(SymbolPropertiesDatabase.FromDataFolder().SetEntry(Market.Kraken, "XUSDT", SecurityType.CryptoFuture, properties), Is.True);

            var symbol = Symbol.Create("XUSDT", SecurityType.CryptoFuture, Market.Kraken);
            Assert.That(SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(Market.Kraken, symbol, SecurityType.CryptoFuture, "USD"), Is.SameAs(properties));
            Assert.That(SymbolPropertiesDatabase.FromDataFolder().ContainsKey(Market.Kraken, "xusdt", SecurityType.CryptoFuture), Is.True);
        }

        [Test]
        public void TryGetMarketFindsTheFirstRowOfTheFileButNoEntrySetLater()
        {
            var database = SymbolPropertiesDatabase.FromDataFolder();
            database.SetEntry(Market.Kraken, "ONLYKRAKEN", SecurityType.CryptoFuture, SymbolProperties.GetDefault("USD"));

            Assert.That(database.TryGetMarket("BTCUSDT", SecurityType.CryptoFuture, out var market), Is.True);
            Assert.That(market, Is.EqualTo(Market.Binance));
            Assert.That(database.TryGetMarket("ONLYKRAKEN", SecurityType.CryptoFuture, out market), Is.False);
            Assert.That(market, Is.Null);
        }

        [Test]
        public void ResetForgetsEntriesSetAtRunTime()
        {
            SymbolPropertiesDatabase.FromDataFolder().SetEntry(Market.Kraken, "XUSDT", SecurityType.CryptoFuture, SymbolProperties.GetDefault("USDT"));

            SymbolPropertiesDatabase.Reset();

            Assert.That(SymbolPropertiesDatabase.FromDataFolder().ContainsKey(Market.Kraken, "XUSDT", SecurityType.CryptoFuture), Is.False);
        }

        [Test]
        public void StrikeMultiplierMustBePositive()
        {
            Assert.That(() => new SymbolProperties("x", "USD", 1, 0.01m, 1, "X", strikeMultiplier: 0),
                Throws.ArgumentException.With.Message.EqualTo("SymbolProperties StrikeMultiplier can not be less than or equal to 0"));
        }
    }
}
