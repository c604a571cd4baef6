using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class SymbolPropertiesDatabaseFileTests
    {
        private static readonly string[] Existing =
        {
            BtccExchangeInfoDownloader.Header,
            "binance,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.001,BTCUSDT",
            "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.1",
            "btcc,OLDUSDT,cryptofuture,OLDUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/OLDUSDT5x,0.1",
            "usa,SPY,equity,SPDR S&P 500,USD,1,0.01,1",
            "bybit,ADAUSDT,crypto,ADAUSDT,USDT,1,0.0001,0.01,ADAUSDT,2.4"
        };

        private static readonly string[] Downloaded =
        {
            "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.01,0.001,GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT5x,0.001",
            "btcc,ETHUSDT,cryptofuture,ETHUSDT,USDT,1,0.01,0.1,GWFX/USDT/GTS/MM/STD/0/A/ETHUSDT5x,0.1"
        };

        [Test]
        public void OnlyBtccRowsAreReplacedAndEveryOtherRowKept()
        {
            var merged = SymbolPropertiesDatabaseFile.Merge(Existing, "btcc", Downloaded);

            Assert.That(merged[0], Is.EqualTo(BtccExchangeInfoDownloader.Header));
            Assert.That(merged, Does.Contain(Downloaded[0]).And.Contain(Downloaded[1]));
            Assert.That(merged, Does.Not.Contain(Existing[2]));
            foreach (var other in Existing.Where(l => !l.StartsWith("btcc,", StringComparison.Ordinal)))
            {
                Assert.That(merged, Does.Contain(other));
            }
            // an instrument BTCC no longer lists keeps its properties, as LEAN's updater does
            Assert.That(merged, Does.Contain(Existing[3]));
            Assert.That(merged, Has.Count.EqualTo(Existing.Length + 1));
        }

        [Test]
        public void RowsAreOrderedBySecurityTypeThenSymbol()
        {
            var merged = SymbolPropertiesDatabaseFile.Merge(Existing, "btcc", Downloaded);

            var keys = merged.Skip(1).Select(l => l.Split(',')).Select(f => $"{f[2]}:{f[1]}").ToList();

            Assert.That(keys, Is.EqualTo(new[]
            {
                "equity:SPY", "crypto:ADAUSDT", "cryptofuture:BTCUSDT", "cryptofuture:BTCUSDT", "cryptofuture:ETHUSDT", "cryptofuture:OLDUSDT"
            }));
        }

        [Test]
        public void MissingFileIsCreatedWithTheHeader()
        {
            using var folder = new TemporaryDirectory();

            var path = SymbolPropertiesDatabaseFile.Update(folder.Path, null, "btcc", Downloaded);

            Assert.That(path, Is.EqualTo(Path.Combine(folder.Path, "symbol-properties", "symbol-properties-database.csv")));
            Assert.That(File.ReadAllLines(path), Is.EqualTo(new[] { BtccExchangeInfoDownloader.Header }.Concat(Downloaded)));
        }

        [Test]
        public void TempOutputDirectoryReceivesTheResultAndTheSourceStaysUntouched()
        {
            using var data = new TemporaryDirectory();
            using var output = new TemporaryDirectory();
            var source = Path.Combine(data.Path, "symbol-properties", "symbol-properties-database.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllLines(source, Existing);

            var path = SymbolPropertiesDatabaseFile.Update(data.Path, output.Path, "btcc", Downloaded);

            Assert.That(path, Does.StartWith(output.Path));
            Assert.That(File.ReadAllLines(source), Is.EqualTo(Existing));
            Assert.That(File.ReadAllLines(path), Does.Contain(Downloaded[1]).And.Contain(Existing[1]));
        }

        [Test]
        public void RowOfAnotherMarketIsRejected()
        {
            var error = Assert.Throws<ArgumentException>(() => SymbolPropertiesDatabaseFile.Merge(Existing, "btcc", new[] { Existing[1] }))!;

            Assert.That(error.Message, Does.Contain(Existing[1]));
        }
    }
}
