/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccInstrumentRulesTests
    {
        [TestCase(0, "1")]
        [TestCase(1, "0.1")]
        [TestCase(2, "0.01")]
        [TestCase(5, "0.00001")]
        [TestCase(-1, "0")]
        public void PriceTickIsTenToTheMinusDigits(int digits, string tick)
        {
            Assert.That(BtccInstrumentRules.TickFromDigits(digits), Is.EqualTo(decimal.Parse(tick, System.Globalization.CultureInfo.InvariantCulture)));
        }

        [Test]
        public void SymbolInfoGivesVolumeLimitsTickAndTradableSide()
        {
            var rules = BtccInstrumentRules.FromSymbolInfo("XRPUSDT", Instrument(BtccTradable.SellOnly, digits: 4, min: 1m, step: 0.5m, max: 500m));

            Assert.That(rules, Is.EqualTo(new BtccInstrumentRules("XRPUSDT", 1m, 0.5m, 500m, 0.0001m, 4, BtccTradable.SellOnly)));
        }

        [Test]
        public void SymbolPropertiesGiveLotSizeMinimumAndTickWithNoMaximum()
        {
            var properties = Security(tick: 0.1m, lotSize: 0.001m, minimumOrderSize: 0.002m).SymbolProperties;

            var rules = BtccInstrumentRules.FromSymbolProperties("BTCUSDT", properties);

            Assert.That(rules, Is.EqualTo(new BtccInstrumentRules("BTCUSDT", 0.002m, 0.001m, 0m, 0.1m, null, BtccTradable.Yes)));
        }

        [Test]
        public void SymbolPropertiesWithoutMinimumGiveNoMinimum()
        {
            var rules = BtccInstrumentRules.FromSymbolProperties("BTCUSDT", Security(minimumOrderSize: null).SymbolProperties);

            Assert.That(rules.VolumeMin, Is.Zero);
        }
    }
}
