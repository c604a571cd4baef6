/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.Tests.Api.Integration
{
    /// <summary>The REST client against the simulator over real loopback sockets.</summary>
    [TestFixture]
    public class RestClientIntegrationTests
    {
        private SimulatorHarness _harness = null!;
        private BtccRestApiClient _client = null!;

        [SetUp]
        public async Task SetUp()
        {
            _harness = await SimulatorHarness.StartAsync();
            _client = new BtccRestApiClient(_harness.Settings);
        }

        [TearDown]
        public async Task TearDown()
        {
            _client.Dispose();
            await _harness.DisposeAsync();
        }

        private string BtcPath(int leverage = 20) => _harness.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT" && i.Leverage == leverage).Path;

        [Test]
        public async Task LoginStoresTokenAccountIdAccountNumberAndGroup()
        {
            var reply = await _client.LoginAsync();

            var session = _client.Session!;
            Assert.That(session.Token, Is.EqualTo(reply.Token).And.Not.Empty);
            Assert.That(session.AccountId, Is.EqualTo(_harness.Simulator.Options.AccountId));
            Assert.That(session.AccountNo, Is.EqualTo(_harness.Simulator.Options.AccountNo));
            Assert.That(session.AccountGroupId, Is.EqualTo(reply.Account.AccountGroupId));
            Assert.That(session.ToString(), Does.Not.Contain(session.Token));
        }

        [Test]
        public async Task WrongSecretIsReportedWithBtccCodeAndEndpointOnly()
        {
            var settings = _harness.Settings;
            settings.ApiSecret = "not-the-secret";
            using var client = new BtccRestApiClient(settings);

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync());

            Assert.That(error!.Code, Is.Not.EqualTo(0));
            Assert.That(error.Endpoint, Is.EqualTo("/v1/user/login"));
            Assert.That(error.Message, Does.Not.Contain("?").And.Not.Contain(settings.Password));
        }

        [Test]
        public async Task KeepAliveLoopSendsHeartbeatsEveryInterval()
        {
            _harness.Settings.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            using var client = new BtccRestApiClient(_harness.Settings);
            await client.LoginAsync();

            client.StartKeepAlive();
            await SimulatorHarness.WaitUntilAsync(() => _harness.Simulator.Requests.Count("/v1/user/keepalive") >= 3, TimeSpan.FromSeconds(5), "three heartbeats");
            await client.StopKeepAliveAsync();

            var reply = await client.KeepAliveAsync();
            Assert.That(reply.AccountId, Is.EqualTo(_harness.Simulator.Options.AccountId));
        }

        [Test]
        public async Task ExpiredTokenIsRenewedAndTheSameReadSucceeds()
        {
            await _client.LoginAsync();
            var firstToken = _client.Session!.Token;
            _harness.Simulator.ExpireTokens();

            var account = await _client.GetAccountAsync();

            Assert.That(account.Account.Id, Is.EqualTo(_harness.Simulator.Options.AccountId));
            Assert.That(_client.LoginCount, Is.EqualTo(2));
            Assert.That(_client.Session!.Token, Is.Not.EqualTo(firstToken));
        }

        [Test]
        public async Task ExpiredTokenDuringAWriteIsRenewedAndTheWriteHappensExactlyOnce()
        {
            await _client.LoginAsync();
            _harness.Simulator.ExpireTokens();

            var position = await _client.OpenPositionAsync(new BtccOpenPositionRequest(BtcPath(), BtccDirection.Buy, 0.01m, 0m, 20, 7001));

            Assert.That(position.OrderRefId, Is.EqualTo(7001));
            Assert.That(_harness.Simulator.Snapshot().Positions, Has.Count.EqualTo(1));
            Assert.That(_client.LoginCount, Is.EqualTo(2));
        }

        [Test]
        public async Task ReferenceDataEndpointsRoundTrip()
        {
            var symbols = await _client.GetSymbolListAsync();
            var group = await _client.GetAccountGroupAsync();
            var account = await _client.GetAccountAsync();

            Assert.That(symbols.Select(s => s.Name), Is.EquivalentTo(_harness.Simulator.Instruments.Select(i => i.Path)));
            Assert.That(symbols.First(s => s.Name == BtcPath()).CodeId, Is.EqualTo(_harness.Simulator.Instruments.First(i => i.Path == BtcPath()).CodeId));
            Assert.That(group.AccountGroup.Id, Is.EqualTo(_client.Session!.AccountGroupId));
            Assert.That(account.Account.Balance, Is.EqualTo(_harness.Simulator.Options.InitialBalance));
        }

        [Test]
        public async Task PositionLifecycleRoundTripsThroughOpenListAndClose()
        {
            var (bid, ask) = _harness.Simulator.GetQuote("BTCUSDT");
            var opened = await _client.OpenPositionAsync(new BtccOpenPositionRequest(BtcPath(), BtccDirection.Buy, 0.02m, ask, 20, 42));
            var listed = await _client.GetAllPositionsAsync();

            Assert.That(opened.Direction, Is.EqualTo(BtccDirection.Buy));
            Assert.That(opened.Volume, Is.EqualTo(0.02m));
            Assert.That(listed.Single().Id, Is.EqualTo(opened.Id));
            Assert.That(listed.Single().OrderRefId, Is.EqualTo(42));

            var closed = await _client.ClosePositionAsync(new BtccClosePositionRequest(opened.Id, BtccDirection.Sell, BtcPath(), 0.02m, bid));
            var deals = await _client.GetDealTodayListAsync();
            var profits = await _client.GetProfitTodayListAsync();
            var after = await _client.GetAllPositionsAsync();

            Assert.That(closed, Is.Not.Null);
            Assert.That(after, Is.Empty);
            Assert.That(deals.Orders.Where(d => d.PositionId == opened.Id).Select(d => d.Reason), Is.EquivalentTo(new[] { BtccDealReason.Open, BtccDealReason.Close }));
            Assert.That(profits.Orders, Is.Not.Empty);
        }

        [Test]
        public async Task PendingOrderLifecycleRoundTripsThroughOpenUpdateListAndCancel()
        {
            var (bid, _) = _harness.Simulator.GetQuote("BTCUSDT");
            var limit = Math.Round(bid * 0.8m, 2);
            var placed = await _client.OpenPendingAsync(new BtccOpenPendingRequest(BtcPath(), BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 0.01m, limit, 20));
            var moved = await _client.UpdatePendingAsync(new BtccUpdatePendingRequest(placed.Id, BtccDirection.Buy, BtccPendingUpdateType.Limit, 0.02m, limit - 1m) { Symbol = BtcPath() });
            var listed = await _client.GetOrderListAsync();

            Assert.That(placed.Status, Is.EqualTo(BtccOrderStatus.Placed));
            Assert.That(moved.RequestVolume, Is.EqualTo(0.02m));
            Assert.That(moved.RequestPrice, Is.EqualTo(limit - 1m));
            Assert.That(listed.Orders.Single().Id, Is.EqualTo(placed.Id));

            var cancelled = await _client.CancelPendingAsync(placed.Id);
            var after = await _client.GetOrderListAsync();
            var history = await _client.GetHisOrderAsync(new BtccHistoryQuery());

            Assert.That(cancelled!.Status, Is.EqualTo(BtccOrderStatus.Cancelled));
            Assert.That(after.Orders, Is.Empty);
            Assert.That(history.List.Select(o => o.OrderId), Does.Contain(placed.Id));
        }

        [Test]
        public async Task HistoryReportsRoundTripAndTradeReportPagesThroughEveryFill()
        {
            _harness.Settings.PageSize = 2;
            using var client = new BtccRestApiClient(_harness.Settings);
            var begin = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
            for (var refId = 1; refId <= 3; refId++)
            {
                var position = await client.OpenPositionAsync(new BtccOpenPositionRequest(BtcPath(), BtccDirection.Sell, 0.01m, 0m, 20, refId));
                await client.ClosePositionAsync(new BtccClosePositionRequest(position.Id, BtccDirection.Buy, BtcPath(), 0.01m, 0m));
            }
            var end = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds();

            var fills = await client.GetTradeReportRangeAsync(begin, end);
            var profits = await client.GetProfitReportAsync(new BtccHistoryQuery { BeginTime = begin, EndTime = end });

            Assert.That(fills, Has.Count.EqualTo(6));
            Assert.That(fills.Select(f => f.DealId).Distinct().Count(), Is.EqualTo(6));
            Assert.That(fills.Count(f => f.ReportType == "CLOSE"), Is.EqualTo(3));
            Assert.That(profits.TotalSize, Is.EqualTo(3));
        }

        [Test]
        public async Task ServerErrorsOnReadsAreRetriedUntilTheyPass()
        {
            await _client.LoginAsync();
            _harness.Simulator.Faults.ServerErrorRate = 0.5;
            _harness.Settings.ReadRetryCount = 10;
            using var client = new BtccRestApiClient(_harness.Settings);

            for (var i = 0; i < 5; i++)
            {
                var account = await client.GetAccountAsync();
                Assert.That(account.Account.Id, Is.EqualTo(_harness.Simulator.Options.AccountId));
            }
        }

        [Test]
        public async Task HungReadTimesOutAndFailsAsAmbiguousAfterItsRetries()
        {
            await _client.LoginAsync();
            _harness.Settings.RequestTimeout = TimeSpan.FromMilliseconds(200);
            _harness.Settings.ReadRetryCount = 2;
            using var client = new BtccRestApiClient(_harness.Settings);
            await client.LoginAsync();
            _harness.Simulator.Requests.Reset();
            _harness.Simulator.Faults.HangRequests = true;

            var error = Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.GetOrderListAsync());
            _harness.Simulator.Faults.HangRequests = false;

            Assert.That(error!.Endpoint, Is.EqualTo("/v1/account/orderList"));
            Assert.That(_harness.Simulator.Requests.Count("/v1/account/orderList"), Is.EqualTo(3));
        }

        [Test]
        public async Task ThrottlingStormIsRiddenOutWithinTheBudgetAndEveryRequestSucceeds()
        {
            await _client.LoginAsync();
            _harness.Simulator.Faults.RequestBudgetPerSecond = 4;
            _harness.Simulator.Requests.Reset();

            var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _client.GetAccountAsync()));

            Assert.That(replies.Select(r => r.Code), Is.All.EqualTo(0));
            Assert.That(_client.RateGate.ThrottledCount, Is.GreaterThan(0));
            // the gate pauses everything after a 429: a flood would near MaxThrottleRetries (20) re-sends per request, the
            // gate keeps it to a few (how many depends on the machine's scheduling, hence the margin)
            Assert.That(_harness.Simulator.Requests.Count("/v1/account/account"), Is.LessThan(16 * 4));
        }
    }
}
