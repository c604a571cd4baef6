/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Tests.Simulator;
using QuantConnect.Brokerages.Btcc.ToolBox.Apps;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    [TestFixture]
    public class SimulatorAppTests
    {
        [Test]
        public void CommandLineOptionsConfigureTheSimulator()
        {
            var options = BtccSimulatorApp.Parse(new Dictionary<string, string>
            {
                ["port"] = "19081", ["ws-port"] = "19082", ["console-port"] = "19083", ["api-key"] = "k", ["seed"] = "7", ["duplicate-deals"] = "",
                ["latency-ms"] = "15", ["quote-latency-ms"] = "8", ["request-budget"] = "5", ["request-burst"] = "3", ["partial-fill-ratio"] = "0.5", ["token-lifetime-s"] = "5", ["server-error-rate"] = "0.25"
            });

            Assert.That(options.Port, Is.EqualTo(19081));
            Assert.That(options.WebSocketPort, Is.EqualTo(19082));
            Assert.That(options.ConsolePort, Is.EqualTo(19083));
            Assert.That(options.ApiKey, Is.EqualTo("k"));
            Assert.That(options.Seed, Is.EqualTo(7));
            Assert.That(options.Faults.DuplicateDeals, Is.True);
            Assert.That(options.Faults.ReorderDeals, Is.False);
            Assert.That(options.Faults.Latency, Is.EqualTo(TimeSpan.FromMilliseconds(15)));
            Assert.That(options.Faults.QuoteLatency, Is.EqualTo(TimeSpan.FromMilliseconds(8)));
            Assert.That(options.Faults.RequestBudgetPerSecond, Is.EqualTo(5));
            Assert.That(options.Faults.RequestBudgetBurst, Is.EqualTo(3));
            Assert.That(options.Faults.PartialFillRatio, Is.EqualTo(0.5m));
            Assert.That(options.Faults.ServerErrorRate, Is.EqualTo(0.25));
            Assert.That(options.TokenLifetime, Is.EqualTo(TimeSpan.FromSeconds(5)));
        }

        [Test]
        public void BtccsUndocumentedChoicesAreCommandLineKnobs()
        {
            var options = BtccSimulatorApp.Parse(new Dictionary<string, string>
            {
                ["sign-raw"] = "", ["post-form"] = "true", ["token-expired-code"] = "1001", ["marketable-limit"] = "refuse",
                ["one-path-per-pair"] = "", ["api-key-out-of-date"] = "1", ["api-key-not-trade-auth"] = ""
            });

            Assert.That(options.SignsRawValues, Is.True);
            Assert.That(options.ReadsPostParametersFromForm, Is.True);
            Assert.That(options.TokenExpiredCode, Is.EqualTo(1001));
            Assert.That(options.MarketableLimits, Is.EqualTo(MarketableLimitPolicy.Refuse));
            Assert.That(options.OnePathPerPair, Is.True);
            Assert.That(options.Faults.ApiKeyOutOfDate, Is.True);
            Assert.That(options.Faults.ApiKeyNotTradeAuthorised, Is.True);
        }

        [Test]
        public void TheDefaultsAreBtccsDocumentedChoicesAndAFillAtTheMarket()
        {
            var options = BtccSimulatorApp.Parse(new Dictionary<string, string>());

            Assert.That(options.SignsRawValues, Is.False);
            Assert.That(options.ReadsPostParametersFromForm, Is.False);
            Assert.That(options.TokenExpiredCode, Is.EqualTo(207));
            Assert.That(options.MarketableLimits, Is.EqualTo(MarketableLimitPolicy.FillAtMarket));
            Assert.That(options.OnePathPerPair, Is.False);
        }

        [Test]
        public void AnUnknownMarketableLimitPolicyIsRefusedNamingTheOption()
            => Assert.That(() => BtccSimulatorApp.Parse(new Dictionary<string, string> { ["marketable-limit"] = "queue" }),
                Throws.InstanceOf<FormatException>().With.Message.EqualTo("--marketable-limit must be fill or refuse"));

        [TestCase(BtccQuoteDialect.Live)]
        [TestCase(BtccQuoteDialect.Doc)]
        public async Task PriceClockPushesQuotesWithoutManualStepping(BtccQuoteDialect dialect)
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.FromMilliseconds(50), QuoteDialect = dialect });
            await using var client = await QuoteTestClient.ConnectAsync(simulator);
            await client.LoginAsync(simulator);
            var secId = simulator.QuoteSecId(simulator.Instruments[0].Ticker).ToString();
            await client.SendAsync(new JObject { ["action"] = "ReqSubcri", ["symbols"] = new JArray(secId), ["deep"] = "" });

            if (dialect == BtccQuoteDialect.Doc)
            {
                Assert.That(await client.WaitForActionAsync("dealticksnap"), Is.Not.Null);
                return;
            }
            // live has no trade push: the clock shows in tickinfo's moving last trade
            var first = (await client.WaitForActionAsync("tickinfo"))["data"]![0]!;
            JToken next;
            do next = (await client.WaitForActionAsync("tickinfo"))["data"]![0]!;
            while (JToken.DeepEquals(next["C"], first["C"]) && JToken.DeepEquals(next["V"], first["V"]));
            Assert.That(next.Value<long>("T"), Is.GreaterThanOrEqualTo(first.Value<long>("T")));
        }

        [TestCase("live", BtccQuoteDialect.Live)]
        [TestCase("doc", BtccQuoteDialect.Doc)]
        public void DialectOptionSelectsTheQuoteDialect(string value, BtccQuoteDialect dialect)
        {
            Assert.That(BtccSimulatorApp.Parse(new Dictionary<string, string> { ["dialect"] = value }).QuoteDialect, Is.EqualTo(dialect));
        }

        [Test]
        public void DialectDefaultsToLiveAndRefusesOthers()
        {
            Assert.That(new BtccSimulatorOptions().QuoteDialect, Is.EqualTo(BtccQuoteDialect.Live));
            Assert.That(() => BtccSimulatorApp.Parse(new Dictionary<string, string> { ["dialect"] = "pdf" }), Throws.InstanceOf<FormatException>());
        }
    }
}
