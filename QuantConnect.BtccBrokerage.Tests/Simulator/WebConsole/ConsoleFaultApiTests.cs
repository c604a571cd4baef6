/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>The console API's fault knobs change the running simulator's faults, or nothing when a value is wrong.</summary>
    [TestFixture]
    public class ConsoleFaultApiTests : ConsoleTestBase
    {
        [Test]
        public async Task KnobsSetByNameChangeTheRunningSimulatorsFaults()
        {
            await ConsoleApi.PostOkAsync("faults", new
            {
                serverErrorRate = 0.25, latencyMs = 150, duplicateDeals = true, partialFillRatio = 0.5, requestBudgetPerSecond = 7,
                quoteDictionaryOmits = new[] { "ethusdt" }
            });

            var faults = Simulator.Faults;
            Assert.That(faults.ServerErrorRate, Is.EqualTo(0.25));
            Assert.That(faults.Latency, Is.EqualTo(TimeSpan.FromMilliseconds(150)));
            Assert.That(faults.DuplicateDeals, Is.True);
            Assert.That(faults.PartialFillRatio, Is.EqualTo(0.5m));
            Assert.That(faults.RequestBudgetPerSecond, Is.EqualTo(7));
            Assert.That(faults.QuoteDictionaryOmits, Is.EquivalentTo(new[] { "ETHUSDT" }));
        }

        [Test]
        public async Task TheFaultsDocumentShowsEveryKnobsValue()
        {
            Simulator.Faults.AppliedThenHangRate = 0.1;
            Simulator.Faults.SettlementInterval = TimeSpan.FromSeconds(3);

            var knobs = (await ConsoleApi.GetAsync("faults"))["knobs"]!;

            Assert.That(knobs.Value<double>("appliedThenHangRate"), Is.EqualTo(0.1));
            Assert.That(knobs.Value<int>("settlementIntervalMs"), Is.EqualTo(3000));
            Assert.That(knobs.Value<bool>("hangRequests"), Is.False);
        }

        [Test]
        public async Task AChangeWithOneBadValueSetsNothingAndNamesTheKnob()
        {
            var (status, reply) = await ConsoleApi.PostAsync("faults", new { serverErrorRate = 0.5, latencyMs = -1 });

            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(reply.Value<string>("error"), Does.Contain("latencyMs"));
            Assert.That(Simulator.Faults.ServerErrorRate, Is.Zero);
        }

        [Test]
        public async Task AnUnknownKnobIsRefusedByName()
        {
            var (status, reply) = await ConsoleApi.PostAsync("faults", new { serverErrorRatio = 0.5 });

            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(reply.Value<string>("error"), Does.Contain("unknown knob 'serverErrorRatio'"));
        }

        [Test]
        public async Task AListLagHidesNewItemsFromThatListOnly()
        {
            await ConsoleApi.PostOkAsync("faults/list-lag", new { path = "/v1/account/dealTodayList", lagMs = 5000 });

            Assert.That(Simulator.Faults.ListLag("/v1/account/dealTodayList"), Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(Simulator.Faults.ListLag("/v1/account/positionlist"), Is.EqualTo(TimeSpan.Zero));
        }

        [Test]
        public async Task AListLagOnAPathThatIsNoListIsRefused()
        {
            var (status, _) = await ConsoleApi.PostAsync("faults/list-lag", new { path = "/v1/account/openposition", lagMs = 5000 });

            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        }

        [Test]
        public async Task FailNextAnswersTheNextRequestsToThatPathWithTheScriptedFault()
        {
            await Client.LoginAsync();
            await ConsoleApi.PostOkAsync("faults/fail-next", new { path = "/v1/account/account", fault = "ServerErrorBeforeApplying", count = 2 });

            var statuses = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                using var response = await Client.SendRawAsync(HttpMethod.Get, "/v1/account/account", Account());
                statuses.Add((int)response.StatusCode);
            }

            Assert.That(statuses.Take(2), Has.All.AnyOf(500, 502, 503));
            Assert.That(statuses[2], Is.EqualTo(200));
        }

        [Test]
        public async Task FailNextQuoteLoginsQueuesTheLoginFault()
        {
            await ConsoleApi.PostOkAsync("faults/fail-next-quote-logins", new { fault = "refuse" });

            Assert.That(Simulator.Faults.TryTakeQuoteLoginFault(out var fault), Is.True);
            Assert.That(fault, Is.EqualTo(QuoteLoginFault.Refuse));
        }

        [Test]
        public async Task AScriptedFaultThatDoesNotExistIsRefusedWithTheNamesThatDo()
        {
            var (status, reply) = await ConsoleApi.PostAsync("faults/fail-next", new { path = "/v1/account/account", fault = "Explode" });

            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(reply.Value<string>("error"), Does.Contain(nameof(RequestFault.HangAfterApplying)));
        }
    }
}
