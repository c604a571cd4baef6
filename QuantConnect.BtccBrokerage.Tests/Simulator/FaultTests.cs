/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>Every fault knob observably takes effect.</summary>
    [TestFixture]
    public class FaultTests : SimulatorTestBase
    {
        [SetUp]
        public Task Login() => Client.LoginAsync();

        private async Task OpenAndCloseAsync()
        {
            var id = Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);
            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = id.ToString(), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.01", ["request_price"] = "0"
            }));
        }

        private async Task<HttpStatusCode> StatusOfAccountCallAsync()
        {
            using var response = await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account());
            return response.StatusCode;
        }

        [Test]
        public async Task ServerErrorRateOneAnswersEveryRequestWithA5xx()
        {
            Simulator.Faults.ServerErrorRate = 1.0;

            for (var i = 0; i < 5; i++)
            {
                Assert.That((int)await StatusOfAccountCallAsync(), Is.AnyOf(500, 502, 503));
            }
        }

        [Test]
        public async Task RequestBudgetAnswersExcessWith429()
        {
            Simulator.Faults.RequestBudgetPerSecond = 2;

            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 6; i++) statuses.Add(await StatusOfAccountCallAsync());

            Assert.That(statuses, Does.Contain(HttpStatusCode.TooManyRequests));
            Assert.That(Simulator.Requests.MaxRequestsPerSecond, Is.GreaterThanOrEqualTo(3));
        }

        [Test]
        public async Task RequestBudgetWithABurstIsATokenBucket()
        {
            Simulator.Faults.RequestBudgetPerSecond = 2;
            Simulator.Faults.RequestBudgetBurst = 2;

            var burst = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++) burst.Add(await StatusOfAccountCallAsync());
            await Task.Delay(600);
            var refilled = await StatusOfAccountCallAsync();

            Assert.That(burst, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }), "two at once, then empty");
            Assert.That(refilled, Is.EqualTo(HttpStatusCode.OK), "one token back after half a second");
        }

        [Test]
        public async Task LatencyDelaysReplies()
        {
            Simulator.Faults.Latency = TimeSpan.FromMilliseconds(400);

            var clock = Stopwatch.StartNew();
            await StatusOfAccountCallAsync();

            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(390)));
        }

        [Test]
        public async Task DuplicateDealsListsEachDealTwice()
        {
            await OpenAndCloseAsync();
            Simulator.Faults.DuplicateDeals = true;

            var today = await Client.GetAsync("/v1/account/dealTodayList", Account());
            var report = await Client.GetAsync("/v1/user/getTradeReport", new() { ["pageNo"] = "1", ["pageSize"] = "10" });

            Assert.That(today["orders"]!.Select(o => o.Value<long>("id")).Distinct().Count(), Is.EqualTo(2));
            Assert.That(today["orders"]!.Count(), Is.EqualTo(4));
            Assert.That(report["list"]!.Count(), Is.EqualTo(4));
        }

        [Test]
        public async Task ReorderDealsShufflesDealLists()
        {
            for (var i = 0; i < 6; i++) Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);
            var ordered = Simulator.Snapshot().Deals.Select(d => d.Id).ToList();
            Simulator.Faults.ReorderDeals = true;

            var orders = new List<List<long>>();
            for (var i = 0; i < 4; i++)
            {
                var today = await Client.GetAsync("/v1/account/dealTodayList", Account());
                orders.Add(today["orders"]!.Select(o => o.Value<long>("id")).ToList());
            }

            Assert.That(orders, Has.All.EquivalentTo(ordered));
            Assert.That(orders.Any(o => !o.SequenceEqual(ordered)), Is.True);
        }

        [Test]
        public async Task LateReportDelayHidesNewItemsThenShowsThem()
        {
            Simulator.Faults.LateReportDelay = TimeSpan.FromMilliseconds(700);
            var opened = await Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.01", ["request_price"] = "0", ["multiple"] = "5"
            }));
            Assert.That(opened["position"]!.Value<long>("id"), Is.GreaterThan(0));
            Task<JObject> Positions() => Client.GetAsync("/v1/account/positionlist", Account(new() { ["pageNo"] = "1", ["pageSize"] = "10" }));

            Assert.That((await Positions()).Value<int>("total"), Is.Zero);
            Assert.That((await Client.GetAsync("/v1/account/dealTodayList", Account()))["orders"]!.Count(), Is.Zero);

            await WaitUntil(async () => (await Positions()).Value<int>("total") == 1, TimeSpan.FromSeconds(5), "the position is reported");
            Assert.That((await Client.GetAsync("/v1/account/dealTodayList", Account()))["orders"]!.Count(), Is.EqualTo(1));
        }

        [Test]
        public async Task HangRequestsHoldsRepliesUntilCleared()
        {
            Simulator.Faults.HangRequests = true;

            var pending = StatusOfAccountCallAsync();
            await Task.Delay(300);
            Assert.That(pending.IsCompleted, Is.False);

            Simulator.Faults.HangRequests = false;
            Assert.That(await pending.WaitAsync(TimeSpan.FromSeconds(5)), Is.EqualTo(HttpStatusCode.OK));
        }

        [Test]
        public async Task HangingRequestIsAbandonedWhenClientGivesUp()
        {
            Simulator.Faults.HangRequests = true;
            using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

            Assert.That(async () => await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account(), cancellationToken: giveUp.Token),
                Throws.InstanceOf<OperationCanceledException>());
        }

        [Test]
        public void ExpireTokensMakesEveryTokenAnswer207()
        {
            Simulator.ExpireTokens();

            Assert.That(async () => (await Client.GetAsync("/v1/account/account", Account())).Value<int>("code"),
                Is.EqualTo(SimulatorErrorCodes.TokenExpired));
        }

        [Test]
        public async Task PartialFillRatioFillsInStepsWithStatusFourThenTwo()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var id = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, 1, 0.004m, 59_000m);
            SimulatedOrder Order() => Simulator.Snapshot().Orders.Single(o => o.Id == id);

            Simulator.SetPrice("BTCUSDT", 58_900m);
            Assert.That(Order().Status, Is.EqualTo(OrderStatus.PartiallyTriggered));
            Assert.That(Order().ExecuteVolume, Is.EqualTo(0.002m));
            var listed = await Client.GetAsync("/v1/account/orderList", Account());
            Assert.That(listed["orders"]![0]!.Value<int>("status"), Is.EqualTo(OrderStatus.PartiallyTriggered));

            Simulator.SetPrice("BTCUSDT", 58_800m);
            Simulator.SetPrice("BTCUSDT", 58_700m);

            Assert.That(Order().Status, Is.EqualTo(OrderStatus.Triggered));
            Assert.That(Order().ExecuteVolume, Is.EqualTo(0.004m));
            Assert.That(Simulator.Snapshot().Deals, Has.Count.EqualTo(3));
        }

        [Test]
        public async Task SilentQuotesKeepsSocketOpenWithoutPushes()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);
            Simulator.Faults.SilentQuotes = true;
            var secId = Simulator.QuoteSecId("BTCUSDT").ToString();
            await client.SendAsync(new JObject { ["action"] = "ReqSubcri", ["symbols"] = new JArray(secId), ["deep"] = secId });

            Simulator.StepPrices(3);
            await client.SendAsync(new JObject { ["action"] = "KeepLive" });

            Assert.That((await client.ReceiveAsync()).Value<string>("action"), Is.EqualTo("keeplive"));
            Assert.That(client.State, Is.EqualTo(WebSocketState.Open));
        }

        [Test]
        public async Task DropWebSocketsAbortsEveryQuoteSocket()
        {
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.LoginAsync(Simulator);

            Simulator.DropWebSockets();

            try
            {
                // An aborted connection either reports a close or fails the read.
                await client.TryReceiveAsync(TimeSpan.FromSeconds(5));
            }
            catch (WebSocketException)
            {
            }

            Assert.That(client.State, Is.Not.EqualTo(WebSocketState.Open));
        }

        [Test]
        public async Task RequestLogCountsTradingRequestsByPath()
        {
            Simulator.Requests.Reset();
            await OpenAndCloseAsync();
            await Client.GetAsync("/v1/account/account", Account());

            Assert.That(Simulator.Requests.TradingRequests, Is.EqualTo(1));
            Assert.That(Simulator.Requests.Count("/v1/account/closeposition"), Is.EqualTo(1));
            Assert.That(Simulator.Requests.Total, Is.EqualTo(2));
        }
    }
}
