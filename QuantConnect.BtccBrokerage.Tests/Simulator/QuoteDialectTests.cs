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
    /// <summary>What the live dialect does that BTCC's PDF does not say: trades once per ReqSubcri, an empty frame per later one.</summary>
    [TestFixture]
    public class LiveQuoteDialectTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.QuoteDialect = BtccQuoteDialect.Live;

        private string BtcSecId => Simulator.QuoteSecId("BTCUSDT").ToString();

        private static JObject Subscribe(string symbol, string deep) => new() { ["action"] = "ReqSubcri", ["symbols"] = new JArray(symbol), ["deep"] = deep };

        private async Task<QuoteTestClient> LoggedInAsync()
        {
            var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            return client;
        }

        [Test]
        public async Task DeepContractGetsItsLastTwentyTradesOnceAsObserved()
        {
            Simulator.StepPrices(15);
            await using var client = await LoggedInAsync();

            await client.SendAsync(Subscribe(BtcSecId, BtcSecId));
            var snapshot = await client.WaitForActionAsync("dealticksnap");

            Assert.That(JsonShape.FirstDifference(DocumentedPayload.LiveWebSocket("dealticksnap"), snapshot), Is.Null, snapshot.ToString());
            Assert.That(snapshot["data"]![0]!.Value<int>("ItemCount"), Is.EqualTo(20));
            var times = snapshot["data"]![0]!["Items"]!.Select(i => i.Value<long>("T")).ToList();
            Assert.That(times, Is.Ordered.Descending, "newest first");
        }

        [Test]
        public async Task PriceStepsPushNoDealTickSnap()
        {
            await using var client = await LoggedInAsync();
            await client.SendAsync(Subscribe(BtcSecId, BtcSecId));
            await client.WaitForActionAsync("dealticksnap");

            Simulator.StepPrices(3);
            await client.SendAsync(new JObject { ["action"] = "KeepLive" });
            var actions = new List<string?>();
            string? action;
            do actions.Add(action = (await client.ReceiveAsync()).Value<string>("action"));
            while (action != "keeplive");

            Assert.That(actions, Does.Contain("tickinfo").And.Not.Contain("dealticksnap"));
        }

        [Test]
        public async Task UnknownDeepIdIsAnsweredAsObserved()
        {
            await using var client = await LoggedInAsync();

            await client.SendAsync(Subscribe("999", "999"));
            var reply = await client.WaitForActionAsync("dealticksnap");

            Assert.That(JToken.DeepEquals(reply, DocumentedPayload.LiveWebSocket("dealticksnap_unknown_id")), Is.True, reply.ToString());
        }

        [Test]
        public async Task FirstReqSubcriIsNotAnsweredAndALaterOneGetsOneEmptyFrame()
        {
            await using var client = await LoggedInAsync();
            await client.SendAsync(Subscribe(BtcSecId, ""));
            await client.SendAsync(new JObject { ["action"] = "KeepLive" });
            var afterFirst = new List<string?>();
            do afterFirst.Add(await client.TryReceiveTextAsync(TimeSpan.FromSeconds(10)));
            while (afterFirst[^1] is { } last && !last.Contains("keeplive"));

            await client.SendAsync(Subscribe(BtcSecId, ""));
            string? text;
            do text = await client.TryReceiveTextAsync(TimeSpan.FromSeconds(10));
            while (text != null && text.Contains("\"tickinfo\""));

            Assert.That(afterFirst, Has.None.EqualTo(string.Empty), "the first ReqSubcri is answered by its quotes only");
            Assert.That(text, Is.EqualTo(string.Empty));
        }

        [Test]
        public async Task WebPageLoginWithCompanyAndSeqIsAccepted()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            var login = DocumentedPayload.LiveWebSocket("login_request_webpage");
            login["name"] = Simulator.Options.AccountNo;
            login["key"] = Simulator.Options.ApiKey;

            await client.SendAsync(login);

            Assert.That((await client.ReceiveAsync())["data"]!.Value<int>("LoginResult"), Is.Zero);
        }
    }

    /// <summary>What the doc dialect does as BTCC's PDF prints it.</summary>
    [TestFixture]
    public class DocQuoteDialectTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.QuoteDialect = BtccQuoteDialect.Doc;

        [Test]
        public async Task PriceStepsPushDealTickSnapAsDocumented()
        {
            var secId = Simulator.QuoteSecId("BTCUSDT").ToString();
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            await client.SendAsync(new JObject { ["action"] = "ReqSubcri", ["symbols"] = new JArray(secId), ["deep"] = secId });
            await client.WaitForActionAsync("tickinfo");

            Simulator.StepPrices();

            Assert.That(JsonShape.FirstDifference(DocumentedPayload.WebSocket("dealticksnap"), await client.WaitForActionAsync("dealticksnap")), Is.Null);
        }
    }

    /// <summary>Keep-alive enforcement on the quote websocket (short timeout).</summary>
    [TestFixture(BtccQuoteDialect.Live)]
    [TestFixture(BtccQuoteDialect.Doc)]
    public class QuoteKeepAliveTests(BtccQuoteDialect dialect) : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options)
        {
            options.QuoteDialect = dialect;
            options.QuoteKeepAliveTimeout = TimeSpan.FromMilliseconds(600);
        }

        [Test]
        public async Task SilentSocketIsClosedAfterKeepAliveTimeout()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);

            if (dialect == BtccQuoteDialect.Live)
            {
                // as observed: cut without a close frame (1006)
                Assert.That(async () => await client.TryReceiveAsync(TimeSpan.FromSeconds(10)), Throws.InstanceOf<WebSocketException>());
            }
            else
            {
                Assert.That(await client.TryReceiveAsync(TimeSpan.FromSeconds(10)), Is.Null);
            }
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

        [Test]
        public async Task OtherRequestsKeepTheSocketAliveOnlyInTheDocDialect()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            var request = new JObject { ["action"] = "ReqKline", ["code"] = Simulator.QuoteSecId("BTCUSDT"), ["interval"] = 35, ["from"] = 0, ["to"] = 0 };

            var open = true;
            try
            {
                for (var i = 0; i < 8 && open; i++)
                {
                    await client.SendAsync(request);
                    open = await client.TryReceiveAsync(TimeSpan.FromSeconds(5)) != null;
                    await Task.Delay(200);
                }
            }
            catch (WebSocketException)
            {
                open = false;
            }

            Assert.That(open, Is.EqualTo(dialect == BtccQuoteDialect.Doc));
        }
    }
}
