using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Configuration;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    /// <summary>Runs the ToolBox entry point in-process with captured console output.</summary>
    [TestFixture, NonParallelizable]
    public class ProgramTests
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

        private static IDisposable UseFake(FakeBtccSources fake)
            => BtccToolBoxConnection.Use((_, _) => Task.FromResult<IBtccToolBoxConnection>(fake));

        [Test]
        public void MissingAppFailsWithUsage()
        {
            var (exitCode, _, error) = Run("--tickers=BTCUSDT");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("ERROR: --app value is required"));
            Assert.That(error, Does.Contain("BTCCDownloader").And.Contain("BTCCExchangeInfoDownloader").And.Contain("BTCCSPU"));
        }

        [Test]
        public void UnknownAppFailsListingEveryAppWithItsDescription()
        {
            var (exitCode, _, error) = Run("--app=Nope");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("ERROR: Unrecognized --app value"));
            foreach (var app in Program.DiscoverApps())
            {
                Assert.That(error, Does.Contain(app.Name).And.Contain(app.Description));
            }
        }

        [Test]
        public void AppNameIsMatchedCaseInsensitively()
        {
            var fake = new FakeBtccSources(BtccInstruments.Multi());
            using var _ = UseFake(fake);

            var (exitCode, output, _) = Run("--app=btccexchangeinfodownloader", $"--config={_config}");

            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("btcc,BTCUSDT,"));
        }

        [Test]
        public void BadFromDateFailsNamingTheOption()
        {
            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={_config}", "--tickers=BTCUSDT", "--from-date=2024-01-01");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--from-date").And.Contain("2024-01-01").And.Contain("yyyyMMdd-HH:mm:ss"));
        }

        [Test]
        public void BadResolutionFailsNamingTheOption()
        {
            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={_config}", "--tickers=BTCUSDT", "--resolution=Tick", "--from-date=20240101-00:00:00");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--resolution").And.Contain("Tick"));
        }

        [Test]
        public void MissingConfigKeyFailsNamingIt()
        {
            File.WriteAllText(_config, """{ "btcc-api-url": "http://127.0.0.1:1" }""");

            var (exitCode, _, error) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("btcc-websocket-url").And.Contain("btcc-api-key"));
            Assert.That(error, Does.Not.Contain("   at "));
        }

        [Test]
        public void CommandLineOptionOverridesAConfigKey()
        {
            File.WriteAllText(_config, """{ "btcc-api-url": "http://127.0.0.1:1", "btcc-websocket-url": "ws://127.0.0.1:1", "btcc-user-name": "u", "btcc-password": "p", "btcc-api-key": "k", "btcc-company-id": 1 }""");
            BtccToolBoxSettings? seen = null;
            using var _ = BtccToolBoxConnection.Use((settings, _) =>
            {
                seen = settings;
                return Task.FromResult<IBtccToolBoxConnection>(new FakeBtccSources(BtccInstruments.Multi()));
            });

            var (exitCode, _, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}", "--btcc-api-secret", "from-command-line", "--btcc-api-url=http://127.0.0.1:2");

            Assert.That(exitCode, Is.Zero);
            Assert.That(seen!.ApiSecret, Is.EqualTo("from-command-line"));
            Assert.That(seen.ApiUrl, Is.EqualTo(new Uri("http://127.0.0.1:2")));
        }

        [Test]
        public void CommandLineOptionOverridesTheSelectedEnvironmentsKey()
        {
            File.WriteAllText(_config, """
                { "environment": "live-btcc", "btcc-api-url": "http://127.0.0.1:1", "btcc-websocket-url": "ws://127.0.0.1:1",
                  "btcc-user-name": "u", "btcc-password": "p", "btcc-api-key": "k", "btcc-api-secret": "s", "btcc-company-id": 1,
                  "environments": { "live-btcc": { "btcc-api-url": "http://127.0.0.1:3" } } }
                """);
            BtccToolBoxSettings? seen = null;
            using var _ = BtccToolBoxConnection.Use((settings, _) =>
            {
                seen = settings;
                return Task.FromResult<IBtccToolBoxConnection>(new FakeBtccSources(BtccInstruments.Multi()));
            });

            var (exitCode, _, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}", "--btcc-api-url=http://127.0.0.1:2");

            Assert.That(exitCode, Is.Zero);
            Assert.That(seen!.ApiUrl, Is.EqualTo(new Uri("http://127.0.0.1:2")));
        }

        [Test]
        public void MissingConfigFileFailsNamingIt()
        {
            var (exitCode, _, error) = Run("--app=BTCCSPU", "--config=does-not-exist.json");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("does-not-exist.json"));
        }

        [Test]
        public void UnexpectedPositionalArgumentFailsNamingIt()
        {
            var (exitCode, _, error) = Run("stray", "--app=BTCCSPU");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("'stray'"));
        }

        [Test]
        public void FailureIsPrintedWithoutStackTraceUnlessDebug()
        {
            using var _ = BtccToolBoxConnection.Use((_, _) => throw new InvalidOperationException("login refused"));

            var (exitCode, _, error) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}");
            var (debugExitCode, _, debugError) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}", "--debug");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("login refused").And.Not.Contain("   at "));
            Assert.That(debugExitCode, Is.EqualTo(1));
            Assert.That(debugError, Does.Contain("login refused").And.Contain("   at "));
        }

        [Test]
        public void CancellationEndsTheAppWithExitCode130()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            using var _ = BtccToolBoxConnection.Use((_, token) => Task.FromCanceled<IBtccToolBoxConnection>(token));
            var error = new StringWriter();
            var previous = Console.Error;
            Console.SetError(error);
            try
            {
                var exitCode = Program.RunAsync(new[] { "--app=BTCCExchangeInfoDownloader", $"--config={_config}" }, cancellation.Token).GetAwaiter().GetResult();
                Assert.That(exitCode, Is.EqualTo(130));
            }
            finally
            {
                Console.SetError(previous);
            }
        }

        [Test]
        public void ExchangeInfoAppPrintsOnlyRowsToStandardOutput()
        {
            var fake = new FakeBtccSources(BtccInstruments.Multi());
            using var _ = UseFake(fake);

            var (exitCode, output, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={_config}");

            Assert.That(exitCode, Is.Zero);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.That(lines, Is.EqualTo(BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi())));
            Assert.That(fake.Disposed, Is.True);
        }

        [Test]
        public void SpuAppUpdatesTheDataFolderDatabase()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));
            var dataFolder = Path.Combine(_folder.Path, "data");

            var (exitCode, _, error) = Run("--app=BTCCSPU", $"--config={_config}", $"--data-folder={dataFolder}");

            Assert.That(exitCode, Is.Zero, error);
            var lines = File.ReadAllLines(Path.Combine(dataFolder, SymbolPropertiesDatabaseFile.RelativePath));
            Assert.That(lines[0], Is.EqualTo(BtccExchangeInfoDownloader.Header));
            Assert.That(lines.Skip(1), Is.EqualTo(BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi())));
        }

        [Test]
        public void DownloaderAppWritesLeanFilesForEveryTicker()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));
            var dataFolder = Path.Combine(_folder.Path, "data");

            var (exitCode, output, error) = Run("--app=BTCCDownloader", $"--config={_config}", "--tickers=BTCUSDT", "--tickers", "ethusdt",
                "--resolution=Minute", "--from-date=20240101-23:00:00", "--to-date=20240102-01:00:00", $"--data-folder={dataFolder}");

            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("BTCUSDT: 120 Minute bars").And.Contain("ETHUSDT: 120 Minute bars"));
            foreach (var ticker in new[] { "btcusdt", "ethusdt" })
            {
                Assert.That(File.Exists(Path.Combine(dataFolder, "cryptofuture", "btcc", "minute", ticker, "20240101_trade.zip")), Is.True);
                Assert.That(File.Exists(Path.Combine(dataFolder, "cryptofuture", "btcc", "minute", ticker, "20240102_trade.zip")), Is.True);
            }
        }

        [Test]
        public void DownloaderAppRejectsAnUnknownTickerNamingIt()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));

            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={_config}", "--tickers=DOGEUSDT", "--from-date=20240101-00:00:00", "--to-date=20240101-01:00:00");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("DOGEUSDT").And.Contain("BTCUSDT"));
        }
    }
}
