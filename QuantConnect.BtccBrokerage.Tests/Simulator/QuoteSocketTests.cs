/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>The quote websocket speaks each dialect field for field as its source shows it.</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    public class QuoteSocketTests(BtccQuoteDialect dialect) : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.QuoteDialect = dialect;

        private string BtcSecId => Simulator.QuoteSecId("BTCUSDT").ToString();

        private void AssertShape(string fixture, JObject message) =>
            Assert.That(JsonShape.FirstDifference(DocumentedPayload.WebSocket(dialect, fixture), message), Is.Null, message.ToString());

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
        public async Task LoginAnswersResultDictionaryAndMarketHoursAsTheDialectShows()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);

            var packets = await client.LoginAsync(Simulator);

            AssertShape("login_result", packets[0]);
            Assert.That(packets[0]["data"]!.Value<int>("LoginResult"), Is.Zero);
            AssertShape("dictionary", packets[1]);
            AssertShape("all_products", packets[2]);
            Assert.That(packets[0].Value<string>("action"), Is.EqualTo(dialect == BtccQuoteDialect.Live ? "Login" : null));
            Assert.That(packets[1].Value<string>("action"), Is.EqualTo(dialect == BtccQuoteDialect.Live ? "Dict" : null));
            Assert.That(packets[2].Value<string>("action"), Is.EqualTo(dialect == BtccQuoteDialect.Live ? "All Products" : "AllProducts"));
        }

        [Test]
        public async Task DictionaryNamesBitcoinAsTheDialectDoes()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);

            var products = (await client.LoginAsync(Simulator))[1]["data"]!["DictInfo"]!;

            var btc = products.Single(p => p.Value<long>("SecID") == Simulator.QuoteSecId("BTCUSDT"));
            var codeId = Simulator.Instruments.First(i => i.Ticker == "BTCUSDT").CodeId;
            if (dialect == BtccQuoteDialect.Live)
            {
                // one entry per pair, its maximum leverage as suffix, under a SecID that is not symbollist's code_id
                Assert.That(btc.Value<string>("ShortName"), Is.EqualTo("BTC/USDT.100x"));
                Assert.That(btc.Value<long>("SecID"), Is.EqualTo(3289142).And.Not.EqualTo(codeId));
                Assert.That(products.Select(p => p.Value<string>("ShortName")), Does.Contain("BTC/USDC.500x").And.Contain("XAUUSD/USDX.500x"));
            }
            else
            {
                Assert.That(btc.Value<string>("ShortName"), Is.EqualTo("BTC/USDTW"));
                Assert.That(btc.Value<long>("SecID"), Is.EqualTo(codeId));
            }
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
        public async Task SubscriptionPushesTickinfoAsTheDialectShows()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.SetPrice("BTCUSDT", 61_000m);

            var tick = await client.WaitForActionAsync("tickinfo");

            AssertShape("tickinfo", tick);
            Assert.That(tick["data"]![0]!.Value<string>("Y"), Is.EqualTo(BtcSecId));
        }

        [Test]
        public async Task DeepSymbolGetsSevenLevelBookAsTheDialectShows()
        {
            await using var client = await SubscribedClientAsync();
            Simulator.SetPrice("BTCUSDT", 61_000m);

            var deep = await client.WaitForActionAsync("tickinfo_deep");

            AssertShape("tickinfo_deep", deep);
            Assert.That(deep["data"]![0]!["A"]!.Count(), Is.EqualTo(7));
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

            Assert.That(JsonShape.FirstDifference(DocumentedPayload.WebSocket("kline"), first), Is.Null, first.ToString());
            Assert.That(first["data"]!.Value<long>("CodeId"), Is.EqualTo(long.Parse(BtcSecId)));
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

        [Test]
        public async Task OnlyTheDialectsPathUpgrades()
        {
            var other = new UriBuilder(Simulator.WebSocketUrl) { Path = dialect == BtccQuoteDialect.Live ? "/" : BtccSimulator.LiveQuotePath }.Uri;

            Assert.That(Simulator.WebSocketUrl.AbsolutePath, Is.EqualTo(dialect == BtccQuoteDialect.Live ? "/quot/reqloginNew" : "/"));
            Assert.That(async () => await QuoteTestClient.ConnectAsync(other),
                Throws.InstanceOf<WebSocketException>().With.Message.StartsWith("HTTP 404"));
        }
    }
}
