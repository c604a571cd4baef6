/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests
{
    [TestFixture, NonParallelizable]
    public class BtccMarketTests
    {
        [TearDown]
        public void RestoreTheDataFolderDatabase()
        {
            MarketHoursDatabase.Reset();
            BtccMarket.Register();
        }

        [Test]
        public void RegisterIsIdempotentAndEncodesTheBtccCode()
        {
            BtccMarket.Register();
            BtccMarket.Register();

            Assert.That(Market.Encode("btcc"), Is.EqualTo(BtccMarket.Code));
            Assert.That(Market.Decode(BtccMarket.Code), Is.EqualTo("btcc"));
        }

        [Test]
        public void TheCodeIsOutsideEveryCodeLeanHasUsed()
        {
            BtccMarket.Register();

            // LEAN's codes run 0-43 at the pinned commit (27-32 were Indian exchanges until 2021)
            Assert.That(BtccMarket.Code, Is.Not.InRange(0, 43));
            Assert.That(Market.SupportedMarkets().Where(m => m != BtccMarket.Name).Select(Market.Encode), Has.None.EqualTo(BtccMarket.Code));
        }

        [Test]
        public void RegisterAddsAnAlwaysOpenUtcEntryForEveryBtccCryptoFuture()
        {
            MarketHoursDatabase.Reset();

            BtccMarket.Register();

            var entry = MarketHoursDatabase.FromDataFolder().GetEntry(BtccMarket.Name, "ANYUSDT", SecurityType.CryptoFuture);
            Assert.That((entry.ExchangeHours.IsMarketAlwaysOpen, entry.ExchangeHours.TimeZone, entry.DataTimeZone), Is.EqualTo((true, TimeZones.Utc, TimeZones.Utc)));
        }

        [Test]
        public void RegisterKeepsAnEntryTheDataFolderAlreadyHas()
        {
            MarketHoursDatabase.Reset();
            var own = MarketHoursDatabase.FromDataFolder().SetEntryAlwaysOpen(BtccMarket.Name, null, SecurityType.CryptoFuture, TimeZones.NewYork);

            BtccMarket.Register();

            Assert.That(MarketHoursDatabase.FromDataFolder().GetEntry(BtccMarket.Name, "BTCUSDT", SecurityType.CryptoFuture), Is.SameAs(own));
        }

        [Test]
        public void ConstructingTheFactoryRegistersTheMarketHoursEntry()
        {
            MarketHoursDatabase.Reset();

            using var factory = new BtccBrokerageFactory();

            Assert.That(MarketHoursDatabase.FromDataFolder().TryGetEntry(BtccMarket.Name, "BTCUSDT", SecurityType.CryptoFuture, out _), Is.True);
        }
    }
}
