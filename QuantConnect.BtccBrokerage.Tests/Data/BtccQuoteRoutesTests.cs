/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>Which quote SecID serves an instrument: code_id where the dictionary confirms it, else its ShortName.</summary>
    [TestFixture]
    public class BtccQuoteRoutesTests
    {
        private static BtccSymbolInfo Instrument(long codeId, string marginCurrency = "USDT")
            => new() { Name = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x", CodeId = codeId, MarginCurrency = marginCurrency };

        private static BtccQuoteProduct Product(long secId, string shortName) => new() { SecId = secId, ShortName = shortName };

        private static BtccQuoteRoutes Routes(string ticker, BtccSymbolInfo[] variants, params BtccQuoteProduct[] dictionary)
            => BtccQuoteRoutes.Build(new Dictionary<string, IReadOnlyList<BtccSymbolInfo>> { [ticker] = variants }, dictionary);

        public static IEnumerable<TestCaseData> Rows()
        {
            TestCaseData Row(string name, string ticker, BtccSymbolInfo[] variants, BtccQuoteProduct[] dictionary, string expected)
                => new TestCaseData(ticker, variants, dictionary, expected).SetName($"Route: {name} => {expected}");

            yield return Row("code_id listed under the PDF's name", "BTCUSDT", [Instrument(1430475842)],
                [Product(1430475842, "BCH/USDTW")], "1430475842 by CodeId");
            yield return Row("code_id listed under its own live name", "BTCUSDT", [Instrument(3289142)],
                [Product(3289142, "BTC/USDT.100x")], "3289142 by CodeId");
            yield return Row("code_id not in the dictionary, live ShortName is", "BTCUSDT", [Instrument(1430475842)],
                [Product(3289142, "BTC/USDT.100x"), Product(65, "BTC/USDC.500x")], "3289142 by ShortName");
            yield return Row("code_id names another pair in the dictionary", "BTCUSDT", [Instrument(65)],
                [Product(65, "BTC/USDC.500x"), Product(3289142, "BTC/USDT.100x")], "3289142 by ShortName");
            yield return Row("scale prefix kept in the ticker", "1000BONKUSDT", [Instrument(1)],
                [Product(3290417, "1000BONK/USDT.20x")], "3290417 by ShortName");
            yield return Row("second variant's code_id confirmed", "BTCUSDT", [Instrument(7), Instrument(8)],
                [Product(8, "BCH/USDTW")], "8 by CodeId");
            yield return Row("no dictionary: code_id on trust", "BTCUSDT", [Instrument(1430475842)], [], "1430475842 by CodeIdUnconfirmed");
            yield return Row("USDC pair is not the USDT future", "BTCUSDT", [Instrument(1)],
                [Product(65, "BTC/USDC.500x")], "none: BTCC's quote dictionary lists neither BTCUSDT's code_id (1) nor a USDT pair named BTCUSDT");
            yield return Row("USDC-margined instrument refused", "BTCUSDC", [Instrument(65, "USDC")],
                [Product(65, "BTC/USDC.500x")], "none: BTCUSDC is margined in USDC (USDC-margined)");
            yield return Row("coin-margined instrument refused", "BTCUSD", [Instrument(5, "BTC")],
                [Product(5, "BTC/USD.100x")], "none: BTCUSD is margined in BTC (coin-margined)");
            yield return Row("USDX TradFi instrument refused", "XAUUSD", [Instrument(9, "USDX")],
                [Product(9, "XAUUSD/USDX.500x")], "none: XAUUSD is margined in USDX (TradFi, margined in USDX)");
        }

        [TestCaseSource(nameof(Rows))]
        public void InstrumentIsRoutedAsTheDictionaryAllows(string ticker, BtccSymbolInfo[] variants, BtccQuoteProduct[] dictionary, string expected)
        {
            var routes = Routes(ticker, variants, dictionary);

            var outcome = routes.TryGet(ticker, out var route) ? $"{route.SecId} by {route.Source}" : $"none: {routes.Reason(ticker)}";

            Assert.That(outcome, Does.StartWith(expected));
        }

        [Test]
        public void MappingInForceIsDescribedInOneLine()
        {
            var routes = BtccQuoteRoutes.Build(new Dictionary<string, IReadOnlyList<BtccSymbolInfo>>
            {
                ["BTCUSDT"] = [Instrument(1)],
                ["ETHUSDT"] = [Instrument(2)],
                ["SOLUSDT"] = [Instrument(3)],
                ["BTCUSDC"] = [Instrument(65, "USDC")]
            }, [Product(1, "BTC/USDT.100x"), Product(3289150, "ETH/USDT.100x")]);

            Assert.That(routes.Describe(), Is.EqualTo("SecID routing: symbollist code_id confirmed by the quote dictionary for 1, "
                + "the dictionary's ShortName for 1 (their code_id is not a quote SecID), no SecID for 1; 1 instruments of other margin families not offered"));
        }

        [Test]
        public void UnconfirmedMappingSaysNoDictionaryArrived()
        {
            Assert.That(Routes("BTCUSDT", [Instrument(1)]).Describe(), Does.Contain("unconfirmed: no quote dictionary arrived"));
        }

        [TestCase("BTC/USDT.100x", "BTCUSDT", BtccMarginFamily.Usdt, 100)]
        [TestCase("1000BONK/USDT.20x", "1000BONKUSDT", BtccMarginFamily.Usdt, 20)]
        [TestCase("BTC/USDC.500x", "BTCUSDC", BtccMarginFamily.Usdc, 500)]
        [TestCase("BTC/USD.100x", "BTCUSD", BtccMarginFamily.CoinMargined, 100)]
        [TestCase("XAUUSD/USDX.500x", "XAUUSDUSDX", BtccMarginFamily.Usdx, 500)]
        [TestCase("ETH/USDT", "ETHUSDT", BtccMarginFamily.Usdt, 0)]
        public void ShortNameNamesItsPair(string shortName, string ticker, BtccMarginFamily family, int maxLeverage)
        {
            Assert.That(BtccQuoteShortName.TryParse(shortName, out var named, out var namedFamily, out var leverage), Is.True);
            Assert.That((named, namedFamily, leverage), Is.EqualTo((ticker, family, (decimal)maxLeverage)));
        }

        [TestCase("BCH/USDTW")]
        [TestCase("BTCUSDT")]
        [TestCase("BTC/USDT.x")]
        [TestCase("BTC/USDT.100")]
        [TestCase("/USDT.100x")]
        [TestCase("BTC/ETH/USDT")]
        [TestCase("")]
        [TestCase(null)]
        public void ShortNameOfNoKnownPairIsNotRead(string? shortName)
        {
            Assert.That(BtccQuoteShortName.TryParse(shortName, out _, out _, out _), Is.False);
        }

        [TestCase("USDT", "BTCUSDT", BtccMarginFamily.Usdt)]
        [TestCase("usdc", "BTCUSDC", BtccMarginFamily.Usdc)]
        [TestCase("USDX", "XAUUSD", BtccMarginFamily.Usdx)]
        [TestCase("BTC", "BTCUSD", BtccMarginFamily.CoinMargined)]
        [TestCase("", "ETHUSDT", BtccMarginFamily.Usdt)]
        [TestCase("", "ETHUSD", BtccMarginFamily.Unknown)]
        public void MarginFamilyFollowsTheMarginCurrency(string marginCurrency, string ticker, BtccMarginFamily family)
        {
            Assert.That(BtccMarginFamilies.Of(Instrument(1, marginCurrency), ticker), Is.EqualTo(family));
        }
    }
}
