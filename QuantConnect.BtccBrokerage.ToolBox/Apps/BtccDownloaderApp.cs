/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using Spectre.Console;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Apps
{
    /// <summary>
    /// <c>--app=BTCCDownloader --tickers=BTCUSDT,ETHUSDT --resolution=Minute --from-date=yyyyMMdd-HH:mm:ss
    /// [--to-date=yyyyMMdd-HH:mm:ss] [--data-folder=./data]</c>: downloads trade bars into a LEAN data folder.
    /// </summary>
    internal sealed class BtccDownloaderApp : IToolBoxApp
    {
        private static readonly Resolution[] Resolutions = { Resolution.Minute, Resolution.Hour, Resolution.Daily };

        /// <summary>The --app value.</summary>
        public string Name => "BTCCDownloader";

        /// <summary>One line for the usage text.</summary>
        public string Description => "Downloads BTCC trade bars (--tickers, --resolution=Minute|Hour|Daily, --from-date, [--to-date], [--data-folder]) into LEAN's data format.";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.List("tickers", "BTCC tickers, e.g. BTCUSDT,ETHUSDT"),
            ToolBoxOptions.Value("resolution", "Minute, Hour or Daily (default Minute)"),
            ToolBoxOptions.Value("from-date", "first bar start, yyyyMMdd-HH:mm:ss (UTC)"),
            ToolBoxOptions.Value("to-date", "end of the range, yyyyMMdd-HH:mm:ss (UTC; default now)"),
            ToolBoxOptions.Value("data-folder", "LEAN data folder written (default ./data)")
        };

        /// <summary>Validates the options, then downloads each ticker in turn.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            // everything the user typed is checked before connecting
            var tickers = ToolBoxOptions.GetTickers(options);
            var resolution = ToolBoxOptions.GetResolution(options, Resolution.Minute, Resolutions);
            var from = ToolBoxOptions.GetDate(options, "from-date", required: true)!.Value;
            var to = ToolBoxOptions.GetDate(options, "to-date", required: false) ?? DateTime.UtcNow;
            if (to <= from)
            {
                throw new ToolBoxConfigurationException($"--to-date ({to:yyyyMMdd-HH:mm:ss}) must be after --from-date ({from:yyyyMMdd-HH:mm:ss})");
            }
            var dataFolder = ToolBoxOptions.GetOrConfig(options, "data-folder", "./data");
            var leverage = BtccToolBoxSettings.Read(BtccLeverageSetting.Read);

            await using var connection = await BtccToolBoxConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var instruments = await connection.SymbolList.GetSymbolListAsync(cancellationToken).ConfigureAwait(false);
            var mapper = new BtccSymbolMapper(instruments, leverage);
            var market = BtccMarket.Register();
            var symbols = tickers.Select(t => Symbol.Create(t, SecurityType.CryptoFuture, market)).ToList();
            foreach (var symbol in symbols)
            {
                if (!mapper.TryGetInstrument(symbol, out _))
                {
                    var known = mapper.Symbols.Select(s => s.Value).ToList();
                    throw new ToolBoxConfigurationException(known.Contains(symbol.Value, StringComparer.Ordinal)
                        ? $"--tickers: {CatchMessage(() => mapper.GetBrokerageSymbol(symbol))}"
                        : $"--tickers: {symbol.Value} is not a BTCC instrument of this account (known: {string.Join(", ", known)})");
                }
            }

            var history = connection.History;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            var totals = new Dictionary<Symbol, int>();
            if (console.Profile.Capabilities.Interactive)
            {
                await console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var tasks = symbols.ToDictionary(s => s, s => context.AddTask(s.Value, maxValue: 1.0));
                        foreach (var symbol in symbols)
                        {
                            totals[symbol] = await Task.Run(() => Download(history, dataFolder, symbol, resolution, from, to,
                                fraction => tasks[symbol].Value = fraction, cancellationToken), cancellationToken).ConfigureAwait(false);
                            tasks[symbol].Value = 1.0;
                        }
                    }).ConfigureAwait(false);
            }
            else
            {
                foreach (var symbol in symbols)
                {
                    totals[symbol] = await Task.Run(() => Download(history, dataFolder, symbol, resolution, from, to, _ => { }, cancellationToken), cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            foreach (var symbol in symbols)
            {
                Console.Out.WriteLine($"{symbol.Value}: {totals[symbol]} {resolution} bars written to {Path.GetFullPath(dataFolder)}");
            }
            return 0;
        }

        /// <summary>
        /// Downloads one ticker through the plugin's history, a step at a time so progress shows (a day of minutes, 30
        /// days of hours, a year of days; the plugin pages BTCC's klines within each), and writes each step's bars:
        /// minute steps end at UTC midnight, so each minute file is written once, whole (LEAN's writer overwrites minute
        /// files and merges hour and daily ones). Reports the fraction of the
        /// range covered.
        /// </summary>
        /// <exception cref="InvalidOperationException">The plugin served no history for a step (its log says why).</exception>
        private static int Download(IDataDownloader history, string dataFolder, Symbol symbol, Resolution resolution,
            DateTime from, DateTime to, Action<double> progress, CancellationToken cancellationToken)
        {
            var writer = new LeanDataWriter(resolution, symbol, dataFolder);
            var count = 0;
            var span = (double)(to - from).Ticks;
            for (var stepStart = from; stepStart < to;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stepEnd = StepEnd(stepStart, resolution) is var end && end < to ? end : to;
                var bars = history.Get(new DataDownloaderGetParameters(symbol, resolution, stepStart, stepEnd, TickType.Trade))
                    ?? throw new InvalidOperationException($"{symbol.Value}: BTCC served no {resolution} history from {stepStart:u} to {stepEnd:u} (the log says why)");
                var stepBars = bars.ToList();
                writer.Write(stepBars);
                count += stepBars.Count;
                stepStart = stepEnd;
                progress(Math.Clamp((stepEnd - from).Ticks / span, 0, 1));
            }
            return count;
        }

        /// <summary>Where a download step that starts at <paramref name="start"/> ends (before the range's end cuts it).</summary>
        private static DateTime StepEnd(DateTime start, Resolution resolution) => resolution switch
        {
            Resolution.Minute => start.Date.AddDays(1),
            Resolution.Hour => start.AddDays(30),
            _ => start.AddDays(365)
        };

        private static string CatchMessage(Action action)
        {
            try
            {
                action();
                return string.Empty;
            }
            catch (ArgumentException error)
            {
                return error.Message;
            }
        }
    }
}
