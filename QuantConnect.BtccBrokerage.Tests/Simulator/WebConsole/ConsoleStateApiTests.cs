/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>The console's page, its state document and stream, and its request log, against the simulator's own truth.</summary>
    [TestFixture]
    public class ConsoleStateApiTests : ConsoleTestBase
    {
        [Test]
        public async Task ThePageAndEveryAssetItLoadsComeFromTheConsoleItself()
        {
            var page = await ConsoleApi.Http.GetStringAsync("/console");
            var assets = Regex.Matches(page, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

            Assert.That(assets, Is.Not.Empty.And.All.StartsWith("/console/"));
            foreach (var asset in assets.Prepend("/console"))
            {
                var text = await ConsoleApi.Http.GetStringAsync(asset);
                Assert.That(text, Does.Not.Contain("://"), $"{asset} names no address: nothing outside loopback is reachable");
            }
        }

        [Test]
        public async Task TheConsoleListensOnLoopbackApartFromBtccsApi()
        {
            using var onRestPort = await Client.Http.GetAsync("/console/api/state");

            Assert.That(Simulator.ConsoleUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(Simulator.ConsoleUrl.Port, Is.Not.EqualTo(Simulator.RestUrl.Port));
            Assert.That(onRestPort.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        [Test]
        public async Task TheStateShowsEachTicketWithItsFloatingProfit()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.05m);
            Simulator.SetPrice("BTCUSDT", 61_000m);

            var shown = (await ConsoleApi.StateAsync())["positions"]!.Single();

            var ticket = Simulator.Snapshot().Positions.Single();
            Assert.That(shown.Value<long>("id"), Is.EqualTo(id));
            Assert.That(shown.Value<string>("side"), Is.EqualTo("long"));
            Assert.That(shown.Value<decimal>("openPrice"), Is.EqualTo(ticket.OpenPrice));
            Assert.That(shown.Value<decimal>("profit"), Is.EqualTo((Simulator.GetQuote("BTCUSDT").Bid - ticket.OpenPrice) * 0.05m));
        }

        [Test]
        public async Task TheStateShowsTheAccountAsTheExchangeHoldsIt()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 2, 0.05m);

            var account = (await ConsoleApi.StateAsync())["account"]!;

            var truth = Simulator.Snapshot();
            Assert.That(account.Value<decimal>("balance"), Is.EqualTo(truth.Balance));
            Assert.That(account.Value<decimal>("margin"), Is.EqualTo(truth.Margin));
            Assert.That(account.Value<decimal>("freeMargin"), Is.EqualTo(truth.FreeMargin));
        }

        [Test]
        public async Task TheStateShowsTodaysDealsOnlyNewestFirst()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);
            Simulator.Settle();
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.02m);

            var deals = (await ConsoleApi.StateAsync())["deals"]!;

            Assert.That(deals.Select(d => d.Value<long>("positionId")), Is.EqualTo(new[] { id }));
            Assert.That(deals[0]!.Value<string>("orderTypeName"), Is.EqualTo("market open"));
        }

        [Test]
        public async Task TheEventStreamPushesTheState()
        {
            Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, PendingType.LimitOpen, 0.01m, 1_000m);
            using var response = await ConsoleApi.Http.GetAsync("/console/api/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
            Assert.That(await reader.ReadLineAsync(), Is.EqualTo("event: state"));
            var data = await reader.ReadLineAsync();
            var state = JObject.Parse(data!["data: ".Length..]);
            Assert.That(state["pendingOrders"]!.Single().Value<long>("id"), Is.EqualTo(Simulator.Snapshot().PendingOrders.Single().Id));
        }

        [Test]
        public async Task TheRequestLogCountsEachEndpointsServerErrors()
        {
            await ConsoleApi.PostOkAsync("faults", new { serverErrorRate = 1 });

            var statuses = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                using var response = await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account());
                statuses.Add((int)response.StatusCode);
            }

            var row = await ConsoleApi.EndpointAsync("/v1/account/account");
            Assert.That(statuses, Has.All.AnyOf(500, 502, 503));
            Assert.That(row!.Value<int>("serverErrors"), Is.EqualTo(3));
            Assert.That(row.Value<int>("requests"), Is.EqualTo(3));
        }

        [Test]
        public async Task TheRequestLogCountsThe429sTheClientGot()
        {
            await ConsoleApi.PostOkAsync("faults", new { requestBudgetPerSecond = 1 });

            var throttled = 0;
            for (var i = 0; i < 5; i++)
            {
                using var response = await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account());
                if (response.StatusCode == HttpStatusCode.TooManyRequests) throttled++;
            }

            var row = await ConsoleApi.EndpointAsync("/v1/account/account");
            Assert.That(throttled, Is.Positive);
            Assert.That(row!.Value<int>("throttled"), Is.EqualTo(throttled));
        }

        [Test]
        public async Task ARequestTheClientGaveUpOnCountsAsNoReply()
        {
            await ConsoleApi.PostOkAsync("faults", new { hangRequests = true });
            using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            {
                Assert.That(async () => await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account(), cancellationToken: impatient.Token),
                    Throws.InstanceOf<OperationCanceledException>());
            }

            await WaitUntil(async () => await ConsoleApi.EndpointAsync("/v1/account/account") is not null, TimeSpan.FromSeconds(10),
                "the server saw the client go");
            await ConsoleApi.PostOkAsync("faults", new { hangRequests = false });

            var row = await ConsoleApi.EndpointAsync("/v1/account/account");
            Assert.That(row!.Value<int>("noReply"), Is.EqualTo(1));
        }

        [Test]
        public async Task ResetEmptiesTheRequestLog()
        {
            await Client.GetAsync("/v1/account/account", Account());

            await ConsoleApi.PostOkAsync("requests/reset");

            Assert.That((await ConsoleApi.StateAsync())["requests"]!["endpoints"], Is.Empty);
        }
    }
}
