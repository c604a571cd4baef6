using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
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

            var downloader = new BtccDataDownloader(connection.Klines, mapper, cancellationToken);
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
                            totals[symbol] = await Task.Run(() => Download(downloader, dataFolder, symbol, resolution, from, to,
                                fraction => tasks[symbol].Value = fraction), cancellationToken).ConfigureAwait(false);
                            tasks[symbol].Value = 1.0;
                        }
                    }).ConfigureAwait(false);
            }
            else
            {
                foreach (var symbol in symbols)
                {
                    totals[symbol] = await Task.Run(() => Download(downloader, dataFolder, symbol, resolution, from, to, _ => { }), cancellationToken)
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
        /// Streams one ticker's bars to disk: minute files are written a day at a time, hour and daily
        /// files once at the end. Reports the fraction of the range covered.
        /// </summary>
        private static int Download(BtccDataDownloader downloader, string dataFolder, Symbol symbol, Resolution resolution,
            DateTime from, DateTime to, Action<double> progress)
        {
            var writer = new LeanDataWriter(dataFolder, symbol, resolution);
            var buffer = new List<TradeBar>();
            var count = 0;
            var span = (to - from).Ticks;
            foreach (TradeBar bar in downloader.Get(new DataDownloaderGetParameters(symbol, resolution, from, to, TickType.Trade)))
            {
                if (!LeanDataLayout.IsHourOrDaily(resolution) && buffer.Count > 0 && buffer[^1].Time.Date != bar.Time.Date)
                {
                    writer.Write(buffer);
                    buffer.Clear();
                }
                buffer.Add(bar);
                count++;
                progress(Math.Clamp((double)(bar.Time - from).Ticks / span, 0, 1));
            }
            if (buffer.Count > 0)
            {
                writer.Write(buffer);
            }
            return count;
        }

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
