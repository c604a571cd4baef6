/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.Tests.Symbols;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, symbols: paths and LEAN symbols the mapper cannot map end in an ArgumentException
    /// that says what is wrong, never in a wrong symbol or a crash.
    /// </summary>
    [TestFixture]
    public class BadSymbolPathTests
    {
        private const string Group = "GWFX/USDT/GTS/MM/STD/0/A/";
        private const string Malformed = "is not a BTCC symbol path";
        private const string Unlisted = "is not in this account's symbol list";

        private static BtccSymbolMapper Mapper(string? leverage = null)
            => new(BtccInstruments.Multi(), leverage == null ? null : BtccLeverageSetting.Parse(leverage));

        private static TestCaseData PathRow(string name, string? path, SecurityType type, string market, string fragment)
            => new TestCaseData(path, type, market, fragment).SetName($"Symbol path: {name} => ArgumentException '{fragment}'");

        public static IEnumerable<TestCaseData> PathRows()
        {
            var btcc = BtccMarket.Register();
            yield return PathRow("empty", string.Empty, SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("null", null, SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("whitespace", "   ", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("garbage", "%%garbage%%", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("bare ticker", "BTCUSDT5x", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("no leverage suffix", Group + "BTCUSDT", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("suffix without digits", Group + "BTCUSDTx", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("zero leverage", Group + "BTCUSDT0x", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("leverage only, no code", Group + "5x", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("leverage too large for decimal", Group + "BTCUSDT999999999999999999999999999999x", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("trailing separator", Group, SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("leading separator only", "/BTCUSDT5x", SecurityType.CryptoFuture, btcc, Malformed);
            yield return PathRow("well formed but unlisted ticker", Group + "DOGEUSDT5x", SecurityType.CryptoFuture, btcc, Unlisted);
            yield return PathRow("listed ticker, unlisted leverage", Group + "BTCUSDT7x", SecurityType.CryptoFuture, btcc, Unlisted);
            yield return PathRow("listed ticker, other account group", "GWFX/USDT/GTS/MM/VIP/0/A/BTCUSDT5x", SecurityType.CryptoFuture, btcc, Unlisted);
            yield return PathRow("wrong market", Group + "BTCUSDT5x", SecurityType.CryptoFuture, "binance", "market 'binance' is not supported");
            yield return PathRow("wrong security type", Group + "BTCUSDT5x", SecurityType.Crypto, btcc, "security type Crypto is not supported");
        }

        [TestCaseSource(nameof(PathRows))]
        public void GetLeanSymbolRefusesWithAReason(string? path, SecurityType type, string market, string fragment)
        {
            var mapper = Mapper();

            Assert.That(() => mapper.GetLeanSymbol(path!, type, market), Throws.ArgumentException.With.Message.Contain(fragment));
            if (type == SecurityType.CryptoFuture && market == BtccMarket.Name)
            {
                Assert.That(mapper.TryGetLeanSymbol(path!, out var symbol), Is.False);
                Assert.That(symbol, Is.EqualTo(Symbol.Empty));
            }
        }

        private static TestCaseData SymbolRow(string name, Func<Symbol?> symbol, string? leverage, string fragment)
            => new TestCaseData(symbol, leverage, fragment).SetName($"LEAN symbol: {name} => ArgumentException '{fragment}'");

        public static IEnumerable<TestCaseData> SymbolRows()
        {
            yield return SymbolRow("null", () => null, null, "null symbol");
            yield return SymbolRow("unlisted ticker", () => Symbol.Create("DOGEUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), null, "is not in this account's BTCC symbol list");
            yield return SymbolRow("other market", () => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance), null, "market 'binance' is not supported");
            yield return SymbolRow("spot crypto", () => Symbol.Create("BTCUSDT", SecurityType.Crypto, BtccMarket.Register()), null, "security type Crypto is not supported");
            yield return SymbolRow("configured leverage above every path's maximum", () => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), "150", "BTCUSDT allows at most 100x on BTCC, not 150x");
        }

        [TestCaseSource(nameof(SymbolRows))]
        public void GetBrokerageSymbolRefusesWithAReason(Func<Symbol?> symbol, string? leverage, string fragment)
        {
            var mapper = Mapper(leverage);

            Assert.That(() => mapper.GetBrokerageSymbol(symbol()!), Throws.ArgumentException.With.Message.Contain(fragment));
        }
    }
}
