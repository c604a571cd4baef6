/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Tests.Symbols
{
    [TestFixture]
    public class BtccSymbolHelpersTests
    {
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x", "BTCUSDT", 5)]
        [TestCase("GWFX/USDT/GTS/MM/SVIP5/0/A/USELESSUSDT50x", "USELESSUSDT", 50)]
        [TestCase("GWFX/USDT/GTS/MM/STD/0/A/1000PEPEUSDT100x", "1000PEPEUSDT", 100)]
        [TestCase("A/btcusdt20X", "BTCUSDT", 20)]
        public void PathSplitsIntoTickerAndLeverage(string path, string ticker, int leverage)
        {
            Assert.That(BtccSymbolPath.TryParse(path, out var parsedTicker, out var parsedLeverage), Is.True);
            Assert.That(parsedTicker, Is.EqualTo(ticker));
            Assert.That(parsedLeverage, Is.EqualTo(leverage));
        }

        [Test]
        public void LeverageSettingReadsDefaultAndPerTickerValues()
        {
            var setting = BtccLeverageSetting.Parse("10; BTCUSDT:20x ;ethusdt:50");

            Assert.That(setting.For("BTCUSDT"), Is.EqualTo(20m));
            Assert.That(setting.For("ETHUSDT"), Is.EqualTo(50m));
            Assert.That(setting.For("SOLUSDT"), Is.EqualTo(10m));
        }

        [Test]
        public void EmptyLeverageSettingConfiguresNoLeverage()
        {
            Assert.That(BtccLeverageSetting.Parse("").For("BTCUSDT"), Is.Null);
        }

        [TestCase("abc")]
        [TestCase("BTCUSDT:")]
        [TestCase(":20")]
        [TestCase("-5")]
        public void InvalidLeverageSettingThrowsNamingIt(string text)
        {
            var error = Assert.Throws<ArgumentException>(() => BtccLeverageSetting.Parse(text))!;

            Assert.That(error.Message, Does.Contain(text).And.Contain("btcc-leverage"));
        }
    }
}
