/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator.WebConsole;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>The request log's counters per endpoint and outcome, and its rate over the last ten seconds (on a test clock).</summary>
    [TestFixture]
    public class RequestTrafficTests
    {
        private static readonly DateTimeOffset Start = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);
        private DateTimeOffset _now;
        private RequestTraffic _traffic = null!;

        [SetUp]
        public void CreateTraffic()
        {
            _now = Start;
            _traffic = new RequestTraffic(() => _now);
        }

        [TestCase(200, ReplyOutcome.Ok)]
        [TestCase(204, ReplyOutcome.Ok)]
        [TestCase(429, ReplyOutcome.Throttled)]
        [TestCase(500, ReplyOutcome.ServerError)]
        [TestCase(502, ReplyOutcome.ServerError)]
        [TestCase(503, ReplyOutcome.ServerError)]
        [TestCase(404, ReplyOutcome.Other)]
        [TestCase(400, ReplyOutcome.Other)]
        public void AStatusStandsForAnOutcome(int status, ReplyOutcome outcome)
        {
            Assert.That(RequestTraffic.OutcomeOf(status), Is.EqualTo(outcome));
        }

        [Test]
        public void EachEndpointCountsItsRequestsByOutcome()
        {
            _traffic.Record("/v1/account/account", ReplyOutcome.Ok);
            _traffic.Record("/v1/account/account", ReplyOutcome.ServerError);
            _traffic.Record("/v1/account/account", ReplyOutcome.Throttled);
            _traffic.Record("/v1/account/orderList", ReplyOutcome.NoReply);

            Assert.That(_traffic.Endpoints(), Is.EqualTo(new[]
            {
                new EndpointTraffic("/v1/account/account", 3, 0.3, 1, 1, 1, 0, 0),
                new EndpointTraffic("/v1/account/orderList", 1, 0.1, 0, 0, 0, 1, 0)
            }));
        }

        [Test]
        public void TheRateCountsOnlyTheLastTenSeconds()
        {
            for (var i = 0; i < 20; i++) _traffic.Record("/v1/account/positionlist", ReplyOutcome.Ok);
            _now += TimeSpan.FromSeconds(5);
            for (var i = 0; i < 10; i++) _traffic.Record("/v1/account/positionlist", ReplyOutcome.Ok);

            _now += TimeSpan.FromSeconds(6);

            var row = _traffic.Endpoints().Single();
            Assert.That(row.PerSecond, Is.EqualTo(1.0));
            Assert.That(row.Requests, Is.EqualTo(30));
        }

        [Test]
        public void ResetForgetsEveryEndpoint()
        {
            _traffic.Record("/v1/account/account", ReplyOutcome.Ok);

            _traffic.Reset();

            Assert.That(_traffic.Endpoints(), Is.Empty);
        }
    }
}
