/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// <c>--app=BTCCLiveSession</c>: a live trading session with the plugin, as LEAN's live engine runs one — on the
    /// embedded BTCC simulator when no BTCC credentials are configured, on BTCC (real orders) when they are.
    /// Options: <c>--duration-s</c> (default 20), <c>--tickers</c> (default BTCUSDT), <c>--quantity</c> (default:
    /// the instrument's minimum volume), <c>--verbose</c> (LEAN's log on standard error), <c>--dialect=live|doc</c> (the
    /// embedded simulator's quote websocket as BTCC's live servers speak it, default, or as its PDF prints it), plus
    /// any <c>btcc-*</c> config key.
    /// </summary>
    internal sealed class BtccLiveSessionApp : IToolBoxApp
    {
        private readonly TextWriter? _output;
        private readonly TextWriter? _error;

        /// <summary>Writes to the process's standard output and error.</summary>
        public BtccLiveSessionApp()
        {
        }

        /// <summary>Writes to the given writers (tests).</summary>
        internal BtccLiveSessionApp(TextWriter output, TextWriter error)
        {
            _output = output;
            _error = error;
        }

        /// <inheritdoc />
        public string Name => "BTCCLiveSession";

        /// <inheritdoc />
        public string Description => "Live trading session: connect, reconcile, stream quotes, trade a sample strategy (embedded simulator unless BTCC credentials are configured)";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Value("duration-s", "how long the session trades (default 20)"),
            ToolBoxOptions.List("tickers", "tickers quoted and traded (default BTCUSDT)"),
            ToolBoxOptions.Value("quantity", "order size (default the instrument's minimum volume)"),
            ToolBoxOptions.Flag("verbose", "LEAN's log on standard error"),
            ToolBoxOptions.Value("dialect", "the embedded simulator's quote dialect: live or doc")
        };

        /// <inheritdoc />
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var settings = LiveSessionOptions.Parse(options);
            var output = _output ?? Console.Out;
            var error = _error ?? Console.Error;
            var previousLog = Log.LogHandler;
            Log.LogHandler = settings.Verbose ? new StandardErrorLogHandler(debug: Log.DebuggingEnabled) : new ErrorsOnlyLogHandler(error);
            try
            {
                await using var endpoint = await LiveSessionEndpoint.ResolveAsync(options, cancellationToken).ConfigureAwait(false);
                var console = new LiveSessionConsole(output, settings.Verbose);
                // the first line says where orders go
                console.Plain(endpoint.Description);
                if (endpoint.Simulator is { } simulator)
                {
                    var dialect = simulator.Options.QuoteDialect.ToString().ToLowerInvariant();
                    console.Plain($"Its quote websocket ({simulator.WebSocketUrl}) speaks the {dialect} quote dialect (--dialect=live|doc).");
                    console.Plain($"Watch it and flip its faults in the console: {simulator.ConsoleUrl}");
                }
                console.Section("BTCC live session");
                var session = new LiveTradingSession(endpoint, settings, console);
                var exitCode = await session.RunAsync(cancellationToken).ConfigureAwait(false);
                console.Notice($"session ended (exit code {exitCode})");
                return exitCode;
            }
            finally
            {
                Log.LogHandler = previousLog;
            }
        }
    }
}
