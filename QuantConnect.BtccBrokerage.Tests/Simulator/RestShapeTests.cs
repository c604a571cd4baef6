/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>Every REST reply has exactly the documented fields, nesting and JSON types.</summary>
    [TestFixture]
    public class RestShapeTests : SimulatorTestBase
    {
        private static void AssertShape(string fixture, JObject reply)
        {
            Assert.That(reply.Value<int>("code"), Is.Zero, reply.ToString());
            Assert.That(JsonShape.FirstDifference(DocumentedPayload.Rest(fixture), reply), Is.Null);
        }

        private async Task<JObject> OpenBtcAsync(string volume = "0.010", int direction = 1) =>
            await Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = direction.ToString(), ["symbol"] = Btc5x, ["request_volume"] = volume,
                ["request_price"] = "0", ["multiple"] = "5", ["refid"] = "77"
            }));

        private async Task<long> OpenAndPartlyCloseAsync()
        {
            var position = await OpenBtcAsync();
            var id = position["position"]!.Value<long>("id");
            await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = id.ToString(), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.004", ["request_price"] = "0"
            }));
            return id;
        }

        private Task<JObject> PlaceFarLimitAsync() =>
            Client.PostAsync("/v1/account/openpending", Account(new()
            {
                ["direction"] = "1", ["type"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.01", ["request_price"] = "1000", ["multiple"] = "5"
            }));

        [SetUp]
        public Task Login() => Client.LoginAsync();

        [Test]
        public async Task LoginReplyMatchesDocumentedShape()
        {
            AssertShape("login", await Client.LoginAsync());
        }

        [Test]
        public async Task KeepaliveReplyMatchesDocumentedShape()
        {
            AssertShape("keepalive", await Client.GetAsync("/v1/user/keepalive", Account()));
        }

        [Test]
        public async Task SymbolListReplyMatchesDocumentedShape()
        {
            AssertShape("symbollist", await Client.GetAsync("/v1/config/symbollist"));
        }

        [Test]
        public async Task AccountGroupReplyMatchesDocumentedShape()
        {
            AssertShape("accountgroup", await Client.GetAsync("/v1/config/accountgroup", new() { ["account_groupid"] = "13" }));
        }

        [Test]
        public async Task AccountReplyMatchesDocumentedShape()
        {
            AssertShape("account", await Client.GetAsync("/v1/account/account", Account()));
        }

        [Test]
        public async Task PositionListReplyMatchesDocumentedShape()
        {
            await OpenBtcAsync();

            var reply = await Client.GetAsync("/v1/account/positionlist", Account(new() { ["pageNo"] = "1", ["pageSize"] = "20" }));

            AssertShape("positionlist", reply);
            Assert.That(reply.Value<int>("total"), Is.EqualTo(1));
        }

        [Test]
        public async Task OpenPositionReplyMatchesDocumentedShapeAndEchoesRefid()
        {
            var reply = await OpenBtcAsync();

            AssertShape("position", reply);
            Assert.That(reply["position"]!.Value<long>("order_refid"), Is.EqualTo(77));
            Assert.That(reply["position"]!.Value<int>("status"), Is.EqualTo(1));
        }

        [Test]
        public async Task ClosePositionReplyMatchesDocumentedShape()
        {
            var id = (await OpenBtcAsync())["position"]!.Value<long>("id");

            var reply = await Client.PostAsync("/v1/account/closeposition", Account(new()
            {
                ["positionid"] = id.ToString(), ["direction"] = "2", ["symbol"] = Btc5x, ["request_volume"] = "0.01", ["request_price"] = "0"
            }));

            AssertShape("position", reply);
            Assert.That(reply["position"]!.Value<int>("status"), Is.EqualTo(2));
        }

        [Test]
        public async Task UpdatePositionReplyMatchesDocumentedShape()
        {
            var id = (await OpenBtcAsync())["position"]!.Value<long>("id");

            var reply = await Client.PostAsync("/v1/account/updateposition", Account(new()
            {
                ["id"] = id.ToString(), ["symbol"] = Btc5x, ["stop_loss"] = "1000", ["take_profit"] = "900000"
            }));

            AssertShape("position", reply);
            Assert.That(reply["position"]!.Value<decimal>("stop_loss"), Is.EqualTo(1000m));
        }

        [Test]
        public async Task OpenPendingReplyMatchesDocumentedShape()
        {
            var reply = await PlaceFarLimitAsync();

            AssertShape("order", reply);
            Assert.That(reply["order"]!.Value<int>("status"), Is.EqualTo(1));
        }

        [Test]
        public async Task UpdatePendingReplyMatchesDocumentedShape()
        {
            var id = (await PlaceFarLimitAsync())["order"]!.Value<long>("id");

            var reply = await Client.PostAsync("/v1/account/updatepending", Account(new()
            {
                ["id"] = id.ToString(), ["direction"] = "1", ["type"] = "0", ["request_volume"] = "0.02", ["request_price"] = "1100"
            }));

            AssertShape("order", reply);
            Assert.That(reply["order"]!.Value<decimal>("request_price"), Is.EqualTo(1100m));
        }

        [Test]
        public async Task CancelPendingReplyMatchesDocumentedShape()
        {
            var id = (await PlaceFarLimitAsync())["order"]!.Value<long>("id");

            var reply = await Client.PostAsync("/v1/account/cancelpending", Account(new() { ["id"] = id.ToString() }));

            AssertShape("order", reply);
            Assert.That(reply["order"]!.Value<int>("status"), Is.EqualTo(5));
        }

        [Test]
        public async Task OrderListReplyMatchesDocumentedShape()
        {
            await PlaceFarLimitAsync();

            AssertShape("orderList", await Client.GetAsync("/v1/account/orderList", Account()));
        }

        [Test]
        public async Task DealTodayListReplyMatchesDocumentedShape()
        {
            await OpenAndPartlyCloseAsync();

            var reply = await Client.GetAsync("/v1/account/dealTodayList", Account());

            AssertShape("dealTodayList", reply);
            Assert.That(reply["orders"]!.Count(), Is.EqualTo(2));
        }

        [Test]
        public async Task ProfitTodayListReplyMatchesDocumentedShapeWithClosingDealsOnly()
        {
            await OpenAndPartlyCloseAsync();

            var reply = await Client.GetAsync("/v1/account/profitTodayList", Account());

            AssertShape("dealTodayList", reply);
            Assert.That(reply["orders"]!.Select(o => o.Value<int>("reason")), Is.EqualTo(new[] { 2 }));
        }

        [Test]
        public async Task TradeReportReplyMatchesDocumentedShape()
        {
            await OpenAndPartlyCloseAsync();

            var reply = await Client.GetAsync("/v1/user/getTradeReport", new() { ["pageNo"] = "1", ["pageSize"] = "10" });

            AssertShape("getTradeReport", reply);
            Assert.That(reply.Value<int>("totalSize"), Is.EqualTo(2));
        }

        [Test]
        public async Task HisOrderReplyMatchesDocumentedShape()
        {
            await PlaceFarLimitAsync();

            var reply = await Client.GetAsync("/v1/user/getHisOrder", new()
            {
                ["accountNo"] = Simulator.Options.AccountNo, ["pageNo"] = "1", ["pageSize"] = "10"
            });

            AssertShape("getHisOrder", reply);
        }

        [Test]
        public async Task ProfitReportReplyMatchesDocumentedShape()
        {
            await OpenAndPartlyCloseAsync();

            AssertShape("getProfitReport", await Client.GetAsync("/v1/user/getProfitReport", new() { ["pageNo"] = "1", ["pageSize"] = "10" }));
        }

        [Test]
        public async Task PositionListPagesWithTotal()
        {
            for (var i = 0; i < 3; i++) await OpenBtcAsync();

            var reply = await Client.GetAsync("/v1/account/positionlist", Account(new() { ["pageNo"] = "2", ["pageSize"] = "2" }));

            Assert.That(reply["positions"]!.Count(), Is.EqualTo(1));
            Assert.That(reply.Value<int>("total"), Is.EqualTo(3));
        }
    }
}
