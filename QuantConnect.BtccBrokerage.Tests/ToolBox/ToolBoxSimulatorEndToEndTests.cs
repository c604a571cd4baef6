/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    /// <summary>The ToolBox apps against the BTCC simulator on 127.0.0.1, through the real API clients, in either quote dialect.</summary>
    [TestFixture(BtccQuoteDialect.Live), TestFixture(BtccQuoteDialect.Doc), NonParallelizable]
    public class ToolBoxSimulatorEndToEndTests : ToolBoxFixture
    {
        private readonly BtccQuoteDialect _dialect;
        private BtccSimulator _simulator = null!;

        public ToolBoxSimulatorEndToEndTests(BtccQuoteDialect dialect)
            : base("{}")
        {
            _dialect = dialect;
        }

        [OneTimeSetUp]
        public async Task StartSimulator()
        {
            _simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { QuoteDialect = _dialect });
        }

        [OneTimeTearDown]
        public async Task StopSimulator()
        {
            await _simulator.DisposeAsync();
        }

        private BtccToolBoxSettings Settings => new(_simulator.RestUrl, _simulator.WebSocketUrl, _simulator.Options.UserName,
            _simulator.Options.Password, _simulator.Options.ApiKey, _simulator.Options.ApiSecret, _simulator.Options.CompanyId);

        private string[] ConnectionArguments => new[]
        {
            $"--config={ConfigPath}",
            $"--btcc-api-url={_simulator.RestUrl}",
            $"--btcc-websocket-url={_simulator.WebSocketUrl}",
            $"--btcc-user-name={_simulator.Options.UserName}",
            $"--btcc-password={_simulator.Options.Password}",
            $"--btcc-api-key={_simulator.Options.ApiKey}",
            $"--btcc-api-secret={_simulator.Options.ApiSecret}",
            $"--btcc-company-id={_simulator.Options.CompanyId}"
        };

        private static (int ExitCode, string Output, string Error) RunWithTimeout(IEnumerable<string> args)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return Run(args, timeout.Token);
        }

        [Test]
        public void ExchangeInfoAppPrintsValidRowsForEveryTradableSimulatorTicker()
        {
            var (exitCode, output, error) = RunWithTimeout(ConnectionArguments.Append("--app=BTCCExchangeInfoDownloader"));

            Assert.That(exitCode, Is.Zero, error);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var header = BtccExchangeInfoDownloader.Header.Split(',');
            var expectedTickers = _simulator.Instruments.Where(i => i.Tradable != 0).Select(i => i.Ticker).Distinct()
                .OrderBy(t => t, StringComparer.Ordinal).ToList();
            Assert.That(rows.Select(r => r.Split(',')[1]), Is.EqualTo(expectedTickers));
            foreach (var row in rows)
            {
                var fields = row.Split(',');
                Assert.That(fields, Has.Length.EqualTo(10).And.Length.LessThanOrEqualTo(header.Length), row);
                var instrument = _simulator.Instruments.Single(i => i.Path == fields[8]);
                Assert.That(fields[0], Is.EqualTo("btcc"));
                Assert.That(fields[2], Is.EqualTo("cryptofuture"));
                Assert.That(fields[4], Is.EqualTo("USDT"));
                Assert.That(decimal.Parse(fields[5], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(instrument.ContractSize));
                Assert.That(decimal.Parse(fields[6], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(new decimal(1, 0, 0, false, (byte)instrument.Digits)));
                Assert.That(decimal.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(instrument.VolumesStep));
                Assert.That(decimal.Parse(fields[9], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(instrument.VolumesMin));
                Assert.That(instrument.Ticker, Is.EqualTo(fields[1]));
            }
        }

        [Test]
        public async Task MapperRoundTripsEverySimulatorInstrument()
        {
            await using var connection = await BtccLiveConnection.ConnectAsync(Settings, CancellationToken.None);
            var instruments = await connection.SymbolList.GetSymbolListAsync();
            var mapper = new BtccSymbolMapper(instruments);

            Assert.That(instruments.Select(i => i.Name), Is.EquivalentTo(_simulator.Instruments.Select(i => i.Path)));
            foreach (var instrument in _simulator.Instruments)
            {
                var symbol = mapper.GetLeanSymbol(instrument.Path, SecurityType.CryptoFuture, BtccMarket.Name);
                var orderPath = mapper.GetBrokerageSymbol(symbol);
                // the unset 10x (or the pair's maximum when lower) goes to the tightest maximum that allows it
                var paths = _simulator.Instruments.Where(i => i.Ticker == instrument.Ticker).OrderBy(i => i.Leverage).ToList();
                var tightest = paths.FirstOrDefault(i => i.Leverage >= 10) ?? paths[^1];

                Assert.That(symbol.Value, Is.EqualTo(instrument.Ticker));
                Assert.That(orderPath, Is.EqualTo(tightest.Path));
                Assert.That(mapper.GetLeanSymbol(orderPath, SecurityType.CryptoFuture, BtccMarket.Name), Is.EqualTo(symbol));
                Assert.That(mapper.GetVariants(symbol).Select(v => (v.Name, v.CodeId)), Does.Contain((instrument.Path, instrument.CodeId)));
            }
        }

        [Test]
        public async Task DownloaderAppWritesTheSimulatorsKlinesInLeanFormat()
        {
            var now = DateTime.UtcNow;
            var to = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(-5);
            var from = to.AddMinutes(-90);
            var dataFolder = Path.Combine(FolderPath, "data");

            var (exitCode, _, error) = RunWithTimeout(ConnectionArguments.Concat(new[]
            {
                "--app=BTCCDownloader", "--tickers=BTCUSDT,ETHUSDT", "--resolution=Minute",
                $"--from-date={from:yyyyMMdd-HH:mm:ss}", $"--to-date={to:yyyyMMdd-HH:mm:ss}", $"--data-folder={dataFolder}"
            }));
            Assert.That(exitCode, Is.Zero, error);

            await using var quotes = new BtccQuoteWebSocketClient(Settings.ToApiSettings(), _simulator.Options.AccountNo);
            await quotes.ConnectAsync();
            foreach (var ticker in new[] { "BTCUSDT", "ETHUSDT" })
            {
                var symbol = Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Name);
                var klines = (await quotes.GetKlinesAsync(_simulator.QuoteSecId(ticker), BtccKlineInterval.Minute, from, to))
                    .Where(k => k.Time >= new DateTimeOffset(from).ToUnixTimeSeconds() && k.Time < new DateTimeOffset(to).ToUnixTimeSeconds())
                    .ToList();
                var bars = LeanZipBars.Read(dataFolder, symbol, Resolution.Minute, from, to);

                Assert.That(klines, Has.Count.EqualTo(90));
                Assert.That(bars, Has.Count.EqualTo(klines.Count));
                for (var i = 0; i < klines.Count; i++)
                {
                    Assert.That(bars[i].Time, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(klines[i].Time).UtcDateTime));
                    Assert.That(bars[i].EndTime, Is.EqualTo(bars[i].Time.AddMinutes(1)));
                    Assert.That(new[] { bars[i].Open, bars[i].High, bars[i].Low, bars[i].Close, bars[i].Volume },
                        Is.EqualTo(new[] { klines[i].Open, klines[i].High, klines[i].Low, klines[i].Close, klines[i].Volume }));
                }
            }
        }
    }
}
