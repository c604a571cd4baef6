using NodaTime;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// BTCC's live quotes as LEAN ticks, over several quote websockets:
    /// <list type="bullet">
    /// <item>one main socket subscribed to every wanted SecID: its <c>tickinfo</c> gives quotes without sizes and
    /// its <c>dealticksnap</c> gives trades;</item>
    /// <item>one depth socket per quote-subscribed symbol (BTCC allows one <c>deep</c> symbol per socket), up to
    /// <see cref="BtccQuoteFeedOptions.MaxDepthSockets"/>, in subscription order: its <c>tickinfo_deep</c> gives
    /// that symbol's quotes with level-0 sizes. While a symbol's depth socket is up, the main socket's
    /// <c>tickinfo</c> for it is ignored; while it is down, the main socket's quotes stand in.</item>
    /// </list>
    /// BTCC has no unsubscribe message: the client re-sends ReqSubcri with the remaining set, and ticks of SecIDs
    /// no longer wanted are dropped here as well. Trades and quotes repeated by reconnects are de-duplicated; a
    /// socket silent for longer than <see cref="BtccQuoteFeedOptions.SilenceTimeout"/> is reported (one Warning
    /// per silent episode) and replaced. Connection losses become Disconnect/Reconnect messages in pairs: Disconnect
    /// when the first socket goes down, Reconnect when all are back.
    /// </summary>
    public sealed partial class BtccQuoteFeed : IDisposable
    {
        private const string Source = "BtccQuoteFeed";
        private static readonly TimeSpan MaxConnectRetryDelay = TimeSpan.FromMinutes(1);

        private readonly BtccQuoteFeedOptions _options;
        private readonly Func<BtccQuoteWebSocketClient> _clientFactory;
        private readonly Action<Tick> _emit;
        private readonly Action<BrokerageMessageEvent> _message;
        private readonly TimeProvider _time;
        private readonly object _gate = new();
        private readonly Dictionary<long, FeedSymbol> _symbols = new();
        private readonly List<FeedSocket> _depthSockets = new();
        private readonly BtccTradeDeduplicator _trades;
        private readonly BtccQuoteDeduplicator _quotes = new();
        private readonly CancellationTokenSource _stopping = new();
        private readonly Task _watchdog;
        private FeedSocket? _main;
        private int _downSockets;
        private long _subscriptionOrder;
        private long _silentSocketsReplaced;
        private bool _disposed;
        private bool _endpointFailureReported;

        /// <summary>Creates the feed; sockets open on the first subscription (or kline request).</summary>
        /// <param name="options">Depth budget, watchdog and de-duplication settings.</param>
        /// <param name="clientFactory">Creates a quote websocket client (logged in as the REST session's account).</param>
        /// <param name="emit">Receives every tick (called from socket threads, never under the feed's lock).</param>
        /// <param name="message">Receives Disconnect/Reconnect, watchdog Warnings and login Errors.</param>
        /// <param name="timeProvider">Clock of the watchdog.</param>
        public BtccQuoteFeed(BtccQuoteFeedOptions options, Func<BtccQuoteWebSocketClient> clientFactory, Action<Tick> emit,
            Action<BrokerageMessageEvent> message, TimeProvider? timeProvider = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _clientFactory = clientFactory ?? throw new ArgumentNullException(nameof(clientFactory));
            _emit = emit ?? throw new ArgumentNullException(nameof(emit));
            _message = message ?? throw new ArgumentNullException(nameof(message));
            _time = timeProvider ?? TimeProvider.System;
            _trades = new BtccTradeDeduplicator(options.TradeDedupeWindow);
            _watchdog = Task.Run(WatchdogLoopAsync);
        }

        /// <summary>Whether the main socket is logged in (depth sockets aside).</summary>
        public bool IsConnected
        {
            get { lock (_gate) return _main is { Connected: true, Down: false } && _main.Client.IsConnected; }
        }

        /// <summary>How many sockets are open or opening (main plus depth).</summary>
        public int SocketCount
        {
            get { lock (_gate) return (_main == null ? 0 : 1) + _depthSockets.Count; }
        }

        /// <summary>How many sockets the watchdog replaced because they went silent.</summary>
        public long SilentSocketsReplaced => Interlocked.Read(ref _silentSocketsReplaced);

        /// <summary>The SecIDs that currently have a depth socket.</summary>
        public IReadOnlyCollection<long> DepthSecIds
        {
            get { lock (_gate) return _depthSockets.Select(s => s.DepthSecId!.Value).ToArray(); }
        }

        /// <summary>Starts delivering <paramref name="tickType"/> ticks (Trade or Quote) of a symbol.</summary>
        /// <param name="symbol">LEAN symbol put on the ticks.</param>
        /// <param name="secId">Its quote-feed SecID (symbollist <c>code_id</c>).</param>
        /// <param name="exchangeTimeZone">Time zone of the ticks' times.</param>
        /// <param name="tickType">Trade or Quote; anything else is refused.</param>
        /// <returns>False when the tick type is not served or the feed is disposed.</returns>
        public bool Subscribe(Symbol symbol, long secId, DateTimeZone exchangeTimeZone, TickType tickType)
        {
            if (tickType is not (TickType.Trade or TickType.Quote))
            {
                return false;
            }
            FeedSocket main;
            FeedSocket? depth = null;
            bool newOnMain;
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }
                if (!_symbols.TryGetValue(secId, out var wanted))
                {
                    wanted = new FeedSymbol(symbol, secId, exchangeTimeZone, ++_subscriptionOrder);
                    _symbols[secId] = wanted;
                }
                wanted.TimeZone = exchangeTimeZone;
                newOnMain = !wanted.Wanted;
                if (tickType == TickType.Quote)
                {
                    wanted.Quotes = true;
                }
                else
                {
                    wanted.Trades = true;
                }
                main = EnsureMainLocked(out var created);
                if (newOnMain && !created && _symbols.Values.Count(s => s.Wanted) == 1)
                {
                    main.LastDataTicks = NowTicks; // silence counts from the first subscription, not from the connect
                }
                newOnMain &= !created; // a new main socket subscribes the wanted set itself
                if (newOnMain)
                {
                    // ReqSubcri carries the whole set, and BTCC restates every subscribed book: not news
                    _quotes.MarkResync(_symbols.Keys.Where(id => id != secId).ToArray());
                }
                if (tickType == TickType.Quote && wanted.Depth == null && _depthSockets.Count < _options.MaxDepthSockets)
                {
                    depth = CreateDepthSocketLocked(wanted);
                }
            }
            if (newOnMain)
            {
                Observe(main.Client.SubscribeAsync(new[] { secId }), "Subscribe");
            }
            BtccLog.Trace($"{Source}.Subscribe()", $"{symbol.Value} {tickType} (SecID {secId}){(depth != null ? ", with its own depth socket" : string.Empty)}");
            return true;
        }

        /// <summary>Stops delivering <paramref name="tickType"/> ticks of a symbol.</summary>
        /// <returns>True (unknown subscriptions are already gone).</returns>
        public bool Unsubscribe(Symbol symbol, TickType tickType)
        {
            FeedSocket? main;
            FeedSocket? retired = null;
            long? removedSecId = null;
            BrokerageMessageEvent? reconnect = null;
            lock (_gate)
            {
                var wanted = _symbols.Values.FirstOrDefault(s => s.Symbol == symbol);
                if (wanted == null)
                {
                    return true;
                }
                if (tickType == TickType.Quote)
                {
                    wanted.Quotes = false;
                    if (wanted.Depth != null)
                    {
                        retired = wanted.Depth;
                        _depthSockets.Remove(retired);
                        wanted.Depth = null;
                        reconnect = RetireLocked(retired);
                        // hand the freed depth slot to the oldest quote subscription without one
                        var next = _symbols.Values.Where(s => s.Quotes && s.Depth == null).OrderBy(s => s.Order).FirstOrDefault();
                        if (next != null && _depthSockets.Count < _options.MaxDepthSockets)
                        {
                            CreateDepthSocketLocked(next);
                        }
                    }
                }
                else if (tickType == TickType.Trade)
                {
                    wanted.Trades = false;
                }
                if (!wanted.Wanted)
                {
                    _symbols.Remove(wanted.SecId);
                    _trades.Forget(wanted.SecId);
                    _quotes.Forget(wanted.SecId);
                    removedSecId = wanted.SecId;
                    // the narrowed ReqSubcri makes BTCC restate the remaining books: not news
                    _quotes.MarkResync(_symbols.Keys.ToArray());
                }
                main = _main;
            }
            if (removedSecId.HasValue && main != null)
            {
                Observe(main.Client.UnsubscribeAsync(new[] { removedSecId.Value }), "Unsubscribe");
            }
            if (retired != null)
            {
                Close(retired);
            }
            Raise(reconnect);
            BtccLog.Trace($"{Source}.Unsubscribe()", $"{symbol.Value} {tickType}{(removedSecId.HasValue ? $", SecID {removedSecId} left the feed" : string.Empty)}");
            return true;
        }

        /// <summary>
        /// The main socket as a kline source, once it is logged in (it opens the socket if needed).
        /// </summary>
        /// <exception cref="TimeoutException">The socket did not log in within <paramref name="timeout"/>.</exception>
        public async Task<IBtccKlineSource> GetKlineSourceAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
        {
            var deadline = _time.GetUtcNow() + timeout;
            while (true)
            {
                FeedSocket main;
                lock (_gate)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    main = EnsureMainLocked(out _);
                }
                if (main.Client.IsConnected)
                {
                    return main.Client;
                }
                if (_time.GetUtcNow() > deadline)
                {
                    throw new TimeoutException($"the BTCC quote websocket did not connect within {timeout.TotalSeconds:0} s");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Closes every socket and stops the watchdog.</summary>
        public void Dispose()
        {
            List<FeedSocket> sockets;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }
                _disposed = true;
                sockets = _depthSockets.ToList();
                if (_main != null)
                {
                    sockets.Add(_main);
                }
                foreach (var socket in sockets)
                {
                    socket.Retired = true;
                }
                _depthSockets.Clear();
                _main = null;
                _downSockets = 0;
            }
            _stopping.Cancel();
            var closing = sockets.Select(s => s.Client.DisposeAsync().AsTask()).Append(_watchdog).ToArray();
            try
            {
                Task.WaitAll(closing, TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // closing is best effort; every socket was told to stop
            }
            BtccLog.Trace($"{Source}.Dispose()", $"{sockets.Count} quote socket(s) closed");
        }

        private long NowTicks => _time.GetUtcNow().UtcTicks;

        private FeedSocket EnsureMainLocked(out bool created)
        {
            created = _main == null;
            _main ??= CreateSocketLocked(null);
            return _main;
        }

        private FeedSocket CreateDepthSocketLocked(FeedSymbol wanted)
        {
            var socket = CreateSocketLocked(wanted.SecId);
            wanted.Depth = socket;
            _depthSockets.Add(socket);
            return socket;
        }

        /// <summary>A new socket with its subscriptions recorded (they are sent once it is logged in), connecting in the background.</summary>
        private FeedSocket CreateSocketLocked(long? depthSecId)
        {
            var socket = new FeedSocket(_clientFactory(), depthSecId) { LastDataTicks = NowTicks };
            var client = socket.Client;
            client.TickReceived += tick => OnTickInfo(socket, tick);
            client.DepthReceived += depth => OnDepth(socket, depth);
            client.DealReceived += deal => OnDeal(socket, deal);
            client.Disconnected += (_, reason) => OnSocketDown(socket, reason);
            client.Reconnected += (_, _) => OnSocketUp(socket);
            client.LoginFailed += (_, error) => OnLoginFailed(socket, error);
            client.Error += (_, error) =>
            {
                if (error is BtccQuoteEndpointException endpoint) OnEndpointFailed(endpoint);
            };
            // not connected yet: these only record the wanted set, sent after the login
            if (depthSecId.HasValue)
            {
                Observe(client.SetDepthAsync(depthSecId.Value), "SetDepth");
            }
            else
            {
                Observe(client.SubscribeAsync(_symbols.Values.Where(s => s.Wanted).Select(s => s.SecId).ToArray()), "Subscribe");
            }
            _ = Task.Run(() => ConnectLoopAsync(socket));
            return socket;
        }

        private void Close(FeedSocket socket)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await socket.Client.DisposeAsync().ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    BtccLog.Trace($"{Source}.Close()", $"closing a quote socket failed: {error.GetType().Name}");
                }
            });
        }

        private void Raise(BrokerageMessageEvent? message)
        {
            if (message == null)
            {
                return;
            }
            try
            {
                _message(message);
            }
            catch (Exception error)
            {
                BtccLog.Error($"{Source}.Raise()", $"message handler failed: {error.GetType().Name}: {error.Message}");
            }
        }

        private void Emit(Tick? tick)
        {
            if (tick == null)
            {
                return;
            }
            try
            {
                _emit(tick);
            }
            catch (Exception error)
            {
                BtccLog.Error($"{Source}.Emit()", $"tick handler failed: {error.GetType().Name}: {error.Message}");
            }
        }

        private static void Observe(Task task, string what)
        {
            if (task.IsCompletedSuccessfully)
            {
                return;
            }
            task.ContinueWith(t => BtccLog.Trace($"{Source}.{what}()", $"failed: {t.Exception?.GetBaseException().Message}"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        /// <summary>A symbol the feed serves and what is wanted of it.</summary>
        private sealed class FeedSymbol(Symbol symbol, long secId, DateTimeZone timeZone, long order)
        {
            public Symbol Symbol { get; } = symbol;
            public long SecId { get; } = secId;
            public long Order { get; } = order;
            public DateTimeZone TimeZone { get; set; } = timeZone;
            public bool Quotes { get; set; }
            public bool Trades { get; set; }
            public FeedSocket? Depth { get; set; }
            public bool Wanted => Quotes || Trades;
        }

        /// <summary>One quote websocket and the feed's view of it (guarded by the feed's lock).</summary>
        private sealed class FeedSocket(BtccQuoteWebSocketClient client, long? depthSecId)
        {
            public BtccQuoteWebSocketClient Client { get; } = client;
            public long? DepthSecId { get; } = depthSecId;
            public long LastDataTicks { get; set; }
            public bool Connected { get; set; }
            public bool Down { get; set; }
            public bool Retired { get; set; }
            public bool Silent { get; set; }
            public bool LoginFailureReported { get; set; }
            public string Name => DepthSecId.HasValue ? $"depth socket of SecID {DepthSecId}" : "main quote socket";
        }
    }
}
