/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
using QuantConnect.Brokerages.Btcc.Simulator.Quotes;
using QuantConnect.Brokerages.Btcc.Simulator.Rest;
using QuantConnect.Brokerages.Btcc.Simulator.WebConsole;

namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>
    /// A local BTCC exchange: BTCC's REST API and quote websocket on two loopback ports, backed by a seeded
    /// matching engine, and a web console on a third. BTCC has no testnet, so integration tests, demos and benchmarks run against this.
    /// The control members let tests move prices, inject faults and act on the exchange behind the client's back.
    /// </summary>
    public sealed class BtccSimulator : IAsyncDisposable
    {
        private readonly ExchangeEngine _engine;
        private readonly SessionStore _sessions;
        private readonly QuoteHub _hub;
        private readonly CancellationTokenSource _stopping = new();
        private WebApplication? _rest, _quotes, _console;
        private Task _priceLoop = Task.CompletedTask;

        private BtccSimulator(BtccSimulatorOptions options)
        {
            Options = options;
            _engine = new ExchangeEngine(options);
            _sessions = new SessionStore(options);
            _hub = new QuoteHub(options, _engine, KlineRequests);
        }

        /// <summary>Starts a simulator; dispose it to stop.</summary>
        public static async Task<BtccSimulator> StartAsync(BtccSimulatorOptions? options = null, CancellationToken cancellationToken = default)
        {
            var simulator = new BtccSimulator(options ?? new BtccSimulatorOptions());
            try
            {
                await simulator.StartServersAsync(cancellationToken);
                return simulator;
            }
            catch
            {
                await simulator.DisposeAsync();
                throw;
            }
        }

        /// <summary>The options it runs with.</summary>
        public BtccSimulatorOptions Options { get; }

        /// <summary>Fault knobs (same object as <see cref="BtccSimulatorOptions.Faults"/>).</summary>
        public BtccSimulatorFaults Faults => Options.Faults;

        /// <summary>REST base address, http://127.0.0.1:port.</summary>
        public Uri RestUrl { get; private set; } = null!;

        /// <summary>The path BTCC's live quote servers upgrade at.</summary>
        public const string LiveQuotePath = "/quot/reqloginNew";

        /// <summary>Quote websocket address: ws://127.0.0.1:port/quot/reqloginNew live, ws://127.0.0.1:port/ in the doc dialect.</summary>
        public Uri WebSocketUrl { get; private set; } = null!;

        /// <summary>The web console, http://127.0.0.1:port/console: the exchange's state, the request log and every fault knob.</summary>
        public Uri ConsoleUrl { get; private set; } = null!;

        /// <summary>The symbollist instruments.</summary>
        public IReadOnlyList<SimulatedInstrument> Instruments => _engine.Instruments;

        /// <summary>REST request counters.</summary>
        public SimulatorRequestLog Requests { get; } = new();

        /// <summary>What each REST request ended in, per endpoint (the console's request log).</summary>
        public RequestTraffic Traffic { get; } = new();

        /// <summary>Quote-websocket ReqKline counters.</summary>
        public SimulatorKlineRequestLog KlineRequests { get; } = new();

        /// <summary>
        /// The SecID a ticker is quoted under on the quote websocket: its symbollist code_id in the doc dialect, a
        /// dictionary SecID unrelated to it in the live one.
        /// </summary>
        public long QuoteSecId(string ticker) => _hub.Products.SecIdOf(_engine.InstrumentByTicker(ticker));

        /// <summary>Current bid and ask of a ticker such as BTCUSDT (all leverage paths share it).</summary>
        public (decimal Bid, decimal Ask) GetQuote(string ticker) => _engine.GetQuote(ticker);

        /// <summary>Moves a ticker's mid to <paramref name="price"/>, runs triggers and pushes quotes at once.</summary>
        public void SetPrice(string ticker, decimal price) => _hub.Publish([_engine.SetPrice(ticker, price)]);

        /// <summary>Advances every price path <paramref name="steps"/> times (triggers and pushes each time).</summary>
        public void StepPrices(int steps = 1)
        {
            for (var i = 0; i < steps; i++) _hub.Publish(_engine.StepPrices());
        }

        /// <summary>Every issued token answers 207 from now on.</summary>
        public void ExpireTokens() => _sessions.ExpireAll();

        /// <summary>Aborts every quote socket.</summary>
        public void DropWebSockets() => _hub.DropAll();

        /// <summary>The true exchange state.</summary>
        public SimulatorSnapshot Snapshot() => _engine.Snapshot();

        /// <summary>Places a pending open order (type 1 limit or 2 stop) as if from another terminal; returns its id.</summary>
        public long PlaceExternalPendingOrder(string ticker, int direction, int type, decimal volume, decimal price)
        {
            if (type is not (PendingType.LimitOpen or PendingType.StopOpen))
            {
                throw new ArgumentOutOfRangeException(nameof(type), type, "external pending orders are limit (1) or stop (2) opens");
            }
            var instrument = _engine.InstrumentByTicker(ticker);
            return _engine.OpenPending(instrument.Path, direction, type, volume, price, 0, 0, instrument.Leverage, 0).Id;
        }

        /// <summary>Opens a market position as if from another terminal; returns its id.</summary>
        public long OpenExternalPosition(string ticker, int direction, decimal volume)
        {
            var instrument = _engine.InstrumentByTicker(ticker);
            return _engine.OpenPosition(instrument.Path, direction, volume, instrument.Leverage, 0, 0, 0, 0).Id;
        }

        /// <summary>Closes all (or <paramref name="volume"/>) of a ticket at market as if from another terminal.</summary>
        public void ClosePositionExternally(long positionId, decimal? volume = null)
        {
            var position = Snapshot().Positions.FirstOrDefault(p => p.Id == positionId)
                ?? throw new SimulatorException(SimulatorErrorCodes.PositionNotFound, "position not found");
            var closingSide = position.Direction == 1 ? 2 : 1;
            _engine.ClosePosition(positionId, position.Instrument.Path, Options.CloseDirectionIsClosingSide ? closingSide : position.Direction,
                volume ?? position.Volume);
        }

        /// <summary>Cancels a pending order as if from another terminal.</summary>
        public void CancelPendingExternally(long orderId) => _engine.CancelPending(orderId);

        /// <summary>Force-closes a position at market (deal order_type 7).</summary>
        public void Liquidate(long positionId) => _engine.Liquidate(positionId);

        /// <summary>Charges (long, positive rate) or credits funding on every open position.</summary>
        public void ApplyFunding(decimal rate) => _engine.ApplyFunding(rate);

        /// <summary>Daily settlement: today's deals leave dealTodayList (they stay in getTradeReport).</summary>
        public void Settle() => _engine.Settle();

        /// <summary>Open quote sockets.</summary>
        internal int QuoteSocketCount => _hub.SessionCount;

        /// <summary>The exchange itself (the console reads floating profit and margin level from it).</summary>
        internal ExchangeEngine Engine => _engine;

        /// <summary>Stops the listeners and the price clock.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_stopping.IsCancellationRequested) return;
            await _stopping.CancelAsync();
            await _priceLoop.ContinueWith(_ => { }, TaskScheduler.Default);
            _hub.DropAll();
            foreach (var app in new[] { _console, _quotes, _rest })
            {
                if (app is null) continue;
                try
                {
                    await app.StopAsync(CancellationToken.None);
                }
                finally
                {
                    await app.DisposeAsync();
                }
            }
            _stopping.Dispose();
        }

        private async Task StartServersAsync(CancellationToken cancellationToken)
        {
            _rest = SimulatorServer.Create(Options.Port);
            var injector = new FaultInjector(Faults, Requests, _engine.SettleIfDue, Options.Seed, _stopping.Token);
            _rest.Use(new TrafficRecorder(Traffic).InvokeAsync);
            _rest.Use(injector.InvokeAsync);
            var context = new RestContext(Options, _engine, _sessions);
            SessionEndpoints.Map(_rest, context);
            ConfigEndpoints.Map(_rest, context);
            AccountEndpoints.Map(_rest, context);
            TradingEndpoints.Map(_rest, context);
            ListEndpoints.Map(_rest, context);
            HistoryEndpoints.Map(_rest, context);
            await _rest.StartAsync(cancellationToken);
            RestUrl = SimulatorServer.BoundAddress(_rest, "http");

            _quotes = SimulatorServer.Create(Options.WebSocketPort);
            var live = Options.QuoteDialect == BtccQuoteDialect.Live;
            // live, the server pings every 10 s; the PDF says nothing of it
            _quotes.UseWebSockets(new WebSocketOptions { KeepAliveInterval = live ? TimeSpan.FromSeconds(10) : TimeSpan.Zero });
            var quotePath = live ? LiveQuotePath : "/";
            _quotes.Run(async http =>
            {
                if (!string.Equals(http.Request.Path.Value ?? "/", quotePath, StringComparison.Ordinal))
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound; // live: the PDF's root path answers 404
                    return;
                }
                if (!http.WebSockets.IsWebSocketRequest)
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
                using var socket = await http.WebSockets.AcceptWebSocketAsync();
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
                await _hub.ServeAsync(socket, stop.Token);
            });
            await _quotes.StartAsync(cancellationToken);
            WebSocketUrl = new UriBuilder(SimulatorServer.BoundAddress(_quotes, "ws")) { Path = live ? LiveQuotePath : "/" }.Uri;

            _console = await ConsoleHost.StartAsync(this, Options.ConsolePort, _stopping.Token, cancellationToken);
            ConsoleUrl = new UriBuilder(SimulatorServer.BoundAddress(_console, "http")) { Path = ConsoleHost.Path }.Uri;

            if (Options.PriceInterval > TimeSpan.Zero)
            {
                _priceLoop = RunPriceClockAsync(Options.PriceInterval, _stopping.Token);
            }
        }

        private async Task RunPriceClockAsync(TimeSpan interval, CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    StepPrices();
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed.
            }
        }
    }
}
