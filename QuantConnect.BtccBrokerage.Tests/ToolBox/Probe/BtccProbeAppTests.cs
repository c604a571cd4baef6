/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.ToolBox.Probe;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Configuration;
using QuantConnect.Logging;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Probe
{
    /// <summary>
    /// <c>--app=BTCCProbe</c> run in-process against the simulator in each quote dialect: its verdicts are what that dialect
    /// really is, its fixtures load, no secret reaches a file or a log, and it writes nothing unless asked.
    /// </summary>
    [TestFixture(BtccQuoteDialect.Live), TestFixture(BtccQuoteDialect.Doc), NonParallelizable]
    public class BtccProbeAppTests : ToolBoxFixture
    {
        private readonly BtccQuoteDialect _dialect;
        private BtccSimulator _simulator = null!;
        private TemporaryDirectory _readOnlyRun = null!;
        private (int ExitCode, string Output, string Error) _run;
        private int _tradingRequestsOfTheReadOnlyRun;

        public BtccProbeAppTests(BtccQuoteDialect dialect)
            : base("{}")
        {
            _dialect = dialect;
        }

        private string ProbeFolder => Path.Combine(_readOnlyRun.Path, "probe");

        private string[] Secrets => new[] { _simulator.Options.UserName, _simulator.Options.Password, _simulator.Options.ApiKey, _simulator.Options.ApiSecret };

        [OneTimeSetUp]
        public async Task StartSimulatorAndProbeItOnce()
        {
            _simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { QuoteDialect = _dialect });
            // one read-only run serves the tests that only read its output; Program changes the log handler and Config
            var logHandler = Log.LogHandler;
            _readOnlyRun = new TemporaryDirectory();
            var config = Path.Combine(_readOnlyRun.Path, "config.json");
            File.WriteAllText(config, "{}");
            try
            {
                _run = RunProbe(config, ProbeFolder);
                _tradingRequestsOfTheReadOnlyRun = _simulator.Requests.TradingRequests;
            }
            finally
            {
                Log.LogHandler = logHandler;
                Config.Reset();
            }
        }

        [OneTimeTearDown]
        public async Task StopSimulator()
        {
            _readOnlyRun.Dispose();
            await _simulator.DisposeAsync();
        }

        private (int ExitCode, string Output, string Error) RunProbe(string config, string folder, params string[] extra)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return Run(new[]
            {
                "--app=BTCCProbe", $"--config={config}", "--probe-seconds=3", $"--probe-output={folder}",
                $"--btcc-api-url={_simulator.RestUrl}", $"--btcc-websocket-url={_simulator.WebSocketUrl}",
                $"--btcc-user-name={_simulator.Options.UserName}", $"--btcc-password={_simulator.Options.Password}",
                $"--btcc-api-key={_simulator.Options.ApiKey}", $"--btcc-api-secret={_simulator.Options.ApiSecret}",
                $"--btcc-company-id={_simulator.Options.CompanyId}"
            }.Concat(extra), timeout.Token);
        }

        private static Dictionary<string, BtccProbeVerdict> Verdicts(string folder)
            => JArray.Parse(File.ReadAllText(Path.Combine(folder, "findings.json")))
                .ToDictionary(f => f.Value<string>("assumption")!, f => Enum.Parse<BtccProbeVerdict>(f.Value<string>("verdict")!));

        /// <summary>What the simulator's dialect is: the PDF's (doc) or the live servers'.</summary>
        private BtccProbeVerdict AsTheDialectIs => _dialect == BtccQuoteDialect.Doc ? BtccProbeVerdict.Confirmed : BtccProbeVerdict.Contradicted;

        [Test]
        public void TheReadOnlyProbeSucceeds()
        {
            Assert.That(_run.ExitCode, Is.Zero, _run.Error);
        }

        [TestCase("Signature variant (btcc-sign-encoding)")]
        [TestCase("POST transport (btcc-post-parameters)")]
        [TestCase("Login reply shape")]
        [TestCase("Symbol paths and leverage suffixes")]
        public void RestAssumptionsTheSimulatorSharesAreConfirmed(string assumption)
        {
            Assert.That(Verdicts(ProbeFolder)[assumption], Is.EqualTo(BtccProbeVerdict.Confirmed));
        }

        [TestCase("symbollist code_id = quote SecID")]
        [TestCase("Quote login reply")]
        [TestCase("Quote dictionary / hours actions")]
        [TestCase("dealticksnap cadence")]
        [TestCase("Quote dialect")]
        public void QuoteAssumptionsAreConfirmedInDocDialectAndContradictedInLiveDialect(string assumption)
        {
            Assert.That(Verdicts(ProbeFolder)[assumption], Is.EqualTo(AsTheDialectIs));
        }

        [TestCase("keepalive"), TestCase("symbollist"), TestCase("accountgroup"), TestCase("account"), TestCase("positionlist"), TestCase("orderList")]
        [TestCase("dealTodayList"), TestCase("profitTodayList"), TestCase("getTradeReport"), TestCase("getHisOrder"), TestCase("getProfitReport")]
        public void EveryReadEndpointIsConfirmedAndWrittenAsALoadableFixture(string endpoint)
        {
            var path = Verdicts(ProbeFolder).Keys.Single(k => k.EndsWith("/" + endpoint + " reply", StringComparison.Ordinal));
            var fixture = JObject.Parse(File.ReadAllText(Path.Combine(ProbeFolder, "rest", endpoint + ".json")));

            Assert.That(Verdicts(ProbeFolder)[path], Is.EqualTo(BtccProbeVerdict.Confirmed));
            Assert.That(fixture.Value<int>("code"), Is.Zero);
        }

        [Test]
        public void EveryLoginVariantTriedIsWrittenAsAFixture()
        {
            var files = Directory.GetFiles(Path.Combine(ProbeFolder, "rest"), "login*.json").Select(Path.GetFileName);

            Assert.That(files, Is.EquivalentTo(new[] { "login.json", "login-query-encoded.json", "login-query-raw.json", "login-form-encoded.json", "login-form-raw.json" }));
        }

        [Test]
        public void QuoteFramesAreWrittenInArrivalOrderAndThePluginReadsThem()
        {
            var frames = Directory.GetFiles(Path.Combine(ProbeFolder, "websocket")).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var kinds = frames.Select(f => BtccQuoteMessageParser.GetKind(File.ReadAllBytes(f))).ToList();
            var tick = frames.First(f => f.EndsWith("-tickinfo.json", StringComparison.Ordinal));
            var ticks = new List<BtccTickInfo>();

            Assert.That(Path.GetFileName(frames[0]), Is.EqualTo(_dialect == BtccQuoteDialect.Live ? "001-Login.json" : "001-LoginResult.json"));
            Assert.That(kinds.Take(3), Is.EqualTo(new[] { BtccQuoteMessageKind.LoginResult, BtccQuoteMessageKind.Dictionary, BtccQuoteMessageKind.AllProducts }));
            Assert.That(kinds, Does.Contain(BtccQuoteMessageKind.TickInfoDeep).And.Contain(BtccQuoteMessageKind.DealTickSnap));
            Assert.That(BtccQuoteMessageParser.ParseTickInfo(File.ReadAllBytes(tick), ticks), Is.Positive);
        }

        [Test]
        public void NoSecretAppearsInAnyWrittenFileOrLogLine()
        {
            var texts = Directory.GetFiles(ProbeFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).Append(_run.Output).Append(_run.Error).ToList();
            var forms = Secrets.SelectMany(s => new[] { s, Uri.EscapeDataString(s) }).Distinct();

            foreach (var secret in forms)
            {
                Assert.That(texts.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, secret);
            }
            Assert.That(JObject.Parse(File.ReadAllText(Path.Combine(ProbeFolder, "rest", "login.json"))).Value<string>("token"), Is.EqualTo("***"));
        }

        [Test]
        public void TheTablePrintsEveryFindingOnARowWithItsVerdict()
        {
            var rows = _run.Output.Split('\n');

            foreach (var (assumption, verdict) in Verdicts(ProbeFolder))
            {
                var text = verdict == BtccProbeVerdict.Contradicted ? "CONTRADICTED" : verdict.ToString().ToLowerInvariant();
                Assert.That(rows.Any(r => r.StartsWith("| " + assumption, StringComparison.Ordinal) && r.Contains(text, StringComparison.Ordinal)), assumption);
            }
            Assert.That(File.ReadAllText(Path.Combine(ProbeFolder, "report.txt")), Does.Contain("BTCUSDT: 5x 20x 100x"));
        }

        [Test]
        public void WithoutWithOrdersNoWriteRequestIsSent()
        {
            Assert.That(_tradingRequestsOfTheReadOnlyRun, Is.Zero);
            Assert.That(_run.Output, Does.Not.Contain("WARNING"));
        }

        [Test]
        public void WithOrdersWarnsFirstThenPlacesUpdatesAndCancelsOneOrderLeavingNone()
        {
            var before = _simulator.Requests.TradingRequests;
            var folder = Path.Combine(FolderPath, "probe");

            var (exitCode, output, error) = RunProbe(ConfigPath, folder, "--with-orders");

            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.StartWith(BtccProbeOrders.Warning));
            Assert.That(_simulator.Requests.TradingRequests - before, Is.EqualTo(3));
            Assert.That(_simulator.Snapshot().PendingOrders, Is.Empty);
            var steps = Verdicts(folder).Where(v => v.Key.StartsWith("Pending order:", StringComparison.Ordinal)).ToList();
            Assert.That(steps.Select(s => s.Key), Is.EqualTo(new[]
            {
                "Pending order: openpending", "Pending order: updatepending", "Pending order: cancelpending", "Pending order: orderList after cancel"
            }));
            Assert.That(steps.Select(s => s.Value), Is.All.EqualTo(BtccProbeVerdict.Confirmed));
        }
    }
}
