/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text.RegularExpressions;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    /// <summary>
    /// Runs <c>--app=BTCCLiveSession</c> in-process through the ToolBox entry point, with a LEAN-format config whose
    /// live-btcc environment carries no credentials, so the session trades on the embedded simulator.
    /// </summary>
    [TestFixture, NonParallelizable]
    public class BtccLiveSessionAppTests : ToolBoxFixture
    {
        private const string LiveBtccConfig = """
            {
              // as in LEAN's Launcher/config.json: the environment block selects the brokerage
              "environment": "live-btcc",
              "btcc-api-url": "",
              "environments": {
                "live-btcc": {
                  "live-mode": true,
                  "live-mode-brokerage": "BtccBrokerage",
                  "data-queue-handler": [ "BtccBrokerage" ],
                  "btcc-user-name": "",
                  "btcc-password": "",
                  "btcc-api-key": "",
                  "btcc-api-secret": ""
                }
              }
            }
            """;

        public BtccLiveSessionAppTests()
            : base(LiveBtccConfig)
        {
        }

        [TestCase("live")]
        [TestCase("doc")]
        public void SessionOnTheEmbeddedSimulatorConnectsReconcilesTradesAndEndsFlat(string dialect)
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={ConfigPath}", "--duration-s=10", $"--dialect={dialect}");

            Assert.That(exitCode, Is.EqualTo(0), output + error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[0], Does.Contain("embedded BTCC simulator").And.Contain("no real orders"));
            Assert.That(lines[1], Does.Contain($"speaks the {dialect} quote dialect"));
            Assert.That(output, Does.Contain("connected to BTCC"));
            Assert.That(output, Does.Contain("Reconciliation").And.Contain("Cash").And.Contain("Holdings").And.Contain("Open orders"));
            Assert.That(output, Does.Match(@"quote\s+BTCUSDT\s+bid [\d,.]+\s+ask [\d,.]+"));
            Assert.That(output, Does.Match(@"order \d+\s+UpdateSubmitted"));
            Assert.That(output, Does.Match(@"order \d+\s+Canceled"));
            Assert.That(output, Does.Match(@"order \d+\s+Filled\s+(BUY|SELL) [\d.]+ BTCUSDT @ [\d,.]+\s+fee [\d.]+ USDT"));
            Assert.That(output, Does.Match(@"holdings\s+BTCUSDT"));
            Assert.That(output, Does.Contain("Summary"));
            Assert.That(output, Does.Contain("session ended (exit code 0)"));
            // the strategy flattened what it traded: the brokerage and the local book both end at zero
            Assert.That(Regex.Match(output, @"BTCUSDT\s*│\s*(\S+)\s*│\s*(\S+)\s*│").Groups.Cast<Group>().Skip(1).Select(g => g.Value),
                Is.EqualTo(new[] { "0", "0" }), output);
            // LEAN's log stays out of stdout and is quiet without --verbose
            Assert.That(output, Does.Not.Contain("TRACE::"));
            Assert.That(error, Does.Not.Contain("TRACE::"));
        }

        [Test]
        public void SessionOnTheLiveDialectSimulatorStreamsQuotes()
        {
            // README's first command, as a new user runs it: the embedded simulator speaks as BTCC's live servers do
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={ConfigPath}", "--duration-s=5");

            Assert.That(exitCode, Is.EqualTo(0), output + error);
            Assert.That(output, Does.Contain("/quot/reqloginNew) speaks the live quote dialect"));
            Assert.That(Regex.Matches(output, @"quote\s+BTCUSDT\s+bid [\d,.]+\s+ask [\d,.]+"), Has.Count.GreaterThanOrEqualTo(1), output);
            Assert.That(error, Does.Not.Contain("NoQuoteRoute").And.Not.Contain("ERROR"));
        }

        [Test]
        public void SessionOnTheEmbeddedSimulatorPrintsTheAddressOfItsConsole()
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={ConfigPath}", "--duration-s=1");

            Assert.That(exitCode, Is.EqualTo(0), output + error);
            Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[2], Does.Match(@"console: http://127\.0\.0\.1:\d+/console$"));
        }

        [Test]
        public void UnknownDialectIsAConfigurationError()
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={ConfigPath}", "--dialect=pdf");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--dialect"));
            Assert.That(output, Is.Empty);
        }

        [Test]
        public void MalformedDurationIsAConfigurationError()
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={ConfigPath}", "--duration-s=soon");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--duration-s"));
            Assert.That(output, Is.Empty);
        }
    }
}
