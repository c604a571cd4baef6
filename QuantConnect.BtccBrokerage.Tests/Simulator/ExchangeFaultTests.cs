/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>The faults beyond the transport: lost replies of applied writes, list lags, cancel races, settlement, quote logins.</summary>
    [TestFixture]
    public class ExchangeFaultTests : SimulatorTestBase
    {
        [SetUp]
        public Task Login() => Client.LoginAsync();

        private Dictionary<string, string> Open(decimal volume = 0.01m) => Account(new()
        {
            ["direction"] = "1", ["symbol"] = Btc5x, ["request_volume"] = volume.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["request_price"] = "0", ["multiple"] = "5", ["refid"] = "4242"
        });

        private Task<JObject> TodayDeals() => Client.GetAsync("/v1/account/dealTodayList", Account());

        [Test]
        public async Task AppliedThenServerErrorTakesEffectAndAnswers5xx()
        {
            Simulator.Faults.AppliedThenServerErrorRate = 1.0;

            using var reply = await Client.SendRawAsync(HttpMethod.Post, "/v1/account/openposition", Open());

            Assert.That((int)reply.StatusCode, Is.AnyOf(500, 502, 503));
            Assert.That(Simulator.Snapshot().Positions, Has.Count.EqualTo(1), "the write took effect");
            Assert.That(Simulator.Faults.Injected["applied then 5xx"], Is.EqualTo(1));
        }

        [Test]
        public async Task AppliedThenHangTakesEffectAndNeverAnswers()
        {
            Simulator.Faults.AppliedThenHangRate = 1.0;
            using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

            Assert.That(async () => await Client.SendRawAsync(HttpMethod.Post, "/v1/account/openposition", Open(), cancellationToken: giveUp.Token),
                Throws.InstanceOf<OperationCanceledException>());
            Assert.That(Simulator.Snapshot().Positions, Has.Count.EqualTo(1), "the write took effect");
        }

        [Test]
        public async Task ReadsNeverLoseTheirReplyToTheAppliedThenRates()
        {
            Simulator.Faults.AppliedThenServerErrorRate = 1.0;

            using var reply = await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account());

            Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        [TestCase(RequestFault.ServerErrorBeforeApplying, 0)]
        [TestCase(RequestFault.ServerErrorAfterApplying, 1)]
        public async Task FailNextScriptsTheNextRequestOfOnePath(RequestFault fault, int positionsAfterFirst)
        {
            Simulator.Faults.FailNext("/v1/account/openposition", fault);

            using var first = await Client.SendRawAsync(HttpMethod.Post, "/v1/account/openposition", Open());
            Assert.That((int)first.StatusCode, Is.AnyOf(500, 502, 503));
            Assert.That(Simulator.Snapshot().Positions, Has.Count.EqualTo(positionsAfterFirst));

            using var second = await Client.SendRawAsync(HttpMethod.Post, "/v1/account/openposition", Open());
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Simulator.Snapshot().Positions, Has.Count.EqualTo(positionsAfterFirst + 1));
        }

        [Test]
        public async Task ListLagHidesNewItemsFromThatListOnly()
        {
            Simulator.Faults.SetListLag("/v1/account/dealTodayList", TimeSpan.FromMilliseconds(600));
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);

            Assert.That((await TodayDeals())["orders"]!.Count(), Is.Zero, "dealTodayList lags");
            var positions = await Client.GetAsync("/v1/account/positionlist", Account(new() { ["pageNo"] = "1", ["pageSize"] = "10" }));
            Assert.That(positions.Value<int>("total"), Is.EqualTo(1), "positionlist does not");

            await WaitUntil(async () => (await TodayDeals())["orders"]!.Count() == 1, TimeSpan.FromSeconds(5), "the deal is listed");
        }

        [Test]
        public async Task PartialFillRatioWalksMarketOrdersThroughSeveralDealsOnOneTicket()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            Simulator.Faults.PartialFillRatio = 0.5m;

            var opened = await Client.PostAsync("/v1/account/openposition", Open(0.004m));
            var positionId = opened["position"]!.Value<long>("id");
            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = positionId.ToString(), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.004", ["request_price"] = "0"
            }));

            var deals = Simulator.Snapshot().Deals;
            var opens = deals.Where(d => d.Reason == 1).ToList();
            var closes = deals.Where(d => d.Reason == 2).ToList();
            Assert.That(opens, Has.Count.GreaterThan(1));
            Assert.That(opens.Select(d => d.PositionId), Has.All.EqualTo(positionId));
            Assert.That(opens.Sum(d => d.ExecVolume), Is.EqualTo(0.004m));
            Assert.That(opens.Select(d => d.ExecPrice), Is.Ordered.Ascending, "a buy walks up the book");
            Assert.That(opened["position"]!.Value<decimal>("volume"), Is.EqualTo(0.004m));
            Assert.That(closes, Has.Count.GreaterThan(1));
            Assert.That(closes.Sum(d => d.ExecVolume), Is.EqualTo(0.004m));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task DealsKnowWhatCausedThem()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            await Client.PostAsync("/v1/account/openposition", Open());
            var pending = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, 1, 0.01m, 59_000m);
            Simulator.SetPrice("BTCUSDT", 58_900m);

            var deals = Simulator.Snapshot().Deals;
            Assert.That(deals.Select(d => (d.RefId, d.OrderId)), Is.EqualTo(new[] { (4242L, 0L), (0L, pending) }));
        }

        [Test]
        public async Task CancelRaceFillsPartOfTheOrderBeforeTheCancel()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            Simulator.Faults.PartialFillRatio = 0.5m;
            Simulator.Faults.CancelRaceRate = 1.0;
            var id = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, 1, 0.004m, 59_000m);

            var reply = await Client.PostAsync("/v1/account/cancelpending", Account(new() { ["id"] = id.ToString() }));

            Assert.That(reply.Value<int>("code"), Is.Zero);
            Assert.That(reply["order"]!.Value<int>("status"), Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(reply["order"]!.Value<decimal>("execute_volume"), Is.EqualTo(0.002m));
            var deal = Simulator.Snapshot().Deals.Single();
            Assert.That((deal.OrderId, deal.ExecVolume, deal.ExecPrice), Is.EqualTo((id, 0.002m, 59_000m)));
            Assert.That(Simulator.Faults.Injected["cancel races"], Is.EqualTo(1));
        }

        [Test]
        public async Task CancelRaceThatFillsEverythingRefusesTheCancel()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            Simulator.Faults.CancelRaceRate = 1.0;
            var id = Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, 1, 0.004m, 59_000m);

            var reply = await Client.PostAsync("/v1/account/cancelpending", Account(new() { ["id"] = id.ToString() }));

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.OrderNotModifiable));
            Assert.That(Simulator.Snapshot().Orders.Single().Status, Is.EqualTo(OrderStatus.Triggered));
        }

        [Test]
        public async Task SettlementIntervalRollsDealTodayListDuringTrading()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);
            var before = (await TodayDeals()).Value<long>("settlement_time");
            Simulator.Faults.SettlementInterval = TimeSpan.FromMilliseconds(300);

            await WaitUntil(async () => (await TodayDeals())["orders"]!.Count() == 0, TimeSpan.FromSeconds(5), "the deal rolled off");

            Assert.That((await TodayDeals()).Value<long>("settlement_time"), Is.GreaterThanOrEqualTo(before));
            var report = await Client.GetAsync("/v1/user/getTradeReport", new() { ["pageNo"] = "1", ["pageSize"] = "10" });
            Assert.That(report["list"]!.Count(), Is.EqualTo(1), "the trade report keeps it");
            Assert.That(Simulator.Faults.Injected["settlements"], Is.GreaterThanOrEqualTo(1));
        }

        [Test]
        public async Task DroppedQuoteLoginAbortsTheSocketWithoutAReply()
        {
            Simulator.Faults.FailNextQuoteLogins(QuoteLoginFault.Drop);
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.SendAsync(new JObject { ["name"] = Simulator.Options.AccountNo, ["clienttype"] = 1, ["key"] = Simulator.Options.ApiKey });

            try
            {
                Assert.That(await client.TryReceiveAsync(TimeSpan.FromSeconds(5)), Is.Null);
            }
            catch (WebSocketException)
            {
                // an aborted connection may fail the read instead of closing it
            }
            Assert.That(client.State, Is.Not.EqualTo(WebSocketState.Open));

            await using var next = await QuoteTestClient.ConnectAsync(Simulator);
            Assert.That((await next.LoginAsync(Simulator))[0]["data"]!.Value<int>("LoginResult"), Is.Zero, "only the next login was dropped");
        }

        [Test]
        public async Task StalledQuoteLoginGetsNoReplyAndKeepsTheSocketOpen()
        {
            Simulator.Faults.FailNextQuoteLogins(QuoteLoginFault.Stall);
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.SendAsync(new JObject { ["name"] = Simulator.Options.AccountNo, ["clienttype"] = 1, ["key"] = Simulator.Options.ApiKey });

            Assert.That(async () => await client.TryReceiveAsync(TimeSpan.FromMilliseconds(500)), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(Simulator.Faults.Injected["quote logins stalled"], Is.EqualTo(1));
        }

        [Test]
        public async Task RefusedQuoteLoginAnswersLoginResultOne()
        {
            Simulator.Faults.FailNextQuoteLogins(QuoteLoginFault.Refuse);
            await using var client = await QuoteTestClient.ConnectAsync(Simulator);
            await client.SendAsync(new JObject { ["name"] = Simulator.Options.AccountNo, ["clienttype"] = 1, ["key"] = Simulator.Options.ApiKey });

            Assert.That((await client.ReceiveAsync())["data"]!.Value<int>("LoginResult"), Is.EqualTo(1));
        }
    }
}
