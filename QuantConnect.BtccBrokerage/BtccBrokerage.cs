/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Data;
using QuantConnect.Interfaces;
using QuantConnect.Packets;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// LEAN brokerage for BTCC's USDT-margined perpetual futures. One class split by concern:
    /// this file holds the session and readiness, <c>.Orders</c> the order requests, <c>.Account</c>
    /// reconciliation, <c>.Execution</c> the wiring of the fill engine (<c>Execution/</c>) to LEAN's events,
    /// <c>.DataQueueHandler</c> and <c>.History</c> the market data.
    /// </summary>
    [BrokerageFactory(typeof(BtccBrokerageFactory))]
    public partial class BtccBrokerage : Brokerage, IDataQueueHandler
    {
        /// <summary>The brokerage's name (<see cref="Brokerage.Name"/>).</summary>
        public const string BrokerageName = "BtccBrokerage";

        /// <summary>The currency BTCC accounts, margins and fees are in.</summary>
        public const string AccountCurrency = "USDT";

        private readonly object _sessionLock = new();
        private readonly BtccReadiness _readiness = new();
        private BtccBrokerageSettings? _settings;
        private IAlgorithm? _algorithm;
        private IOrderProvider? _orderProvider;
        private IDataAggregator? _aggregator;
        private LiveNodePacket? _job;
        private BtccRestApiClient? _restClient;
        private BtccSymbolMapper? _symbolMapper;
        private readonly BtccInstrumentCatalog _catalog;
        private volatile bool _sessionStarted;
        private volatile bool _connected;
        private bool _disposed;

        /// <summary>The settings this brokerage runs with (null until <see cref="SetJob"/> for the parameterless constructor).</summary>
        internal BtccBrokerageSettings? Settings => _settings;

        /// <summary>
        /// Parameterless constructor for LEAN's composer, used when LEAN takes this class only as its data
        /// queue handler; <see cref="SetJob"/> then supplies the settings.
        /// </summary>
        public BtccBrokerage() : base(BrokerageName)
        {
            AccountBaseCurrency = AccountCurrency;
            _catalog = new BtccInstrumentCatalog();
        }

        /// <summary>Creates the brokerage; nothing is sent to BTCC before <see cref="Connect"/>.</summary>
        /// <param name="settings">Endpoints, credentials, leverage and polling settings.</param>
        /// <param name="algorithm">The algorithm, or null when used without one.</param>
        /// <param name="orderProvider">LEAN's orders, to find orders by BTCC id (e.g. after a restart); may be null.</param>
        /// <param name="aggregator">Data aggregator for the data queue handler; may be null.</param>
        /// <param name="job">The live job packet; may be null.</param>
        /// <param name="catalog">
        /// Where this brokerage keeps the instruments it loads, for the brokerage model LEAN uses beside it to read; a
        /// new one when null. Each brokerage has its own: two brokerages never overwrite each other's instruments.
        /// </param>
        public BtccBrokerage(BtccBrokerageSettings settings, IAlgorithm? algorithm, IOrderProvider? orderProvider, IDataAggregator? aggregator, LiveNodePacket? job,
            BtccInstrumentCatalog? catalog = null)
            : base(BrokerageName)
        {
            ArgumentNullException.ThrowIfNull(settings);
            AccountBaseCurrency = AccountCurrency;
            _settings = settings;
            _algorithm = algorithm;
            _orderProvider = orderProvider;
            _aggregator = aggregator;
            _job = job;
            _catalog = catalog ?? new BtccInstrumentCatalog();
        }

        /// <summary>
        /// As a brokerage: true while the trading session is logged in, all four parts (user, trade, position,
        /// instrument) are ready and the fill poller is healthy. Used by LEAN only as data queue handler
        /// (<see cref="SetJob"/>, no <see cref="Connect"/>): true while the quote feed is connected.
        /// </summary>
        public override bool IsConnected => _connected ? IsTradingConnected : QuoteFeed?.IsConnected == true;

        /// <summary>Whether orders can be sent: the trading session and its four parts are up.</summary>
        private bool IsTradingConnected => _connected && _restClient?.Session != null && _readiness.AllReady && IsPollerHealthy;

        /// <summary>Which of the four parts are ready (user, trade, position, instrument).</summary>
        public BtccReadiness Readiness => _readiness;

        /// <summary>Instrument rules by LEAN ticker, filled from BTCC's symbol list at connect.</summary>
        public BtccInstrumentCatalog InstrumentCatalog => _catalog;

        /// <summary>The symbol mapper, available once the session started.</summary>
        public BtccSymbolMapper? SymbolMapper => _symbolMapper;

        /// <summary>
        /// Logs in (once), starts the trading-session heartbeat and loads BTCC's symbol list into the symbol
        /// mapper and the instrument catalog. Idempotent and thread-safe; used by Connect and the data queue handler.
        /// </summary>
        private void EnsureSession()
        {
            if (_sessionStarted)
            {
                return;
            }
            lock (_sessionLock)
            {
                if (_sessionStarted)
                {
                    return;
                }
                ObjectDisposedException.ThrowIf(_disposed, this);
                var settings = _settings ?? throw new InvalidOperationException("BtccBrokerage has no settings: use the full constructor or SetJob first.");
                BtccMarket.Register();
                if (_restClient == null)
                {
                    _restClient = CreateRestClient(settings);
                    // a renewed login ends a refusal reported by the poller; the next one is reported again
                    _restClient.LoggedIn += (_, _) => _engine?.LoginRenewed();
                }
                try
                {
                    var login = _restClient.LoginAsync().GetAwaiter().GetResult();
                    _lastBalance = login.Account.Balance;
                    _readiness.Set(BtccReadinessPart.User);
                }
                catch (BtccApiException error) when (error is not BtccAmbiguousResultException)
                {
                    // BTCC refused the credentials: nothing will work until the user fixes them
                    var fix = BtccLoginRefusal.Describe(error.Code, error.BtccMessage, settings.Api);
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Error, error.Code, fix));
                    throw new InvalidOperationException($"BtccBrokerage: {fix}", error);
                }
                _restClient.StartKeepAlive();
                LoadInstruments();
                _sessionStarted = true;
                OnSessionStarted();
            }
        }

        /// <summary>
        /// Loads BTCC's symbol list into the mapper, the instrument catalog and LEAN's symbol-properties
        /// database (the instrument part).
        /// </summary>
        private void LoadInstruments()
        {
            var instruments = _restClient!.GetSymbolListAsync().GetAwaiter().GetResult();
            if (_symbolMapper == null)
            {
                _symbolMapper = new BtccSymbolMapper(instruments, _settings!.Leverage);
            }
            else
            {
                _symbolMapper.Refresh(instruments);
            }
            var byTicker = new Dictionary<string, Api.Models.BtccSymbolInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var symbol in _symbolMapper.Symbols)
            {
                if (_symbolMapper.TryGetInstrument(symbol, out var instrument))
                {
                    byTicker[symbol.Value] = instrument;
                }
            }
            _catalog.Update(byTicker);
            // before LEAN creates securities (AddCryptoFuture, reconciled holdings and open orders)
            Symbols.BtccSymbolProperties.Register(_symbolMapper);
            _readiness.Set(BtccReadinessPart.Instrument);
            BtccLog.Trace("BtccBrokerage", "LoadInstruments", $"{byTicker.Count} tradable instruments loaded");
        }

        /// <summary>Creates the REST client (a seam for tests).</summary>
        private protected virtual BtccRestApiClient CreateRestClient(BtccBrokerageSettings settings) => new(settings.Api);

        /// <summary>Called once the session is logged in and instruments are loaded (data partial may start quote sockets).</summary>
        partial void OnSessionStarted();

        /// <summary>Called at the start of <see cref="Disconnect"/> (data partial may stop quote sockets).</summary>
        partial void OnDisconnecting();

        /// <summary>
        /// Connects: logs in, starts the heartbeat, loads instruments, the account, positions and open orders,
        /// then starts order processing and the fill poller once user, trade, position and instrument are all ready.
        /// </summary>
        /// <exception cref="InvalidOperationException">BTCC refused the credentials (an Error message is raised too).</exception>
        public override void Connect()
        {
            if (_connected)
            {
                return;
            }
            EnsureSession();
            LoadAccountState();
            if (!_readiness.AllReady)
            {
                throw new InvalidOperationException($"BtccBrokerage.Connect(): not ready ({_readiness})");
            }
            Engine.Start();
            _connected = true;
            BtccLog.Trace("BtccBrokerage", "Connect", $"connected, {_readiness}");
        }

        /// <summary>Stops the poller, the heartbeat and the sockets. Safe to call more than once.</summary>
        public override void Disconnect()
        {
            OnDisconnecting();
            _engine?.Stop();
            lock (_sessionLock)
            {
                _connected = false;
                if (_sessionStarted)
                {
                    _restClient?.StopKeepAliveAsync().GetAwaiter().GetResult();
                    _sessionStarted = false;
                }
                _readiness.Reset();
            }
            BtccLog.Trace("BtccBrokerage", "Disconnect", "disconnected");
        }

        /// <summary>Disconnects and releases the clients.</summary>
        public override void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            Disconnect();
            _disposed = true;
            _engine?.Dispose();
            _restClient?.Dispose();
            _restClient = null;
            GC.SuppressFinalize(this);
        }
    }
}
