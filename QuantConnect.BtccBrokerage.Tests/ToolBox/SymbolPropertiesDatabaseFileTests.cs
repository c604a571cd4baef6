using System.Text;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class SymbolPropertiesDatabaseFileTests
    {
        private const string Header = BtccExchangeInfoDownloader.Header;
        private const string Binance = "binance,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.001,BTCUSDT";
        private const string Spy = "usa,SPY,equity,SPDR S&P 500,USD,1,0.01,1";
        private const string Ada = "bybit,ADAUSDT,crypto,ADAUSDT,USDT,1,0.0001,0.01,ADAUSDT,2.4";
        private const string OldBtc = "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.1";
        private const string Delisted = "btcc,OLDUSDT,cryptofuture,OLDUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/OLDUSDT5x,0.1";
        private const string NewBtc = "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.01,0.001,GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT5x,0.001";
        private const string Eth = "btcc,ETHUSDT,cryptofuture,ETHUSDT,USDT,1,0.01,0.1,GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT5x,0.1";

        private static readonly string[] Downloaded = { NewBtc, Eth };

        private static string Text(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

        private static IEnumerable<TestCaseData> Merges()
        {
            yield return new TestCaseData(
                    Text(Header, "", "#", "# comment", "#", Binance, OldBtc, Delisted, Spy, "", "# other markets", Ada),
                    Text(Header, "", "#", "# comment", "#", Binance, NewBtc, Eth, Delisted, Spy, "", "# other markets", Ada))
                .SetName("StoredBtccRowsAreReplacedWhereTheyWereAndEveryOtherLineIsKept");
            yield return new TestCaseData(
                    Text(Header, OldBtc, "# between", Spy, Delisted, Ada),
                    Text(Header, NewBtc, Eth, Delisted, "# between", Spy, Ada))
                .SetName("ScatteredBtccRowsBecomeOneBlockWhereTheFirstWas");
            yield return new TestCaseData(
                    Text(Header, "#", Binance, Spy),
                    Text(Header, "#", Binance, Spy, "", NewBtc, Eth))
                .SetName("AFileWithoutBtccRowsGetsThemAtTheEndAfterABlankLine");
            yield return new TestCaseData(
                    Header + "\n" + Spy,
                    Text(Header, Spy, "", NewBtc, Eth))
                .SetName("ALastLineWithoutLineEndIsEndedBeforeTheNewRows");
            yield return new TestCaseData(
                    Header + "\r\n#\r\n" + OldBtc + "\r\n" + Spy + "\r\n",
                    Header + "\r\n#\r\n" + NewBtc + "\r\n" + Eth + "\r\n" + Spy + "\r\n")
                .SetName("WindowsLineEndsAreKeptAndUsedForTheNewRows");
            yield return new TestCaseData(
                    string.Empty,
                    Text(Header, NewBtc, Eth))
                .SetName("AnEmptyFileStartsWithLeansHeader");
            yield return new TestCaseData(
                    Text(Header, "BTCC,BTCUSDT,cryptofuture,x,USDT,1,1,1", "btccx,BTCUSDT,cryptofuture,x,USDT,1,1,1", "# btcc rows"),
                    Text(Header, NewBtc, Eth, "btccx,BTCUSDT,cryptofuture,x,USDT,1,1,1", "# btcc rows"))
                .SetName("TheMarketPrefixMatchesIgnoringCaseAndOnlyWholeMarketNames");
            yield return new TestCaseData(
                    Text(Header, "btcc,FOOUSDT,perpetual,FOOUSDT,USDT,1,1,1", Spy),
                    Text(Header, NewBtc, Eth, Spy))
                .SetName("AStoredBtccRowLeanCannotReadIsDropped");
            yield return new TestCaseData(
                    Text(Header, "btcc,ZZZUSDT,crypto,ZZZUSDT,USDT,1,1,1", Delisted),
                    Text(Header, "btcc,ZZZUSDT,crypto,ZZZUSDT,USDT,1,1,1", NewBtc, Eth, Delisted))
                .SetName("TheBlockIsOrderedBySecurityTypeThenSymbol");
        }

        [TestCaseSource(nameof(Merges))]
        public void Merge(string existing, string expected)
            => Assert.That(SymbolPropertiesDatabaseFile.Merge(existing, "btcc", Downloaded), Is.EqualTo(expected));

        [Test]
        public void ADownloadedRowReplacesAStoredOneWhoseSymbolDiffersInCase()
        {
            var merged = SymbolPropertiesDatabaseFile.Merge(Text(Header, OldBtc.Replace(",BTCUSDT,cryptofuture", ",btcusdt,CryptoFuture")), "btcc", Downloaded);

            Assert.That(merged, Is.EqualTo(Text(Header, NewBtc, Eth)));
        }

        [Test]
        public void RowOfAnotherMarketIsRejected()
        {
            var error = Assert.Throws<ArgumentException>(() => SymbolPropertiesDatabaseFile.Merge(Text(Header), "btcc", new[] { Binance }))!;

            Assert.That(error.Message, Does.Contain(Binance));
        }

        [Test]
        public void TwoDownloadedRowsOfOneSymbolAreRejected()
        {
            Assert.That(() => SymbolPropertiesDatabaseFile.Merge(Text(Header), "btcc", new[] { NewBtc, OldBtc }),
                Throws.ArgumentException.With.Message.Contains(OldBtc));
        }

        [Test]
        public void ADownloadedRowSpanningLinesIsRejected()
        {
            Assert.That(() => SymbolPropertiesDatabaseFile.Merge(Text(Header), "btcc", new[] { NewBtc + "\n" + Spy }), Throws.ArgumentException);
        }

        [Test]
        public void MissingFileIsCreatedWithTheHeader()
        {
            using var folder = new TemporaryDirectory();

            var path = SymbolPropertiesDatabaseFile.Update(folder.Path, null, "btcc", Downloaded);

            Assert.That(path, Is.EqualTo(Path.Combine(folder.Path, "symbol-properties", "symbol-properties-database.csv")));
            Assert.That(File.ReadAllLines(path), Is.EqualTo(new[] { Header }.Concat(Downloaded)));
        }

        [Test]
        public void UpdateKeepsEveryOtherByteIncludingTheByteOrderMark()
        {
            using var folder = new TemporaryDirectory();
            var path = WriteDatabase(folder.Path, "\uFEFF" + Text(Header, "# ünïcode comment", Spy, OldBtc, Ada));

            SymbolPropertiesDatabaseFile.Update(folder.Path, null, "btcc", Downloaded);

            Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes("\uFEFF" + Text(Header, "# ünïcode comment", Spy, NewBtc, Eth, Ada))));
        }

        [Test]
        public void TempOutputDirectoryReceivesTheResultAndTheSourceStaysUntouched()
        {
            using var data = new TemporaryDirectory();
            using var output = new TemporaryDirectory();
            var source = WriteDatabase(data.Path, Text(Header, Binance, OldBtc));

            var path = SymbolPropertiesDatabaseFile.Update(data.Path, output.Path, "btcc", Downloaded);

            Assert.That(path, Does.StartWith(output.Path));
            Assert.That(File.ReadAllText(source), Is.EqualTo(Text(Header, Binance, OldBtc)));
            Assert.That(File.ReadAllText(path), Is.EqualTo(Text(Header, Binance, NewBtc, Eth)));
        }

        [Test]
        public void ADatabaseAlreadyInTheTempOutputDirectoryIsTheOneUpdated()
        {
            using var data = new TemporaryDirectory();
            using var output = new TemporaryDirectory();
            WriteDatabase(data.Path, Text(Header, Binance));
            var earlier = WriteDatabase(output.Path, Text(Header, Binance, Ada));

            SymbolPropertiesDatabaseFile.Update(data.Path, output.Path, "btcc", Downloaded);

            Assert.That(File.ReadAllText(earlier), Is.EqualTo(Text(Header, Binance, Ada, "", NewBtc, Eth)));
        }

        private static string WriteDatabase(string folder, string text)
        {
            var path = Path.Combine(folder, SymbolPropertiesDatabaseFile.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
            return path;
        }
    }
}
