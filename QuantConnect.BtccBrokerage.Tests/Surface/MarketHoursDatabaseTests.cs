/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>The stand-in's market-hours database fails and falls back as LEAN's does.</summary>
    [TestFixture, NonParallelizable]
    public class MarketHoursDatabaseTests
    {
        private static readonly Symbol BinanceBtc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

        [SetUp, TearDown]
        public void ResetTheDataFolderDatabase() => MarketHoursDatabase.Reset();

        private static MarketHoursDatabase WithBinanceWildcard() => new(new Dictionary<SecurityDatabaseKey, MarketHoursDatabase.Entry>
        {
            [new SecurityDatabaseKey(Market.Binance, null, SecurityType.CryptoFuture)] = new(TimeZones.Utc, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc))
        });

        [Test]
        public void AMarketWithoutEntryFailsToLocateExchangeHoursNamingTheKey()
        {
            if (Market.Encode("surface-mhdb-none") == null)
            {
                Market.Add("surface-mhdb-none", 980); // Market is process-wide: 980-989 are the surface database tests'
            }
            var symbol = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, "surface-mhdb-none");

            Assert.That(() => WithBinanceWildcard().GetEntry(symbol.ID.Market, symbol, SecurityType.CryptoFuture),
                Throws.ArgumentException.With.Message.EqualTo("Unable to locate exchange hours for CryptoFuture-surface-mhdb-none-BTCUSDT."));
            Assert.That(WithBinanceWildcard().TryGetEntry(symbol.ID.Market, symbol, SecurityType.CryptoFuture, out _), Is.False);
        }

        [Test]
        public void TheWildcardEntryAnswersEverySymbolOfItsMarketAndType()
        {
            var database = WithBinanceWildcard();

            Assert.That(database.GetEntry(Market.Binance, "ANYUSDT", SecurityType.CryptoFuture).ExchangeHours.IsMarketAlwaysOpen, Is.True);
            Assert.That(() => database.GetEntry(Market.Binance, "BTCUSDT", SecurityType.Crypto), Throws.ArgumentException);
        }

        [Test]
        public void AnExactEntryWinsOverTheWildcard()
        {
            var database = WithBinanceWildcard();
            var hours = SecurityExchangeHours.AlwaysOpen(TimeZones.NewYork);

            database.SetEntry(Market.Binance, "BTCUSDT", SecurityType.CryptoFuture, hours);

            Assert.That(database.GetExchangeHours(Market.Binance, BinanceBtc, SecurityType.CryptoFuture), Is.SameAs(hours));
            Assert.That(database.GetEntry(Market.Binance, "ETHUSDT", SecurityType.CryptoFuture).ExchangeHours, Is.Not.SameAs(hours));
        }

        [Test]
        public void SetEntryDefaultsTheDataTimeZoneToTheExchanges()
        {
            var entry = WithBinanceWildcard().SetEntry(Market.Binance, null, SecurityType.Crypto, SecurityExchangeHours.AlwaysOpen(TimeZones.NewYork));

            Assert.That(entry.DataTimeZone, Is.EqualTo(TimeZones.NewYork));
        }

        [Test]
        public void ContainsKeyIsExactWithoutWildcardFallback()
        {
            var database = WithBinanceWildcard();

            Assert.That(database.ContainsKey(Market.Binance, (string?)null, SecurityType.CryptoFuture), Is.True);
            Assert.That(database.ContainsKey(Market.Binance, BinanceBtc, SecurityType.CryptoFuture), Is.False);
        }

        [Test]
        public void TheDataFolderDatabaseIsOneInstanceUntilReset()
        {
            var first = MarketHoursDatabase.FromDataFolder();
            first.SetEntryAlwaysOpen("surface-mhdb", null, SecurityType.CryptoFuture, TimeZones.Utc);

            Assert.That(MarketHoursDatabase.FromDataFolder(), Is.SameAs(first));
            MarketHoursDatabase.Reset();
            Assert.That(MarketHoursDatabase.FromDataFolder(), Is.Not.SameAs(first));
            Assert.That(MarketHoursDatabase.FromDataFolder().ContainsKey("surface-mhdb", (string?)null, SecurityType.CryptoFuture), Is.False);
        }

        [Test]
        public void TheDataFolderHasLeansCryptoFutureMarketsButNotBtcc()
        {
            var database = MarketHoursDatabase.FromDataFolder();

            foreach (var market in new[] { Market.Binance, Market.Bybit, "dydx" })
            {
                var entry = database.GetEntry(market, "BTCUSDT", SecurityType.CryptoFuture);
                Assert.That((entry.ExchangeHours.IsMarketAlwaysOpen, entry.ExchangeHours.TimeZone, entry.DataTimeZone), Is.EqualTo((true, TimeZones.Utc, TimeZones.Utc)));
            }
            Assert.That(database.TryGetEntry("btcc", "BTCUSDT", SecurityType.CryptoFuture, out _), Is.False);
        }
    }
}
