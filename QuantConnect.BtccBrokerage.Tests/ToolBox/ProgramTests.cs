/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    /// <summary>Runs the ToolBox entry point in-process with captured console output.</summary>
    [TestFixture, NonParallelizable]
    public class ProgramTests : ToolBoxFixture
    {
        public ProgramTests()
            : base(OfflineConfig)
        {
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

            var (exitCode, output, _) = Run("--app=btccexchangeinfodownloader", $"--config={ConfigPath}");

            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("btcc,BTCUSDT,"));
        }

        [Test]
        public void BadFromDateFailsNamingTheOption()
        {
            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={ConfigPath}", "--tickers=BTCUSDT", "--from-date=2024-01-01");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--from-date").And.Contain("2024-01-01").And.Contain("yyyyMMdd-HH:mm:ss"));
        }

        [Test]
        public void BadResolutionFailsNamingTheOption()
        {
            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={ConfigPath}", "--tickers=BTCUSDT", "--resolution=Tick", "--from-date=20240101-00:00:00");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--resolution").And.Contain("Tick"));
        }

        [Test]
        public void MissingConfigKeyFailsNamingIt()
        {
            File.WriteAllText(ConfigPath, """{ "btcc-api-url": "http://127.0.0.1:1" }""");

            var (exitCode, _, error) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("btcc-user-name").And.Contain("btcc-api-key"));
            Assert.That(error, Does.Not.Contain("btcc-websocket-url"), "the quote address has its default, as inside LEAN");
            Assert.That(error, Does.Not.Contain("   at "));
        }

        [Test]
        public void CommandLineOptionOverridesAConfigKey()
        {
            File.WriteAllText(ConfigPath, """{ "btcc-api-url": "http://127.0.0.1:1", "btcc-websocket-url": "ws://127.0.0.1:1", "btcc-user-name": "u", "btcc-password": "p", "btcc-api-key": "k", "btcc-company-id": 1 }""");
            BtccToolBoxSettings? seen = null;
            using var _ = BtccToolBoxConnection.Use((settings, _) =>
            {
                seen = settings;
                return Task.FromResult<IBtccToolBoxConnection>(new FakeBtccSources(BtccInstruments.Multi()));
            });

            var (exitCode, _, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}", "--btcc-api-secret", "from-command-line", "--btcc-api-url=http://127.0.0.1:2");

            Assert.That(exitCode, Is.Zero);
            Assert.That(seen!.ApiSecret, Is.EqualTo("from-command-line"));
            Assert.That(seen.ApiUrl, Is.EqualTo(new Uri("http://127.0.0.1:2")));
        }

        [Test]
        public void CommandLineOptionOverridesTheSelectedEnvironmentsKey()
        {
            File.WriteAllText(ConfigPath, """
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

            var (exitCode, _, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}", "--btcc-api-url=http://127.0.0.1:2");

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

            var (exitCode, _, error) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}");
            var (debugExitCode, _, debugError) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}", "--debug");

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
            var (exitCode, _, _) = Run(new[] { "--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}" }, cancellation.Token);

            Assert.That(exitCode, Is.EqualTo(130));
        }

        [Test]
        public void ExchangeInfoAppPrintsOnlyRowsToStandardOutput()
        {
            var fake = new FakeBtccSources(BtccInstruments.Multi());
            using var _ = UseFake(fake);

            var (exitCode, output, _) = Run("--app=BTCCExchangeInfoDownloader", $"--config={ConfigPath}");

            Assert.That(exitCode, Is.Zero);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.That(lines, Is.EqualTo(BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi())));
            Assert.That(fake.Disposed, Is.True);
        }

        [Test]
        public void SpuAppWithoutADatabaseFailsNamingIt()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));
            var dataFolder = Path.Combine(FolderPath, "data");

            var (exitCode, _, error) = Run("--app=BTCCSPU", $"--config={ConfigPath}", $"--data-folder={dataFolder}");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain(Path.Combine(dataFolder, "symbol-properties", "symbol-properties-database.csv")));
        }

        [Test]
        public void SpuAppChangesOnlyTheBtccRowsOfAnExistingDatabase()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));
            var dataFolder = Path.Combine(FolderPath, "data");
            var path = Path.Combine(dataFolder, "symbol-properties", "symbol-properties-database.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string[] before =
            {
                BtccExchangeInfoDownloader.Header, "", "#", "# Use # signs for comments", "#",
                "usa,[*],equity,,USD,1,0.01,1", "",
                "binance,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.001,BTCUSDT",
                "btcc,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.1,0.1,GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x,0.1",
                "bybit,BTCUSDT,cryptofuture,BTCUSDT,USDT,1,0.10,0.001,BTCUSDT,0.001", "# the end"
            };
            File.WriteAllText(path, string.Join("\n", before) + "\n");

            var (exitCode, _, error) = Run("--app=BTCCSPU", $"--config={ConfigPath}", $"--data-folder={dataFolder}");

            Assert.That(exitCode, Is.Zero, error);
            var expected = before.Take(8).Concat(BtccExchangeInfoDownloader.CreateRows(BtccInstruments.Multi())).Concat(before.Skip(9));
            Assert.That(File.ReadAllText(path), Is.EqualTo(string.Join("\n", expected) + "\n"));
        }

        [Test]
        public void DownloaderAppWritesLeanFilesForEveryTicker()
        {
            using var _ = UseFake(new FakeBtccSources(BtccInstruments.Multi()));
            var dataFolder = Path.Combine(FolderPath, "data");

            var (exitCode, output, error) = Run("--app=BTCCDownloader", $"--config={ConfigPath}", "--tickers=BTCUSDT,ethusdt",
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

            var (exitCode, _, error) = Run("--app=BTCCDownloader", $"--config={ConfigPath}", "--tickers=DOGEUSDT", "--from-date=20240101-00:00:00", "--to-date=20240101-01:00:00");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("DOGEUSDT").And.Contain("BTCUSDT"));
        }
    }
}
