/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Tests.Symbols
{
    [TestFixture]
    public class BtccSymbolMapperTests
    {
        private static readonly string Market = BtccMarket.Register();

        private static Symbol CryptoFuture(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, Market);

        [Test]
        public void FixtureSymbolListRoundTripsThroughItsLeanSymbol()
        {
            var fixture = BtccInstruments.FromFixture();
            var mapper = new BtccSymbolMapper(fixture);

            foreach (var instrument in fixture)
            {
                var symbol = mapper.GetLeanSymbol(instrument.Name, SecurityType.CryptoFuture, Market);

                Assert.That(symbol.Value, Is.EqualTo(BtccSymbolPath.GetTicker(instrument.Name)));
                Assert.That(symbol.SecurityType, Is.EqualTo(SecurityType.CryptoFuture));
                Assert.That(symbol.ID.Market, Is.EqualTo("btcc"));
                Assert.That(mapper.GetBrokerageSymbol(symbol), Is.EqualTo(instrument.Name));
            }
        }

        [Test]
        public void FixturePathMapsToTickerWithoutLeverageSuffix()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.FromFixture());

            var symbol = mapper.GetLeanSymbol("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x", SecurityType.CryptoFuture, Market);

            Assert.That(symbol, Is.EqualTo(CryptoFuture("BTCUSDT")));
        }

        [TestCase("MIN")]
        [TestCase("STD")]
        [TestCase("SVIP5")]
        public void EveryLeverageVariantMapsToOneLeanSymbolWhateverTheAccountGroup(string group)
        {
            var instruments = BtccInstruments.Multi(group);
            var mapper = new BtccSymbolMapper(instruments);

            var symbols = instruments
                .Select(i => mapper.GetLeanSymbol(i.Name, SecurityType.CryptoFuture, Market))
                .Distinct()
                .OrderBy(s => s.Value, StringComparer.Ordinal)
                .ToList();

            Assert.That(symbols, Is.EqualTo(new[] { CryptoFuture("BTCUSDT"), CryptoFuture("ETHUSDT"), CryptoFuture("SOLUSDT") }));
            Assert.That(mapper.Symbols, Is.EqualTo(symbols));
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Does.Contain($"/{group}/"));
        }

        [Test]
        public void OrderPathDefaultsToTheTightestMaximumAllowing10x()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());

            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT20x"));
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("ETHUSDT")), Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT50x"));
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("SOLUSDT")), Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/SOLUSDT10x"));
            Assert.That(mapper.TryChoose(CryptoFuture("ETHUSDT"), null, out var choice, out _), Is.True);
            Assert.That(choice.Multiple, Is.EqualTo(10));
        }

        [Test]
        public void OrderPathDoesNotDependOnTheListOrder()
        {
            var instruments = BtccInstruments.Multi();
            var forward = new BtccSymbolMapper(instruments, BtccLeverageSetting.Parse("20"));
            var backward = new BtccSymbolMapper(Enumerable.Reverse(instruments), BtccLeverageSetting.Parse("20"));

            Assert.That(backward.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Is.EqualTo(forward.GetBrokerageSymbol(CryptoFuture("BTCUSDT"))));
            Assert.That(backward.Symbols, Is.EqualTo(forward.Symbols));
        }

        [Test]
        public void ConfiguredLeverageSelectsThatVariant()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi(), BtccLeverageSetting.Parse("5;BTCUSDT:100"));

            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT100x"));
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("ETHUSDT")), Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT5x"));
            Assert.That(mapper.TryGetInstrument(CryptoFuture("BTCUSDT"), out var instrument), Is.True);
            Assert.That(instrument.Id, Is.EqualTo(12));
        }

        [Test]
        public void AConfiguredLeverageAboveEveryMaximumNamesTickerAndListedMaxima()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi(), BtccLeverageSetting.Parse("60"));

            var error = Assert.Throws<ArgumentException>(() => mapper.GetBrokerageSymbol(CryptoFuture("ETHUSDT")))!;

            Assert.That(error.Message, Does.Contain("ETHUSDT allows at most 50x").And.Contain("60x").And.Contain("5x, 50x").And.Contain("btcc-leverage"));
            Assert.That(mapper.TryGetInstrument(CryptoFuture("ETHUSDT"), out _), Is.False);
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Does.EndWith("BTCUSDT100x"));
        }

        [Test]
        public void VariantsAreListedByAscendingLeverage()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());

            Assert.That(mapper.GetVariants(CryptoFuture("BTCUSDT")).Select(v => (v.Name.Split('/')[^1], v.CodeId)),
                Is.EqualTo(new[] { ("BTCUSDT5x", 1000L), ("BTCUSDT20x", 1001L), ("BTCUSDT100x", 1002L) }));
            Assert.That(mapper.GetVariants(CryptoFuture("SOLUSDT")).Select(v => v.CodeId), Is.EqualTo(new[] { 3001L }));
        }

        [Test]
        public void EveryListedPathIsAmongItsSymbolsVariants()
        {
            var instruments = BtccInstruments.Multi();
            var mapper = new BtccSymbolMapper(instruments);

            foreach (var instrument in instruments)
            {
                var symbol = mapper.GetLeanSymbol(instrument.Name, SecurityType.CryptoFuture, Market);

                Assert.That(symbol.Value, Is.EqualTo(BtccSymbolPath.GetTicker(instrument.Name)));
                Assert.That(mapper.GetVariants(symbol), Does.Contain(instrument));
            }
        }

        [TestCase("")]
        [TestCase("   ")]
        [TestCase("BTCUSDT5x")]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/")]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT")]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDTx")]
        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/5x")]
        public void MalformedPathThrowsNamingTheInput(string path)
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());

            var error = Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(path, SecurityType.CryptoFuture, Market))!;

            Assert.That(error.Message, Does.Contain($"'{path}'"));
        }

        [Test]
        public void NullPathThrowsArgumentException()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());

            Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(null!, SecurityType.CryptoFuture, Market));
        }

        [Test]
        public void WellFormedPathNotInTheListThrowsNamingIt()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());
            const string path = "GWFX/USDT/GTS/MM/STD/0/A/DOGEUSDT5x";

            var error = Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(path, SecurityType.CryptoFuture, Market))!;

            Assert.That(error.Message, Does.Contain(path).And.Contain("not in this account's symbol list"));
        }

        [Test]
        public void WrongMarketThrowsNamingTheInput()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());
            const string path = "GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT5x";

            var error = Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(path, SecurityType.CryptoFuture, QuantConnect.Market.Binance))!;
            Assert.That(error.Message, Does.Contain(path).And.Contain("binance"));

            var binance = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, QuantConnect.Market.Binance);
            error = Assert.Throws<ArgumentException>(() => mapper.GetBrokerageSymbol(binance))!;
            Assert.That(error.Message, Does.Contain("BTCUSDT").And.Contain("binance"));
        }

        [Test]
        public void EquitySecurityTypeThrowsNamingTheInput()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());
            const string path = "GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT5x";

            var error = Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(path, SecurityType.Equity, Market))!;
            Assert.That(error.Message, Does.Contain(path).And.Contain("Equity"));

            var equity = Symbol.Create("BTCUSDT", SecurityType.Equity, Market);
            error = Assert.Throws<ArgumentException>(() => mapper.GetBrokerageSymbol(equity))!;
            Assert.That(error.Message, Does.Contain("BTCUSDT").And.Contain("Equity"));
        }

        [Test]
        public void UnknownLeanSymbolThrowsNamingIt()
        {
            var mapper = new BtccSymbolMapper(BtccInstruments.Multi());

            var error = Assert.Throws<ArgumentException>(() => mapper.GetBrokerageSymbol(CryptoFuture("DOGEUSDT")))!;

            Assert.That(error.Message, Does.Contain("DOGEUSDT"));
            Assert.Throws<ArgumentException>(() => mapper.GetVariants(CryptoFuture("DOGEUSDT")));
        }

        [Test]
        public void RefreshPicksUpANewlyListedInstrument()
        {
            var instruments = BtccInstruments.Multi();
            var mapper = new BtccSymbolMapper(instruments);
            var doge = BtccInstruments.Create("DOGEUSDT", 10, 40, 4001, "STD");

            mapper.Refresh(instruments.Append(doge));

            Assert.That(mapper.GetLeanSymbol(doge.Name, SecurityType.CryptoFuture, Market), Is.EqualTo(CryptoFuture("DOGEUSDT")));
            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("DOGEUSDT")), Is.EqualTo(doge.Name));
            Assert.That(mapper.GetVariants(CryptoFuture("DOGEUSDT")).Select(v => v.CodeId), Is.EqualTo(new[] { 4001L }));
            Assert.That(mapper.Symbols, Does.Contain(CryptoFuture("DOGEUSDT")));
        }

        [Test]
        public void RefreshDropsADelistedInstrument()
        {
            var instruments = BtccInstruments.Multi();
            var mapper = new BtccSymbolMapper(instruments);
            var sol = instruments.Single(i => i.Name.EndsWith("SOLUSDT10x", StringComparison.Ordinal));

            mapper.Refresh(instruments.Where(i => i != sol));

            Assert.Throws<ArgumentException>(() => mapper.GetLeanSymbol(sol.Name, SecurityType.CryptoFuture, Market));
            Assert.Throws<ArgumentException>(() => mapper.GetBrokerageSymbol(CryptoFuture("SOLUSDT")));
            Assert.That(mapper.TryGetLeanSymbol(sol.Name, out _), Is.False);
            Assert.That(mapper.Symbols, Does.Not.Contain(CryptoFuture("SOLUSDT")));
        }

        [Test]
        public void DeletedStatusInstrumentIsNotMapped()
        {
            var instruments = BtccInstruments.Multi();
            instruments.Add(BtccInstruments.Create("XRPUSDT", 10, 50, 5001, "STD", status: 1));
            var mapper = new BtccSymbolMapper(instruments);

            Assert.That(mapper.Symbols, Does.Not.Contain(CryptoFuture("XRPUSDT")));
        }

        [Test]
        public void RefreshOfALeverageVariantMovesTheDefaultOrderPath()
        {
            var instruments = BtccInstruments.Multi();
            var mapper = new BtccSymbolMapper(instruments);

            mapper.Refresh(instruments.Where(i => !i.Name.EndsWith("BTCUSDT20x", StringComparison.Ordinal)));

            Assert.That(mapper.GetBrokerageSymbol(CryptoFuture("BTCUSDT")), Does.EndWith("BTCUSDT100x"));
        }

        [Test]
        public void ConcurrentLookupsDuringRefreshAlwaysSeeACompleteTable()
        {
            var instruments = BtccInstruments.Multi();
            var mapper = new BtccSymbolMapper(instruments);
            var btc = CryptoFuture("BTCUSDT");
            using var stop = new CancellationTokenSource();
            var failures = 0;

            var reader = Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        if (mapper.GetBrokerageSymbol(btc) != "GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT20x")
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                    catch (ArgumentException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            });
            for (var i = 0; i < 200; i++)
            {
                mapper.Refresh(i % 2 == 0 ? instruments : Enumerable.Reverse(instruments));
            }
            stop.Cancel();
            reader.Wait(TimeSpan.FromSeconds(10));

            Assert.That(failures, Is.Zero);
        }
    }
}
