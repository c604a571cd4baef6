/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class SymbolTests
    {
        [Test]
        public void SymbolsWithSameTickerMarketAndTypeAreEqual()
        {
            var first = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);
            var second = Symbol.Create("btcusdt", SecurityType.CryptoFuture, Market.Binance);

            Assert.That(second, Is.EqualTo(first));
            Assert.That(second == first, Is.True);
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
        }

        [Test]
        public void SymbolsOnDifferentMarketsAreNotEqual()
        {
            var binance = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);
            var bybit = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Bybit);

            Assert.That(bybit, Is.Not.EqualTo(binance));
            Assert.That(bybit != binance, Is.True);
        }

        [Test]
        public void SymbolsOfDifferentSecurityTypesAreNotEqual()
        {
            var spot = Symbol.Create("BTCUSDT", SecurityType.Crypto, Market.Binance);
            var perpetual = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

            Assert.That(perpetual, Is.Not.EqualTo(spot));
        }

        [Test]
        public void CreatingASymbolOnAnUnregisteredMarketThrows()
        {
            Assert.That(() => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, "no-such-market"),
                Throws.InstanceOf<ArgumentException>().With.Message.Contains("no-such-market"));
        }

        [Test]
        public void CryptoFutureSymbolsArePerpetualOnTheirMarket()
        {
            var symbol = Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, Market.Binance);

            Assert.That(symbol.ID.Market, Is.EqualTo(Market.Binance));
            Assert.That(symbol.ID.Date, Is.EqualTo(SecurityIdentifier.DefaultDate));
            Assert.That(symbol.Value, Is.EqualTo("ETHUSDT"));
        }
    }
}
