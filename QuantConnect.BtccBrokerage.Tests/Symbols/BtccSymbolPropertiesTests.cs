/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Symbols
{
    [TestFixture, NonParallelizable]
    public class BtccSymbolPropertiesTests
    {
        private static readonly string Market = BtccMarket.Register();

        [SetUp, TearDown]
        public void ResetTheDataFolderDatabase() => SymbolPropertiesDatabase.Reset();

        private static SymbolProperties Registered(string ticker)
            => SymbolPropertiesDatabase.FromDataFolder().GetSymbolProperties(Market, Symbol.Create(ticker, SecurityType.CryptoFuture, Market), SecurityType.CryptoFuture, "USD");

        [Test]
        public void PropertiesHoldTheValuesOfTheBtccspuRow()
        {
            var instrument = BtccInstruments.Create("ETHUSDT", 50, 21, 2002, digits: 3, volumesMin: 0.2m, volumesStep: 0.1m, contractSize: 10m);

            var properties = BtccSymbolProperties.Create("ETHUSDT", instrument);

            var row = BtccExchangeInfoDownloader.CreateRow("ETHUSDT", instrument).Split(',');
            Assert.That(new[]
            {
                properties.Description, properties.QuoteCurrency, properties.ContractMultiplier.ToString(System.Globalization.CultureInfo.InvariantCulture),
                BtccWireFormat.Decimal(properties.MinimumPriceVariation), BtccWireFormat.Decimal(properties.LotSize),
                properties.MarketTicker, BtccWireFormat.Decimal(properties.MinimumOrderSize!.Value)
            }, Is.EqualTo(row.Skip(3)));
        }

        [Test]
        public void AVolumeStepOfZeroIsRefusedNamingTheInstrument()
        {
            var instrument = BtccInstruments.Create("ETHUSDT", 50, 21, 2002, volumesStep: 0m);

            Assert.That(() => BtccSymbolProperties.Create("ETHUSDT", instrument), Throws.ArgumentException.With.Message.Contains(instrument.Name));
        }

        [Test]
        public void RegisterSetsAnEntryPerTickerFromTheVariantOrdersGoTo()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi(), BtccLeverageSetting.Parse("20"));

            Assert.That(BtccSymbolProperties.Register(mapper), Is.EqualTo(3));

            Assert.That(Registered("BTCUSDT").MarketTicker, Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT20x"));
            Assert.That(Registered("BTCUSDT").QuoteCurrency, Is.EqualTo("USDT"));
        }

        [Test]
        public void ATickerOrdersCannotGoToGetsItsLowestLeverageVariantTheOthersTheOneOrdersGoTo()
        {
            // holdings may sit on any variant, so a ticker orders cannot go to (SOLUSDT allows at most 10x) still
            // needs its entry; ETHUSDT's orders at 20x go to its lowest path above 20x
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi(), BtccLeverageSetting.Parse("20"));

            BtccSymbolProperties.Register(mapper);

            Assert.That(Registered("SOLUSDT").MarketTicker, Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/SOLUSDT10x"));
            Assert.That(Registered("ETHUSDT").MarketTicker, Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT50x"));
        }

        [Test]
        public void AnInstrumentLeanCannotTakeIsSkippedAndLogged()
        {
            using var log = new LogCapture();
            var instruments = BtccInstruments.Multi();
            instruments.Add(BtccInstruments.Create("ADAUSDT", 20, 40, 4001, "STD", volumesStep: 0m));

            var registered = BtccSymbolProperties.Register(new BtccSymbolMapper(instruments));

            Assert.That(registered, Is.EqualTo(3));
            Assert.That(SymbolPropertiesDatabase.FromDataFolder().ContainsKey(Market, "ADAUSDT", SecurityType.CryptoFuture), Is.False);
            Assert.That(log.Texts, Has.Some.Contains("ADAUSDT").And.Contains("LEAN cannot create its security"));
        }

        [Test]
        public void RegisteringAgainLeavesAnEqualEntryInPlace()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());
            BtccSymbolProperties.Register(mapper);
            var first = Registered("BTCUSDT");

            BtccSymbolProperties.Register(new BtccSymbolMapper(BtccInstruments.Multi()));

            Assert.That(Registered("BTCUSDT"), Is.SameAs(first));
        }

        [Test]
        public void RegisteringAChangedInstrumentReplacesItsEntry()
        {
            BtccSymbolProperties.Register(new BtccSymbolMapper(BtccInstruments.Multi()));
            // unset leverage: orders, and so the entry, go to the 20x path (the tightest that allows 10x)
            var changed = BtccInstruments.Multi().Select(i => i.Name.EndsWith("BTCUSDT20x", StringComparison.Ordinal)
                ? BtccInstruments.Create("BTCUSDT", 20, 11, 1001, "STD", volumesMin: 0.002m, volumesStep: 0.002m) : i);

            BtccSymbolProperties.Register(new BtccSymbolMapper(changed));

            Assert.That(Registered("BTCUSDT").LotSize, Is.EqualTo(0.002m));
        }
    }
}
