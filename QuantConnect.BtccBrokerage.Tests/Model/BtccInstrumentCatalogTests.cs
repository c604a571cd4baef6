/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    [TestFixture]
    public class BtccInstrumentCatalogTests
    {
        [Test]
        public void InstrumentIsFoundByLeanTickerIgnoringCase()
        {
            var catalog = new BtccInstrumentCatalog();
            var instrument = Instrument();
            catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = instrument });

            Assert.That(catalog.TryGetInstrument("btcusdt", out var found), Is.True);
            Assert.That(found, Is.SameAs(instrument));
        }

        [Test]
        public void UnknownTickerHasNoInstrumentAndNoRules()
        {
            var catalog = new BtccInstrumentCatalog();

            Assert.That(catalog.TryGetInstrument("ETHUSDT", out _), Is.False);
            Assert.That(catalog.GetRules("ETHUSDT"), Is.Null);
        }

        [Test]
        public void RulesComeFromTheInstrument()
        {
            var catalog = new BtccInstrumentCatalog();
            catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = Instrument(digits: 1, max: 5m) });

            var rules = catalog.GetRules("BTCUSDT");

            Assert.That(rules, Is.Not.Null);
            Assert.That(rules!.PriceTick, Is.EqualTo(0.1m));
            Assert.That(rules.VolumeMax, Is.EqualTo(5m));
        }

        [Test]
        public void UpdateReplacesTheWholeList()
        {
            var catalog = new BtccInstrumentCatalog();
            catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = Instrument() });

            catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["ETHUSDT"] = Instrument() });

            Assert.That(catalog.Count, Is.EqualTo(1));
            Assert.That(catalog.TryGetInstrument("BTCUSDT", out _), Is.False);
        }

        [Test]
        public void TickersDifferingOnlyInCaseAreRefused()
        {
            var catalog = new BtccInstrumentCatalog();

            Assert.That(() => catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = Instrument(), ["btcusdt"] = Instrument() }),
                Throws.ArgumentException);
        }

        [Test]
        public void ClearForgetsEveryInstrument()
        {
            var catalog = new BtccInstrumentCatalog();
            catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = Instrument() });

            catalog.Clear();

            Assert.That(catalog.Count, Is.Zero);
        }
    }
}
