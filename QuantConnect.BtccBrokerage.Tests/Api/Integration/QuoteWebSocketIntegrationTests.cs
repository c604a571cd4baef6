/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Api.Integration
{
    /// <summary>The quote websocket client against the simulator over real loopback sockets, in either dialect.</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    public class QuoteWebSocketIntegrationTests(BtccQuoteDialect dialect)
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
        private SimulatorHarness _harness = null!;

        [SetUp]
        public async Task SetUp() => _harness = await SimulatorHarness.StartAsync(o => o.QuoteDialect = dialect);

        [TearDown]
        public async Task TearDown() => await _harness.DisposeAsync();

        private long BtcCode => _harness.Simulator.QuoteSecId("BTCUSDT");

        private BtccQuoteWebSocketClient NewClient() => new(_harness.Settings, _harness.Simulator.Options.AccountNo);

        [Test]
        public async Task LoginReceivesTheDictionaryAndMarketHours()
        {
            await using var client = NewClient();

            await client.ConnectAsync();

            Assert.That(client.IsConnected, Is.True);
            Assert.That(client.Products.Select(p => p.SecId), Does.Contain(BtcCode));
            Assert.That(client.Schedules, Is.Not.Empty);
        }

        [Test]
        public void RefusedLoginFailsClearly()
        {
            var client = new BtccQuoteWebSocketClient(_harness.Settings, "not-the-account");

            var error = Assert.ThrowsAsync<BtccQuoteLoginException>(() => client.ConnectAsync());

            Assert.That(error!.LoginResult, Is.Not.EqualTo(0));
            Assert.That(client.IsConnected, Is.False);
            client.Dispose();
        }

        [Test]
        public async Task SubscribedTicksDepthAndTradesFlow()
        {
            await using var client = NewClient();
            var ticks = new ConcurrentQueue<BtccTickInfo>();
            var depths = new ConcurrentQueue<BtccDepth>();
            client.TickReceived += ticks.Enqueue;
            client.DepthReceived += depths.Enqueue;
            await client.ConnectAsync();

            await client.SetDepthAsync(BtcCode);
            await SimulatorHarness.WaitUntilAsync(() => !ticks.IsEmpty && !depths.IsEmpty, Wait, "ticks and depth");

            Assert.That(ticks.Select(t => t.SecId), Is.All.EqualTo(BtcCode));
            Assert.That(ticks.First().Ask, Is.GreaterThanOrEqualTo(ticks.First().Bid).And.GreaterThan(0m));
            Assert.That(depths.First().AskPrices, Has.Length.EqualTo(BtccDepth.Levels));
        }

        [Test]
        public async Task UnsubscribingTheLastSecIdStopsItsTicks()
        {
            await using var client = NewClient();
            var ticks = new ConcurrentQueue<BtccTickInfo>();
            client.TickReceived += ticks.Enqueue;
            await client.ConnectAsync();
            await client.SubscribeAsync(new[] { BtcCode });
            await SimulatorHarness.WaitUntilAsync(() => !ticks.IsEmpty, Wait, "first tick");

            await client.UnsubscribeAsync(new[] { BtcCode });
            await client.RequestKlineAsync(BtcCode, (int)BtccKlineInterval.Minute, 0, 0); // a round trip: the resubscription is applied
            ticks.Clear();
            _harness.Simulator.StepPrices(5);
            await client.RequestKlineAsync(BtcCode, (int)BtccKlineInterval.Minute, 0, 0);

            Assert.That(client.Subscriptions, Is.Empty);
            Assert.That(ticks, Is.Empty);
        }

        [Test]
        public async Task DroppedSocketReconnectsResubscribesAndTicksFlowAgain()
        {
            await using var client = NewClient();
            var ticks = 0;
            var disconnects = 0;
            var reconnects = 0;
            client.TickReceived += _ => Interlocked.Increment(ref ticks);
            client.Disconnected += (_, _) => Interlocked.Increment(ref disconnects);
            client.Reconnected += (_, _) => Interlocked.Increment(ref reconnects);
            await client.ConnectAsync();
            await client.SubscribeAsync(new[] { BtcCode });
            await SimulatorHarness.WaitUntilAsync(() => Volatile.Read(ref ticks) > 0, Wait, "first tick");

            _harness.Simulator.DropWebSockets();
            await SimulatorHarness.WaitUntilAsync(() => Volatile.Read(ref reconnects) == 1, Wait, "reconnect");
            var afterReconnect = Volatile.Read(ref ticks);
            await SimulatorHarness.WaitUntilAsync(() => Volatile.Read(ref ticks) > afterReconnect + 3, Wait, "ticks after reconnect");

            Assert.That(disconnects, Is.EqualTo(1));
            Assert.That(client.ReconnectCount, Is.EqualTo(1));
            Assert.That(client.Subscriptions, Is.EqualTo(new[] { BtcCode }));
        }

        [Test]
        public async Task KlinesArePagedForwardAcrossSmallReplies()
        {
            await _harness.DisposeAsync();
            _harness = await SimulatorHarness.StartAsync(o =>
            {
                o.QuoteDialect = dialect;
                o.MaxKlinesPerReply = 50;
            });
            await using var client = NewClient();
            await client.ConnectAsync();
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var to = DateTimeOffset.FromUnixTimeSeconds(now - now % 60).UtcDateTime;
            var from = to.AddMinutes(-180);

            var bars = await client.GetKlinesAsync(BtcCode, BtccKlineInterval.Minute, from, to);

            Assert.That(bars, Has.Count.EqualTo(180));
            Assert.That(bars[0].Time, Is.EqualTo(new DateTimeOffset(from).ToUnixTimeSeconds()));
            Assert.That(bars.Zip(bars.Skip(1), (a, b) => b.Time - a.Time), Is.All.EqualTo(60));
            Assert.That(bars.Select(b => b.High >= b.Low && b.High >= b.Open && b.Low <= b.Close), Is.All.True);
        }

        [Test]
        public async Task KlineReplyForAnUnknownSecIdIsEmpty()
        {
            await using var client = NewClient();
            await client.ConnectAsync();

            var bars = await client.GetKlinesAsync(999, BtccKlineInterval.Hour, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow);

            Assert.That(bars, Is.Empty);
        }
    }
}
