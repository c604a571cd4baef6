/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Packets;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>LEAN using BtccBrokerage only as its data queue handler: everything comes from the job.</summary>
    [TestFixture]
    public class SetJobTests
    {
        private SimulatorHarness _sim = null!;

        [SetUp]
        public async Task SetUp() => _sim = await SimulatorHarness.StartAsync(o => o.PriceInterval = TimeSpan.Zero);

        [TearDown]
        public async Task TearDown() => await _sim.DisposeAsync();

        private LiveNodePacket Job(Dictionary<string, string>? more = null)
        {
            var data = new Dictionary<string, string>
            {
                [BtccSettingKeys.ApiUrl] = _sim.Simulator.RestUrl.ToString(),
                [BtccSettingKeys.WebSocketUrl] = _sim.Simulator.WebSocketUrl.ToString(),
                [BtccSettingKeys.UserName] = _sim.Simulator.Options.UserName,
                [BtccSettingKeys.Password] = _sim.Simulator.Options.Password,
                [BtccSettingKeys.ApiKey] = _sim.Simulator.Options.ApiKey,
                [BtccSettingKeys.ApiSecret] = _sim.Simulator.Options.ApiSecret
            };
            foreach (var (key, value) in more ?? new()) data[key] = value;
            return new LiveNodePacket { BrokerageData = data };
        }

        [Test]
        public async Task AJobAloneIsEnoughToStreamTicksIntoLeansAggregator()
        {
            var aggregator = new CollectingDataAggregator();
            Composer.Instance.AddPart<IDataAggregator>(aggregator);
            using var handler = new BtccBrokerage();

            handler.SetJob(Job());
            var enumerator = handler.Subscribe(DataFeedHarness.Config(DataFeedHarness.Btc, TickType.Trade), (_, _) => { });
            var quotes = (BtccQuoteWebSocketClient)await handler.QuoteFeed!.GetKlineSourceAsync(DataFeedHarness.Wait);
            await quotes.RequestKlineAsync(_sim.Simulator.QuoteSecId(_sim.Simulator.Instruments[0].Ticker), 35, 0, 0); // the subscription is applied
            _sim.Simulator.SetPrice("BTCUSDT", 65_000m);
            await SimulatorHarness.WaitUntilAsync(() => aggregator.TicksOf(DataFeedHarness.Btc, TickType.Trade).Count > 0, DataFeedHarness.Wait, "trades");

            Assert.That(enumerator, Is.Not.Null);
            var (bid, ask) = _sim.Simulator.GetQuote("BTCUSDT");
            Assert.That(aggregator.TicksOf(DataFeedHarness.Btc, TickType.Trade).Last().Price, Is.EqualTo(bid).Or.EqualTo(ask));
        }

        [Test]
        public async Task AsDataQueueHandlerAloneItIsConnectedWhileTheQuoteFeedIs()
        {
            Composer.Instance.AddPart<IDataAggregator>(new CollectingDataAggregator());
            using var handler = new BtccBrokerage();
            Assert.That(handler.IsConnected, Is.False);

            handler.SetJob(Job());
            handler.Subscribe(DataFeedHarness.Config(DataFeedHarness.Btc, TickType.Trade), (_, _) => { });
            await SimulatorHarness.WaitUntilAsync(() => handler.IsConnected, DataFeedHarness.Wait, "quote feed connected");

            Assert.That(handler.IsConnected, Is.True);
        }

        [Test]
        public void MissingCredentialsAndMalformedFeedKeysAreNamed()
        {
            using var handler = new BtccBrokerage();
            var job = Job(new() { [BtccSettingKeys.QuoteMaxDepthSockets] = "many" });
            job.BrokerageData.Remove(BtccSettingKeys.ApiSecret);

            var error = Assert.Throws<ArgumentException>(() => handler.SetJob(job));

            Assert.That(error!.Message, Does.Contain(BtccSettingKeys.ApiSecret).And.Contain(BtccSettingKeys.QuoteMaxDepthSockets));
        }
    }
}
