/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Configuration;
using QuantConnect.Data.Market;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>
    /// The downloader LEAN's DownloaderDataProvider loads by type name, configured through Config's btcc-* keys,
    /// against the simulator on loopback.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageDownloaderTests
    {
        private SimulatorHarness _h = null!;

        private static Symbol Btc => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        [SetUp]
        public async Task SetUp()
        {
            _h = await SimulatorHarness.StartAsync(o => o.PriceInterval = TimeSpan.Zero);
            Config.Set(BtccSettingKeys.ApiUrl, _h.Simulator.RestUrl.ToString());
            Config.Set(BtccSettingKeys.WebSocketUrl, _h.Simulator.WebSocketUrl.ToString());
            Config.Set(BtccSettingKeys.UserName, _h.Simulator.Options.UserName);
            Config.Set(BtccSettingKeys.Password, _h.Simulator.Options.Password);
            Config.Set(BtccSettingKeys.ApiKey, _h.Simulator.Options.ApiKey);
            Config.Set(BtccSettingKeys.ApiSecret, _h.Simulator.Options.ApiSecret);
        }

        [TearDown]
        public async Task TearDown()
        {
            Config.Reset();
            await _h.DisposeAsync();
        }

        private static DateTime MinuteFloor(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);

        [Test]
        public void LeansComposerCreatesItByTypeNameWithItsParameterlessConstructor()
        {
            var downloader = new Composer().GetExportedValueByTypeName<IDataDownloader>("BtccBrokerageDownloader");

            Assert.That(downloader, Is.InstanceOf<BtccBrokerageDownloader>());
            ((IDisposable)downloader).Dispose();
        }

        [Test]
        public async Task DownloadsTheExchangesMinuteKlinesAsTradeBars()
        {
            var end = MinuteFloor(DateTime.UtcNow).AddMinutes(-5);
            var start = end.AddMinutes(-90);
            await using var quotes = new BtccQuoteWebSocketClient(_h.Settings, _h.Simulator.Options.AccountNo);
            await quotes.ConnectAsync();
            // the quote SecID of BTCUSDT (in BTCC's live dialect not its symbollist code_id)
            var klines = await quotes.GetKlinesAsync(_h.Simulator.QuoteSecId("BTCUSDT"), BtccKlineInterval.Minute, start, end);

            using var downloader = new BtccBrokerageDownloader();
            var bars = downloader.Get(new DataDownloaderGetParameters(Btc, Resolution.Minute, start, end, TickType.Trade))!.Cast<TradeBar>().ToList();

            Assert.That(klines, Has.Count.EqualTo(90), "the simulator serves every bar of the range");
            Assert.That(bars.Select(b => b.Time), Is.EqualTo(klines.Select(k => DateTime.UnixEpoch.AddSeconds(k.Time))));
            Assert.That(bars.Select(b => (b.Open, b.High, b.Low, b.Close, b.Volume)), Is.EqualTo(klines.Select(k => (k.Open, k.High, k.Low, k.Close, k.Volume))));
            Assert.That(bars.Select(b => b.Symbol), Has.All.EqualTo(Btc));
            Assert.That(bars.Select(b => b.EndTime - b.Time), Has.All.EqualTo(TimeSpan.FromMinutes(1)));
        }

        [TestCase(Resolution.Tick, TickType.Trade)]
        [TestCase(Resolution.Second, TickType.Trade)]
        [TestCase(Resolution.Minute, TickType.Quote)]
        public void WhatBtccCannotServeIsNullAsLeanExpects(Resolution resolution, TickType tickType)
        {
            var end = MinuteFloor(DateTime.UtcNow);
            using var downloader = new BtccBrokerageDownloader();

            Assert.That(downloader.Get(new DataDownloaderGetParameters(Btc, resolution, end.AddHours(-1), end, tickType)), Is.Null);
        }

        [Test]
        public void MissingCredentialsAreNamedWhenTheDownloaderIsCreated()
        {
            Config.Set(BtccSettingKeys.Password, string.Empty);

            Assert.That(() => new BtccBrokerageDownloader(), Throws.ArgumentException.With.Message.Contain(BtccSettingKeys.Password));
        }
    }
}
