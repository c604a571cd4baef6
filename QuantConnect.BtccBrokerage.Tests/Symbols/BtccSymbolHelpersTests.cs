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

        [TestCase("0.1;0.5;1;20", new[] { 0.1, 0.5, 1, 20 })]
        [TestCase(" 5 ; 20;100; ", new[] { 5.0, 20, 100 })]
        [TestCase("", new double[0])]
        public void DecimalListIsReadWithTheInvariantCulture(string list, double[] expected)
        {
            Assert.That(BtccDecimalList.Parse(list), Is.EqualTo(expected.Select(v => (decimal)v)));
        }

        [Test]
        public void DecimalListNamesTheBadItem()
        {
            var error = Assert.Throws<FormatException>(() => BtccDecimalList.Parse("0.1;abc;1"))!;

            Assert.That(error.Message, Does.Contain("abc").And.Contain("0.1;abc;1"));
        }

        [Test]
        public void DecimalListFormatsWithoutTrailingZeros()
        {
            Assert.That(BtccDecimalList.Format(new[] { 0.10m, 20.000m, 1m }), Is.EqualTo("0.1;20;1"));
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
