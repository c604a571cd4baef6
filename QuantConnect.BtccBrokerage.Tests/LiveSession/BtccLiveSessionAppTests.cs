using System.Text.RegularExpressions;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Configuration;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    /// <summary>
    /// Runs <c>--app=BTCCLiveSession</c> in-process through the ToolBox entry point, with a LEAN-format config whose
    /// live-btcc environment carries no credentials, so the session trades on the embedded simulator.
    /// </summary>
    [TestFixture, NonParallelizable]
    public class BtccLiveSessionAppTests
    {
        private TemporaryDirectory _folder = null!;
        private string _config = null!;
        private ILogHandler _logHandler = null!;

        [SetUp]
        public void SetUp()
        {
            _logHandler = Log.LogHandler;
            _folder = new TemporaryDirectory();
            _config = Path.Combine(_folder.Path, "config.json");
            File.WriteAllText(_config, """
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
                """);
        }

        [TearDown]
        public void TearDown()
        {
            Log.LogHandler = _logHandler;
            Config.Reset();
            _folder.Dispose();
        }

        private static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var (previousOut, previousError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exitCode = Program.RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }
        }

        [Test]
        public void SessionOnTheEmbeddedSimulatorConnectsReconcilesTradesAndEndsFlat()
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={_config}", "--duration-s=10");

            Assert.That(exitCode, Is.EqualTo(0), output + error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[0], Does.Contain("embedded BTCC simulator").And.Contain("no real orders"));
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
        public void MalformedDurationIsAConfigurationError()
        {
            var (exitCode, output, error) = Run("--app=BTCCLiveSession", $"--config={_config}", "--duration-s=soon");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--duration-s"));
            Assert.That(output, Is.Empty);
        }
    }
}
