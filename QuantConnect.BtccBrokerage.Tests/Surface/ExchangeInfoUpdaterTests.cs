/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Configuration;
using QuantConnect.Securities;
using QuantConnect.ToolBox;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>LEAN's exchange-info updater as BTCCSPU uses it: one market's rows of the symbol-properties database.</summary>
    [TestFixture, NonParallelizable]
    public class ExchangeInfoUpdaterTests
    {
        private const string Header = BtccExchangeInfoDownloader.Header;
        private const string Binance = "binance,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.001,BTCUSDT";
        private const string Spy = "usa,SPY,equity,SPDR S&P 500,USD,1,0.01,1";
        private const string Ada = "bybit,ADAUSDT,crypto,ADAUSDT,USDT,1,0.0001,0.01,ADAUSDT,2.4";
        private const string OldBtc = "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.1";
        private const string Delisted = "btcc,OLDUSDT,cryptofuture,OLDUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/OLDUSDT5x,0.1";
        // LEAN writes a kept row from the database's entry: an empty price-magnifier field, no strike multiplier
        private const string DelistedKept = Delisted + ",";
        private const string NewBtc = "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.01,0.001,GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT5x,0.001";
        private const string Eth = "btcc,ETHUSDT,cryptofuture,ETHUSDT,USDT,1,0.01,0.1,GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT5x,0.1";

        private TemporaryDirectory _data = null!;
        private TemporaryDirectory _output = null!;

        [SetUp]
        public void UseFolders()
        {
            _data = new TemporaryDirectory();
            _output = new TemporaryDirectory();
            Config.Set("data-folder", _data.Path);
            Config.Set("temp-output-directory", _output.Path);
            Globals.Reset();
            SymbolPropertiesDatabase.Reset();
        }

        [TearDown]
        public void RestoreProcessWideState()
        {
            Config.Reset();
            Globals.Reset();
            SymbolPropertiesDatabase.Reset();
            _data.Dispose();
            _output.Dispose();
        }

        private static string Text(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

        private static void Run(params string[] rows) => new ExchangeInfoUpdater(new Rows(rows)).Run();

        private static string Database(string folder) => Path.Combine(folder, "symbol-properties", "symbol-properties-database.csv");

        private static void Write(string folder, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Database(folder))!);
            File.WriteAllBytes(Database(folder), Encoding.UTF8.GetBytes(text));
        }

        private static IEnumerable<TestCaseData> Updates()
        {
            yield return new TestCaseData(
                    Text(Header, "", "#", "# comment", "#", Binance, OldBtc, Delisted, Spy, "", "# other markets", Ada),
                    Text(Header, "", "#", "# comment", "#", Binance, NewBtc, Eth, DelistedKept, Spy, "", "# other markets", Ada))
                .SetName("TheMarketsRowsAreReplacedWhereTheyWereAndEveryOtherLineIsKept");
            yield return new TestCaseData(
                    Text(Header, OldBtc, "# between", Spy, Delisted, Ada),
                    Text(Header, NewBtc, Eth, DelistedKept, "# between", Spy, Ada))
                .SetName("ScatteredRowsOfTheMarketBecomeOneBlockWhereTheFirstWas");
            yield return new TestCaseData(
                    Text(Header, "#", Binance, Spy),
                    Text(Header, "#", Binance, Spy, "", "", NewBtc, Eth))
                .SetName("ADatabaseWithoutTheMarketGetsItsRowsAtTheEndAfterTwoBlankLines");
            yield return new TestCaseData(
                    Header + "\n" + Spy,
                    Text(Header, Spy, "", "", NewBtc, Eth))
                .SetName("ALastLineWithoutLineEndIsEnded");
            yield return new TestCaseData(
                    "\uFEFF" + Header + "\r\n#\r\n" + OldBtc + "\r\n" + Spy + "\r\n",
                    Text(Header, "#", NewBtc, Eth, Spy))
                .SetName("LinesAreWrittenWithThisSystemsLineEndAndWithoutAByteOrderMark");
            yield return new TestCaseData(
                    Text(Header, "BTCC,BTCUSDT,cryptofuture,x,USDT,1,1,1", "btccx,BTCUSDT,cryptofuture,x,USDT,1,1,1", "# btcc rows"),
                    Text(Header, NewBtc, Eth, "btccx,BTCUSDT,cryptofuture,x,USDT,1,1,1", "# btcc rows"))
                .SetName("TheMarketPrefixMatchesIgnoringCaseAndOnlyWholeMarketNames");
            yield return new TestCaseData(
                    Text(Header, "btcc,FOOUSDT,perpetual,FOOUSDT,USDT,1,1,1", Spy),
                    Text(Header, NewBtc, Eth, Spy))
                .SetName("AStoredRowOfTheMarketLeanCannotReadIsDropped");
            yield return new TestCaseData(
                    Text(Header, "btcc,ZZZUSDT,crypto,ZZZUSDT,USDT,1,1,1", Delisted),
                    Text(Header, "btcc,ZZZUSDT,crypto,ZZZUSDT,USDT,1,1,1,,,", NewBtc, Eth, DelistedKept))
                .SetName("TheBlockIsOrderedBySecurityTypeThenSymbol");
        }

        [TestCaseSource(nameof(Updates))]
        public void UpdatesTheDataFoldersDatabaseIntoTheTempOutputDirectory(string existing, string expected)
        {
            Write(_data.Path, existing);

            Run(NewBtc, Eth);

            Assert.That(File.ReadAllText(Database(_output.Path)), Is.EqualTo(expected));
            Assert.That(File.ReadAllBytes(Database(_data.Path)), Is.EqualTo(Encoding.UTF8.GetBytes(existing)), "the data folder's database is left as it was");
        }

        [Test]
        public void ADatabaseAlreadyInTheTempOutputDirectoryIsTheOneUpdated()
        {
            Write(_data.Path, Text(Header, Binance));
            Write(_output.Path, Text(Header, Binance, Ada));

            Run(NewBtc, Eth);

            Assert.That(File.ReadAllText(Database(_output.Path)), Is.EqualTo(Text(Header, Binance, Ada, "", "", NewBtc, Eth)));
        }

        [Test]
        public void WithTheDataFolderAsTempOutputDirectoryTheDatabaseIsUpdatedInPlace()
        {
            Config.Set("temp-output-directory", _data.Path);
            Write(_data.Path, Text(Header, OldBtc, Spy));

            Run(NewBtc, Eth);

            Assert.That(File.ReadAllText(Database(_data.Path)), Is.EqualTo(Text(Header, NewBtc, Eth, Spy)));
        }

        [Test]
        public void AMissingDatabaseFailsNamingTheFile()
        {
            Assert.That(() => Run(NewBtc, Eth), Throws.InstanceOf<FileNotFoundException>()
                .With.Message.Contains(Path.Combine("symbol-properties", "symbol-properties-database.csv")));
        }

        [Test]
        public void TwoDownloadedRowsOfOneSymbolAreRefused()
        {
            Write(_data.Path, Text(Header, Spy));

            Assert.That(() => Run(NewBtc, OldBtc), Throws.ArgumentException);
        }

        private sealed class Rows(string[] rows) : IExchangeInfoDownloader
        {
            public string Market => BtccMarket.Name;

            public IEnumerable<string> Get() => rows;
        }
    }
}
