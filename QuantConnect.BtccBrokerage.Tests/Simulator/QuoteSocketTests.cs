using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>The quote websocket speaks BTCC's documented messages.</summary>
    [TestFixture]
    public class QuoteSocketTests : SimulatorTestBase
    {
        private string BtcSecId => Simulator.Instruments.First(i => i.Ticker == "BTCUSDT").CodeId.ToString();

        private static void AssertShape(string fixture, JObject message) =>
            Assert.That(JsonShape.FirstDifference(DocumentedPayload.WebSocket(fixture), message), Is.Null, message.ToString());

        private async Task<QuoteTestClient> SubscribedClientAsync()
        {
            var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            await client.SendAsync(new JObject { ["action"] = "ReqSubcri", ["symbols"] = new JArray(BtcSecId), ["deep"] = BtcSecId });
            // The subscription answers with the current quote at once: after it, pushes are guaranteed.
            await client.WaitForActionAsync("tickinfo");
            return client;
        }

        [Test]
        public async Task LoginAnswersResultDictionaryAndMarketHoursAsDocumented()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);

            var packets = await client.LoginAsync(Simulator);

            AssertShape("login_result", packets[0]);
            Assert.That(packets[0]["data"]!.Value<int>("LoginResult"), Is.Zero);
            AssertShape("dictionary", packets[1]);
            AssertShape("all_products", packets[2]);
        }

        [Test]
        public async Task LoginWithWrongKeyFailsAndClosesTheSocket()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.SendAsync(new JObject { ["name"] = Simulator.Options.AccountNo, ["clienttype"] = 1, ["key"] = "wrong" });

            var result = await client.ReceiveAsync();

            Assert.That(result["data"]!.Value<int>("LoginResult"), Is.Not.Zero);
            Assert.That(await client.TryReceiveAsync(TimeSpan.FromSeconds(5)), Is.Null);
        }

        [Test]
        public async Task KeepLiveIsAnsweredWithLowerCaseKeeplive()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);

            await client.SendAsync(new JObject { ["action"] = "KeepLive" });

            AssertShape("keeplive", await client.WaitForActionAsync("keeplive"));
        }

        [Test]
        public async Task SubscriptionPushesTickinfoAsDocumented()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.SetPrice("BTCUSDT", 61_000m);

            var tick = await client.WaitForActionAsync("tickinfo");

            AssertShape("tickinfo", tick);
            Assert.That(tick["data"]![0]!.Value<string>("Y"), Is.EqualTo(BtcSecId));
        }

        [Test]
        public async Task DeepSymbolGetsSevenLevelBookAsDocumented()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.SetPrice("BTCUSDT", 61_000m);

            var deep = await client.WaitForActionAsync("tickinfo_deep");

            AssertShape("tickinfo_deep", deep);
            Assert.That(deep["data"]![0]!["A"]!.Count(), Is.EqualTo(7));
        }

        [Test]
        public async Task PriceStepsPushDealTickSnapAsDocumented()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.StepPrices();

            AssertShape("dealticksnap", await client.WaitForActionAsync("dealticksnap"));
        }

        [Test]
        public async Task PushedQuoteEqualsTheSimulatorsQuote()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.SetPrice("BTCUSDT", 61_234.56m);
            var (bid, ask) = Simulator.GetQuote("BTCUSDT");

            JObject tick;
            do tick = await client.WaitForActionAsync("tickinfo");
            while (tick["data"]![0]!["B"]![0]!.Value<string>() != bid.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));

            Assert.That(decimal.Parse(tick["data"]![0]!["A"]![0]!.Value<string>()!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(ask));
        }

        [Test]
        public async Task KlineRequestIsAnsweredAsDocumentedAndDeterministically()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            var to = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60 - 3600;
            var request = new JObject { ["action"] = "ReqKline", ["code"] = long.Parse(BtcSecId), ["interval"] = 35, ["from"] = to - 3 * 86400, ["to"] = to };

            await client.SendAsync(request);
            var first = await client.WaitForActionAsync("Kline");
            await client.SendAsync(request);
            var second = await client.WaitForActionAsync("Kline");

            AssertShape("kline", first);
            Assert.That(first["data"]!.Value<int>("Count"), Is.EqualTo(Simulator.Options.MaxKlinesPerReply));
            Assert.That(first["data"]!["KdataInfo"]![0]!.Value<long>("T"), Is.EqualTo(to - 3 * 86400));
            Assert.That(JToken.DeepEquals(first["data"]!["KdataInfo"], second["data"]!["KdataInfo"]), Is.True);
        }

        [Test]
        public async Task ResubscribingWithSmallerSetStopsPushesForDroppedSymbols()
        {
            await using var client = await SubscribedClientAsync();
            await client.SendAsync(new JObject { ["action"] = "ReqSubcri", ["symbols"] = new JArray(), ["deep"] = "" });
            await client.SendAsync(new JObject { ["action"] = "KeepLive" });
            await client.WaitForActionAsync("keeplive");

            Simulator.SetPrice("BTCUSDT", 62_000m);
            await client.SendAsync(new JObject { ["action"] = "KeepLive" });
            var next = await client.ReceiveAsync();

            Assert.That(next.Value<string>("action"), Is.EqualTo("keeplive"));
        }
    }

    /// <summary>Keep-alive enforcement on the quote websocket (short timeout).</summary>
    [TestFixture]
    public class QuoteKeepAliveTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.QuoteKeepAliveTimeout = TimeSpan.FromMilliseconds(600);

        [Test]
        public async Task SilentSocketIsClosedAfterKeepAliveTimeout()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);

            var closed = await client.TryReceiveAsync(TimeSpan.FromSeconds(10));

            Assert.That(closed, Is.Null);
        }

        [Test]
        public async Task SocketThatKeepsAliveStaysOpenPastTheTimeout()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);

            for (var i = 0; i < 6; i++)
            {
                await client.SendAsync(new JObject { ["action"] = "KeepLive" });
                await client.WaitForActionAsync("keeplive");
                await Task.Delay(200);
            }

            Assert.That(client.State, Is.EqualTo(WebSocketState.Open));
        }
    }
}
