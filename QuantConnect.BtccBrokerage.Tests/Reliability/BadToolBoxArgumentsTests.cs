using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Configuration;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, ToolBox command line: every bad argument ends with exit code 1 and one ERROR line
    /// naming the problem, without a stack trace and before any request leaves the machine.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BadToolBoxArgumentsTests
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
                  "data-folder": "./data",
                  "btcc-api-url": "http://127.0.0.1:1",
                  "btcc-websocket-url": "ws://127.0.0.1:1",
                  "btcc-user-name": "demo@btcc.local",
                  "btcc-password": "demo-password",
                  "btcc-api-key": "demo-api-key",
                  "btcc-api-secret": "demo-api-secret",
                  "btcc-company-id": 1
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

        private static TestCaseData Row(string name, string fragment, params string[] args)
            => new TestCaseData(args, fragment).SetName($"ToolBox args: {name} => exit 1, ERROR '{fragment}'");

        public static IEnumerable<TestCaseData> Rows()
        {
            yield return Row("no --app", "--app value is required", "--tickers=BTCUSDT");
            yield return Row("unknown app", "Unrecognized --app value 'Nope'", "--app=Nope");
            yield return Row("stray positional argument", "'stray'", "stray", "--app=BTCCSPU");
            yield return Row("config file missing", "does-not-exist.json", "--app=BTCCSPU", "--config=does-not-exist.json");
            yield return Row("date in the wrong format", "--from-date", "--app=BTCCDownloader", "{config}", "--tickers=BTCUSDT", "--from-date=2024-01-01");
            yield return Row("tick resolution", "--resolution", "--app=BTCCDownloader", "{config}", "--tickers=BTCUSDT", "--resolution=Tick", "--from-date=20240101-00:00:00");
            yield return Row("plain http to a remote host", "unencrypted http://", "--app=BTCCExchangeInfoDownloader", "{config}", "--btcc-api-url=http://api.example.com");
        }

        [TestCaseSource(nameof(Rows))]
        public void ProgramFailsWithOneErrorLine(string[] args, string fragment)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var (previousOut, previousError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            int exitCode;
            try
            {
                exitCode = Program.RunAsync(args.Select(a => a == "{config}" ? $"--config={_config}" : a).ToArray(), CancellationToken.None).GetAwaiter().GetResult();
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error.ToString(), Does.StartWith("ERROR: ").And.Contain(fragment).And.Not.Contain("   at "));
        }
    }
}
