/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    [NonParallelizable]
    public class QuoteReceiveLoopTests
    {
        [Test]
        public async Task MalformedAndUnknownMessagesAreDroppedAndTheFeedContinues()
        {
            using var capture = new LogCapture(debugging: null);
            await using var server = await ScriptedQuoteServer.StartAsync();
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = server.Url;
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");
            var ticks = new ConcurrentQueue<BtccTickInfo>();
            client.TickReceived += ticks.Enqueue;
            await client.ConnectAsync();

            server.Send("{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"1\",\"A\":[\"x\"]");
            server.Send("{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"1\",\"A\":[\"abc\"],\"B\":[\"1\"],\"T\":1,\"V\":\"1\",\"C\":\"1\"}]}");
            server.Send("{\"action\":\"brandNew\",\"data\":{}}");
            server.Send("not json at all");
            server.Send(System.Text.Encoding.UTF8.GetString(Fixture.WebSocket("tickinfo.json")));
            await Integration.SimulatorHarness.WaitUntilAsync(() => !ticks.IsEmpty, TimeSpan.FromSeconds(10), "the valid tick");

            Assert.That(ticks.Single().SecId, Is.EqualTo(3159350));
            Assert.That(client.IsConnected, Is.True);
            Assert.That(capture.Count("WARNING dropped a malformed message"), Is.EqualTo(3));
        }

        [Test]
        public async Task CapturedLiveLoginPacketsCompleteTheLogin()
        {
            await using var server = await ScriptedQuoteServer.StartAsync(live: true);
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = server.Url;
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");

            await client.ConnectAsync();

            Assert.That(client.IsConnected, Is.True);
            Assert.That(client.Products.Select(p => p.ShortName), Does.Contain("BTC/USDT.100x"));
            Assert.That(client.Schedules, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task CapturedLiveFramesFlowAndTheQuietOnesLogNothing()
        {
            using var capture = new LogCapture(debugging: true);
            await using var server = await ScriptedQuoteServer.StartAsync(live: true);
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = server.Url;
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");
            var ticks = new ConcurrentQueue<BtccTickInfo>();
            var deals = new ConcurrentQueue<BtccDealTick>();
            client.TickReceived += ticks.Enqueue;
            client.DealReceived += deals.Enqueue;
            await client.ConnectAsync();
            var before = capture.Lines.Length;

            foreach (var frame in new[] { "reqsubcri_reply.txt", "dealticksnap_unknown_id.json", "keeplive.json", "dealticksnap.json", "tickinfo_deep.json", "tickinfo.json" })
            {
                server.Send(System.Text.Encoding.UTF8.GetString(Fixture.LiveWebSocket(frame)));
            }
            await Integration.SimulatorHarness.WaitUntilAsync(() => !ticks.IsEmpty, TimeSpan.FromSeconds(10), "the live tick");

            Assert.That(ticks.Single().SecId, Is.EqualTo(3289142));
            Assert.That(deals, Has.Count.EqualTo(20));
            Assert.That(capture.Lines.Skip(before), Is.Empty, "nothing to say about well-formed live frames");
        }

        [Test]
        public async Task LoginDictionaryAndMarketHoursPacketsAreKept()
        {
            await using var server = await ScriptedQuoteServer.StartAsync();
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = server.Url;
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");

            await client.ConnectAsync();

            Assert.That(client.Products.Single().ShortName, Is.EqualTo("BCH/USDTW"));
            Assert.That(client.Schedules, Has.Count.EqualTo(3));
        }
    }
}
