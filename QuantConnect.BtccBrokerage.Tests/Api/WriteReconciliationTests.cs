/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using static QuantConnect.Brokerages.Btcc.Tests.Api.ScriptedExchange;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>Writes are never re-sent blindly: an ambiguous failure is settled from the exchange's lists first.</summary>
    [TestFixture]
    public class WriteReconciliationTests
    {
        private const string Symbol = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT20x";
        private ScriptedExchange _exchange = null!;

        [SetUp]
        public async Task SetUp() => _exchange = await ScriptedExchange.StartAsync();

        [TearDown]
        public async Task TearDown() => await _exchange.DisposeAsync();

        private static BtccOpenPositionRequest Open(long refId) => new(Symbol, BtccDirection.Buy, 0.5m, 100m, 20, refId);

        [Test]
        public async Task OpenPositionWhoseReplyWasLostIsFoundByRefIdAndNotSentAgain()
        {
            _exchange.Script("/v1/account/openposition", new Step(Apply: true, Status: 500));
            using var client = new BtccRestApiClient(_exchange.Settings());

            var position = await client.OpenPositionAsync(Open(77));

            Assert.That(position.OrderRefId, Is.EqualTo(77));
            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(1));
            Assert.That(_exchange.Positions, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task OpenPositionThatNeverArrivedIsSentAgainOnce()
        {
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 503));
            using var client = new BtccRestApiClient(_exchange.Settings());

            var position = await client.OpenPositionAsync(Open(78));

            Assert.That(position.OrderRefId, Is.EqualTo(78));
            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(2));
            Assert.That(_exchange.Positions, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task WriteWhoseEffectStaysInvisibleFailsAsAmbiguousWithoutFurtherSends()
        {
            var settings = _exchange.Settings();
            settings.WriteResendCount = 0;
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 502));
            using var client = new BtccRestApiClient(settings);

            Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.OpenPositionAsync(Open(79)));

            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(1));
        }

        [Test]
        public async Task CancelWhoseReplyWasLostCountsAsDoneOnceTheOrderIsGone()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var order = await client.OpenPendingAsync(new BtccOpenPendingRequest(Symbol, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 1m, 90m, 20));
            _exchange.Script("/v1/account/cancelpending", new Step(Apply: true, Status: 500));

            var cancelled = await client.CancelPendingAsync(order.Id);

            Assert.That(cancelled, Is.Null);
            Assert.That(_exchange.Calls("/v1/account/cancelpending"), Is.EqualTo(1));
            Assert.That(_exchange.Orders, Is.Empty);
        }

        [Test]
        public async Task CloseThatNeverArrivedIsSentAgainEvenWhenAnEarlierCloseOfTheSameVolumeIsListed()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var ticket = await client.OpenPositionAsync(new BtccOpenPositionRequest(Symbol, BtccDirection.Buy, 3m, 100m, 20, 81));
            var close = new BtccClosePositionRequest(ticket.Id, BtccDirection.Buy, Symbol, 1m, 100m);
            await client.ClosePositionAsync(close with { PositionVolume = 3m });
            _exchange.Script("/v1/account/closeposition", new Step(Apply: false, Status: 503));

            await client.ClosePositionAsync(close with { PositionVolume = 2m });

            Assert.That(_exchange.Calls("/v1/account/closeposition"), Is.EqualTo(3));
            Assert.That(_exchange.Positions.Single().Value<decimal>("volume"), Is.EqualTo(1m));
        }

        [Test]
        public async Task CloseWhoseReplyWasLostIsFoundByTheTicketsVolumeAndNotSentAgain()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var ticket = await client.OpenPositionAsync(new BtccOpenPositionRequest(Symbol, BtccDirection.Buy, 3m, 100m, 20, 82));
            _exchange.Script("/v1/account/closeposition", new Step(Apply: true, Status: 500));

            await client.ClosePositionAsync(new BtccClosePositionRequest(ticket.Id, BtccDirection.Buy, Symbol, 1m, 100m) { PositionVolume = 3m });

            Assert.That(_exchange.Calls("/v1/account/closeposition"), Is.EqualTo(1));
            Assert.That(_exchange.Positions.Single().Value<decimal>("volume"), Is.EqualTo(2m));
        }

        [Test]
        public async Task CancelThatNeverArrivedIsSentAgainWhenTheOrderIsNotListedYet()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var order = await client.OpenPendingAsync(new BtccOpenPendingRequest(Symbol, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 1m, 90m, 20));
            lock (_exchange.Orders) _exchange.Unlisted.Add(order.Id);
            _exchange.Script("/v1/account/cancelpending", new Step(Apply: false, Status: 503));

            await client.CancelPendingAsync(order.Id);

            Assert.That(_exchange.Calls("/v1/account/cancelpending"), Is.EqualTo(2));
            Assert.That(_exchange.Orders, Is.Empty);
        }

        [Test]
        public async Task CancelOfAnOrderThatTriggeredMeanwhileIsRefusedAsNoLongerPending()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var order = await client.OpenPendingAsync(new BtccOpenPendingRequest(Symbol, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 1m, 90m, 20));
            lock (_exchange.Orders)
            {
                _exchange.Orders.Clear();
                _exchange.History.Add(new Newtonsoft.Json.Linq.JObject { ["orderId"] = order.Id, ["status"] = "2" });
            }
            _exchange.Script("/v1/account/cancelpending", new Step(Apply: false, Status: 500));

            var refusal = Assert.ThrowsAsync<BtccApiException>(() => client.CancelPendingAsync(order.Id));

            Assert.That(refusal, Is.Not.InstanceOf<BtccAmbiguousResultException>());
            Assert.That(refusal!.BtccMessage, Does.Contain("no longer pending"));
            Assert.That(_exchange.Calls("/v1/account/cancelpending"), Is.EqualTo(1));
        }

        [Test]
        public async Task PendingOrderWhoseReplyWasLostIsMatchedInOrderList()
        {
            _exchange.Script("/v1/account/openpending", new Step(Apply: true, Status: 504));
            using var client = new BtccRestApiClient(_exchange.Settings());

            var order = await client.OpenPendingAsync(new BtccOpenPendingRequest(Symbol, BtccDirection.Sell, BtccPendingOrderType.LimitOpen, 2m, 120m, 20));

            Assert.That(order.RequestPrice, Is.EqualTo(120m));
            Assert.That(_exchange.Calls("/v1/account/openpending"), Is.EqualTo(1));
            Assert.That(_exchange.Orders, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task PostsCarryEverySignedParameterInTheQueryStringAndNoBody()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());

            await client.OpenPositionAsync(Open(81));
            await client.GetAllPositionsAsync();

            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(1));
            Assert.That(_exchange.PostsWithBody, Is.EqualTo(0));
            Assert.That(_exchange.UnsignedRequests, Is.EqualTo(0));
        }

        [Test]
        public async Task ConfiguredTokenInvalidCodeRenewsTheSessionAndResendsTheSameWrite()
        {
            var settings = _exchange.Settings();
            settings.TokenInvalidCodes = new HashSet<int> { 207, 208 };
            using var client = new BtccRestApiClient(settings);
            await client.LoginAsync();
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 200, Code: 208));

            var position = await client.OpenPositionAsync(Open(82));

            Assert.That(position.OrderRefId, Is.EqualTo(82));
            Assert.That(_exchange.Logins, Is.EqualTo(2));
            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(2));
        }

        [Test]
        public async Task BtccRefusalOfAWriteIsRaisedWithItsCodeAndNotResent()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 200, Code: 305));

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.OpenPositionAsync(Open(83)));

            Assert.That(error!.Code, Is.EqualTo(305));
            Assert.That(error.BtccMessage, Is.EqualTo("refused"));
            Assert.That(error.Endpoint, Is.EqualTo("/v1/account/openposition"));
            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(1));
            Assert.That(_exchange.Positions, Is.Empty);
        }

        [Test]
        public async Task ThrottledWriteIsSentAgainAfterTheBackoff()
        {
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 429));
            using var client = new BtccRestApiClient(_exchange.Settings());

            var position = await client.OpenPositionAsync(Open(80));

            Assert.That(position.OrderRefId, Is.EqualTo(80));
            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(2));
            Assert.That(client.RateGate.ThrottledCount, Is.EqualTo(1));
        }

        [Test]
        public void OpenWhoseEffectIsNotListedIsNotSentAgainWhenTheCallerSettlesIt()
        {
            _exchange.Script("/v1/account/openposition", new Step(Apply: false, Status: 503));
            using var client = new BtccRestApiClient(_exchange.Settings());

            Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.OpenPositionAsync(Open(84) with { ResendWhenNotListed = false }));

            Assert.That(_exchange.Calls("/v1/account/openposition"), Is.EqualTo(1));
        }

        [Test]
        public async Task PendingOrderLookUpNeverTakesAnOrderThatExistedBeforeTheRequest()
        {
            using var client = new BtccRestApiClient(_exchange.Settings());
            var request = new BtccOpenPendingRequest(Symbol, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 1m, 90m, 20);
            var earlier = await client.OpenPendingAsync(request);
            _exchange.Script("/v1/account/openpending", new Step(Apply: false, Status: 500));

            Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.OpenPendingAsync(request with
            {
                ExistingOrderIds = new HashSet<long> { earlier.Id },
                ResendWhenNotListed = false
            }));
        }
    }
}
