/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// BTCC's live quotes as LEAN ticks, over several quote websockets:
    /// <list type="bullet">
    /// <item>one main socket subscribed to every wanted SecID: its <c>tickinfo</c> gives quotes without sizes and,
    /// through <see cref="BtccTickTrades"/>, trades; its <c>dealticksnap</c> gives trades where BTCC streams them;</item>
    /// <item>one depth socket per quote-subscribed symbol (BTCC allows one <c>deep</c> symbol per socket), up to
    /// <see cref="BtccQuoteFeedOptions.MaxDepthSockets"/>, in subscription order: its <c>tickinfo_deep</c> gives
    /// that symbol's quotes with level-0 sizes. While a symbol's depth socket is up, the main socket's
    /// <c>tickinfo</c> quotes for it are ignored; while it is down, the main socket's quotes stand in.</item>
    /// </list>
    /// Symbols are routed to SecIDs by <see cref="BtccQuoteRoutes"/> from the main socket's login dictionary;
    /// a subscribed symbol without a route gets one Warning naming it. BTCC has no unsubscribe message: the client
    /// re-sends ReqSubcri with the remaining set, and ticks of SecIDs no longer wanted are dropped here as well.
    /// Trades and quotes repeated by reconnects are de-duplicated; a socket silent for longer than
    /// <see cref="BtccQuoteFeedOptions.SilenceTimeout"/> is reported (one Warning per silent episode) and replaced.
    /// Connection losses become Disconnect/Reconnect messages in pairs: Disconnect when the first socket goes
    /// down, Reconnect when all are back.
    /// </summary>
    public sealed partial class BtccQuoteFeed : IDisposable
    {
        private const string Source = "BtccQuoteFeed";
        private static readonly TimeSpan MaxConnectRetryDelay = TimeSpan.FromMinutes(1);

        private readonly BtccQuoteFeedOptions _options;
        private readonly Func<BtccQuoteWebSocketClient> _clientFactory;
        private readonly Func<IReadOnlyCollection<BtccQuoteProduct>, BtccQuoteRoutes> _routeBuilder;
        private readonly Action<Tick> _emit;
        private readonly Action<BrokerageMessageEvent> _message;
        private readonly TimeProvider _time;
        private readonly object _gate = new();
        private readonly Dictionary<Symbol, FeedSymbol> _wanted = new();
        private readonly Dictionary<long, FeedSymbol> _symbols = new();
        private readonly List<FeedSocket> _depthSockets = new();
        private readonly BtccTradeDeduplicator _trades;
        private readonly BtccQuoteDeduplicator _quotes = new();
        private readonly BtccTickTrades _tickTrades = new();
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
        /// <param name="routeBuilder">Routes the account's instruments through a login's quote dictionary.</param>
        /// <param name="emit">Receives every tick (called from socket threads, never under the feed's lock).</param>
        /// <param name="message">Receives Disconnect/Reconnect, watchdog and routing Warnings and login Errors.</param>
        /// <param name="timeProvider">Clock of the watchdog.</param>
        public BtccQuoteFeed(BtccQuoteFeedOptions options, Func<BtccQuoteWebSocketClient> clientFactory,
            Func<IReadOnlyCollection<BtccQuoteProduct>, BtccQuoteRoutes> routeBuilder, Action<Tick> emit,
            Action<BrokerageMessageEvent> message, TimeProvider? timeProvider = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _clientFactory = clientFactory ?? throw new ArgumentNullException(nameof(clientFactory));
            _routeBuilder = routeBuilder ?? throw new ArgumentNullException(nameof(routeBuilder));
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

        /// <summary>The SecID each routed subscription is served under.</summary>
        public IReadOnlyDictionary<Symbol, long> SecIds
        {
            get { lock (_gate) return _symbols.Values.ToDictionary(s => s.Symbol, s => s.SecId); }
        }

        /// <summary>
        /// Starts delivering <paramref name="tickType"/> ticks (Trade or Quote) of a symbol. Its SecID is found once
        /// the main socket has logged in and received BTCC's dictionary; a symbol without one gets a Warning.
        /// </summary>
        /// <param name="symbol">LEAN symbol put on the ticks; its ticker is looked up in the routes.</param>
        /// <param name="exchangeTimeZone">Time zone of the ticks' times.</param>
        /// <param name="tickType">Trade or Quote; anything else is refused.</param>
        /// <returns>False when the tick type is not served or the feed is disposed.</returns>
        public bool Subscribe(Symbol symbol, DateTimeZone exchangeTimeZone, TickType tickType)
        {
            if (tickType is not (TickType.Trade or TickType.Quote))
            {
                return false;
            }
            var work = new FeedWork();
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }
                if (!_wanted.TryGetValue(symbol, out var wanted))
                {
                    wanted = new FeedSymbol(symbol, exchangeTimeZone, ++_subscriptionOrder);
                    _wanted[symbol] = wanted;
                }
                wanted.TimeZone = exchangeTimeZone;
                if (tickType == TickType.Quote)
                {
                    wanted.Quotes = true;
                }
                else
                {
                    wanted.Trades = true;
                }
                EnsureMainLocked(out _);
                if (wanted.SecId == 0)
                {
                    RouteLocked(wanted, work); // before the main login: routed when it comes
                }
                else
                {
                    EnsureDepthLocked(wanted);
                }
                work.Log("Subscribe", $"{symbol.Value} {tickType}" + (wanted.SecId != 0 ? $" (SecID {wanted.SecId})" : ", SecID pending"));
            }
            work.Run(this);
            return true;
        }

        /// <summary>Stops delivering <paramref name="tickType"/> ticks of a symbol.</summary>
        /// <returns>True (unknown subscriptions are already gone).</returns>
        public bool Unsubscribe(Symbol symbol, TickType tickType)
        {
            var work = new FeedWork();
            lock (_gate)
            {
                if (!_wanted.TryGetValue(symbol, out var wanted))
                {
                    return true;
                }
                if (tickType == TickType.Quote)
                {
                    wanted.Quotes = false;
                    if (wanted.Depth != null)
                    {
                        RetireDepthLocked(wanted, work);
                        // hand the freed depth slot to the oldest quote subscription without one
                        var next = _symbols.Values.Where(s => s.Quotes && s.Depth == null).OrderBy(s => s.Order).FirstOrDefault();
                        if (next != null)
                        {
                            EnsureDepthLocked(next);
                        }
                    }
                }
                else if (tickType == TickType.Trade)
                {
                    wanted.Trades = false;
                }
                var left = string.Empty;
                if (!wanted.Wanted)
                {
                    _wanted.Remove(symbol);
                    if (wanted.SecId != 0)
                    {
                        left = $", SecID {wanted.SecId} left the feed";
                        DeactivateLocked(wanted, work);
                    }
                }
                work.Log("Unsubscribe", $"{symbol.Value} {tickType}{left}");
            }
            work.Run(this);
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

        /// <summary>
        /// The SecID a symbol's klines and ticks come under, once the main socket has logged in
        /// (<see cref="GetKlineSourceAsync"/> waits for that); otherwise false with the reason.
        /// </summary>
        public bool TryGetSecId(Symbol symbol, out long secId, out string reason)
        {
            var work = new FeedWork();
            bool found;
            lock (_gate)
            {
                found = TryRouteLocked(symbol, work, out secId, out reason);
            }
            work.Run(this);
            return found;
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
            BtccLog.Trace(Source, "Dispose", $"{sockets.Count} quote socket(s) closed");
        }

    }
}
