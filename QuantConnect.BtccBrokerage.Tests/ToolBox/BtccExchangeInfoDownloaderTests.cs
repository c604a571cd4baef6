/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.Tests.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class BtccExchangeInfoDownloaderTests
    {
        [Test]
        public void FixtureInstrumentBecomesOneLeanRow()
        {
            var downloader = new BtccExchangeInfoDownloader(new FakeBtccSources(BtccInstruments.FromFixture()));

            var rows = downloader.Get().ToList();

            Assert.That(rows, Is.EqualTo(new[] { "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.01,0.01,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.01" }));
            Assert.That(downloader.Market, Is.EqualTo("btcc"));
        }

        [Test]
        public void RowsHaveTheFirstTenColumnsOfLeansHeader()
        {
            var header = BtccExchangeInfoDownloader.Header.Split(',');
            var rows = BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi());

            Assert.That(header, Has.Length.EqualTo(12));
            foreach (var row in rows)
            {
                var fields = row.Split(',');
                Assert.That(fields, Has.Length.EqualTo(10), row);
                Assert.That(fields[0], Is.EqualTo("btcc"));
                Assert.That(fields[2], Is.EqualTo("cryptofuture"));
                Assert.That(BtccSymbolPath.GetTicker(fields[8]), Is.EqualTo(fields[1]));
            }
        }

        [Test]
        public void OneRowPerTickerFromItsOrderPathSortedBySymbol()
        {
            var rows = BtccExchangeInfoDownloader.CreateRows(Enumerable.Reverse(BtccInstruments.Multi()));

            Assert.That(rows.Select(r => r.Split(',')[1]), Is.EqualTo(new[] { "BTCUSDT", "ETHUSDT", "SOLUSDT" }));
            // the unset 10x goes to BTCUSDT20x, the tightest maximum that allows it
            Assert.That(rows[0], Is.EqualTo("btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.01,0.01,GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT20x,0.01"));
            Assert.That(rows[2].Split(',')[6], Is.EqualTo("0.001"));
        }

        [Test]
        public void ConfiguredLeverageChoosesTheMarketTicker()
        {
            var rows = BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi(), BtccLeverageSetting.Parse("BTCUSDT:100"));

            Assert.That(rows[0].Split(',')[8], Is.EqualTo("GWFX/USDT/GTS/MM/STD/0/A/BTCUSDT100x"));
        }

        [Test]
        public void NonTradableAndDeletedInstrumentsAreSkipped()
        {
            var instruments = BtccInstruments.Multi();
            instruments.Add(BtccInstruments.Create("XRPUSDT", 10, 50, 5001, "STD", tradable: BtccTradable.No));
            instruments.Add(BtccInstruments.Create("ADAUSDT", 10, 60, 6001, "STD", status: 1));
            instruments.Add(BtccInstruments.Create("LTCUSDT", 10, 70, 7001, "STD", tradable: BtccTradable.SellOnly));

            var tickers = BtccExchangeInfoDownloader.CreateRows(instruments).Select(r => r.Split(',')[1]).ToList();

            Assert.That(tickers, Is.EqualTo(new[] { "BTCUSDT", "ETHUSDT", "LTCUSDT", "SOLUSDT" }));
        }

        [Test]
        public void NonTradableVariantIsNotTheOrderPath()
        {
            var instruments = BtccInstruments.Multi();
            instruments.Single(i => i.Name.EndsWith("BTCUSDT5x", StringComparison.Ordinal)).Tradable = BtccTradable.No;

            var rows = BtccExchangeInfoDownloader.CreateRows(instruments);

            Assert.That(rows[0].Split(',')[8], Does.EndWith("BTCUSDT20x"));
        }

        [Test]
        public void NumbersAreInvariantWithoutTrailingZeros()
        {
            var instrument = BtccInstruments.Create("BTCUSDT", 5, 1, 1, contractSize: 10.000m, volumesMin: 0.0100m, volumesStep: 1.50m, digits: 4);

            var row = BtccExchangeInfoDownloader.CreateRow("BTCUSDT", instrument);

            Assert.That(row, Is.EqualTo("btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,10,0.0001,1.5,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.01"));
        }
    }
}
