/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// One quote-websocket connection: reads requests, writes replies and pushes through one outbound queue
    /// (a websocket allows one writer), and closes itself when the client stays silent too long. It speaks the
    /// hub's dialect only: live, a socket is cut (no close frame) 30.5 s after its last KeepLive, whatever else it
    /// sent; doc, 60 s after its last message, with a close frame.
    /// </summary>
    internal sealed class QuoteSession
    {
        private readonly WebSocket _socket;
        private readonly QuoteHub _hub;
        // each frame with when it may leave (QuoteLatency after it was written)
        private readonly Channel<(string Text, long DueTicks)> _outbox = Channel.CreateBounded<(string, long)>(new BoundedChannelOptions(4096) { FullMode = BoundedChannelFullMode.DropOldest });
        private readonly object _gate = new();
        private HashSet<long> _symbols = new();
        private long _deep;
        private int _subscriptions;
        private bool _closing;
        private long _lastHeardTicks = DateTimeOffset.UtcNow.UtcTicks;

        /// <summary>Wraps an accepted socket.</summary>
        public QuoteSession(WebSocket socket, QuoteHub hub)
        {
            _socket = socket;
            _hub = hub;
        }

        /// <summary>True once the login packet was accepted.</summary>
        public bool LoggedIn { get; private set; }

        /// <summary>Serves the connection until it closes.</summary>
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var writer = WriteLoopAsync(stop.Token);
            var watchdog = WatchdogAsync(stop.Token);
            try
            {
                await ReadLoopAsync(stop.Token);
            }
            catch (Exception)
            {
                // Any read failure (client gone, socket aborted, server stopping) ends the session.
            }
            finally
            {
                // Let queued replies (e.g. a failed login result) and the close frame go out before tearing down.
                _outbox.Writer.TryComplete();
                await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
                await stop.CancelAsync();
                await Task.WhenAll(writer, watchdog).ContinueWith(_ => { }, TaskScheduler.Default);
                _socket.Abort();
            }
        }

        /// <summary>Queues a message if the socket subscribed to <paramref name="update"/>'s SecID.</summary>
        public void Push(QuoteUpdate update)
        {
            var secId = _hub.Products.SecIdOf(update.Instrument);
            bool subscribed, deep;
            lock (_gate)
            {
                subscribed = _symbols.Contains(secId);
                deep = _deep == secId;
            }
            if (!LoggedIn || !subscribed) return;
            Send(QuoteMessages.TickInfo(_hub.Dialect, update, secId));
            if (deep) Send(QuoteMessages.TickInfoDeep(update, secId));
            // live, trades come once per ReqSubcri (Subscribe), never pushed
            if (_hub.Dialect == BtccQuoteDialect.Doc && update.Trades.Count > 0) Send(QuoteMessages.DealTickSnap(update, secId));
        }

        /// <summary>Kills the connection without a close handshake.</summary>
        public void Abort()
        {
            _outbox.Writer.TryComplete();
            _socket.Abort();
        }

        private void Send(JObject message) => SendText(message.ToString(Formatting.None));

        private void SendText(string text) => _outbox.Writer.TryWrite((text, DateTimeOffset.UtcNow.UtcTicks + _hub.Faults.QuoteLatency.Ticks));

        private void Heard() => Interlocked.Exchange(ref _lastHeardTicks, DateTimeOffset.UtcNow.UtcTicks);

        private async Task ReadLoopAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[16 * 1024];
            var message = new MemoryStream();
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                    }
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                if (_hub.Dialect == BtccQuoteDialect.Doc) Heard();
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                // After a refused login only the client's answer to our close frame matters.
                if (!_closing && !Handle(text)) _closing = true;
            }
        }

        /// <summary>Handles one request; false ends the session (failed login).</summary>
        private bool Handle(string text)
        {
            JObject request;
            try
            {
                request = JObject.Parse(text);
            }
            catch (JsonException)
            {
                return true;
            }
            var action = request.Value<string>("action");
            if (action is null && request["name"] is not null)
            {
                return Login(request);
            }
            switch (action)
            {
                case "KeepLive":
                    Heard();
                    Send(QuoteMessages.KeepLive());
                    break;
                case "ReqSubcri" when LoggedIn:
                    Subscribe(request);
                    break;
                case "ReqKline" when LoggedIn:
                    Send(_hub.Kline(request));
                    break;
            }
            return true;
        }

        private bool Login(JObject request)
        {
            var fault = _hub.Faults.TryTakeQuoteLoginFault(out var taken) ? taken : (QuoteLoginFault?)null;
            switch (fault)
            {
                case QuoteLoginFault.Drop:
                    _hub.Faults.Count("quote logins dropped");
                    Abort();
                    return false;
                case QuoteLoginFault.Stall:
                    // the login is never answered; the client must give up and reconnect
                    _hub.Faults.Count("quote logins stalled");
                    return true;
                case QuoteLoginFault.Refuse:
                    _hub.Faults.Count("quote logins refused");
                    break;
            }
            var ok = fault != QuoteLoginFault.Refuse && request.Value<string>("name") == _hub.Options.AccountNo && request.Value<string>("key") == _hub.Options.ApiKey;
            Send(LoginPackets.LoginResult(_hub.Dialect, ok ? 0 : 1, _hub.NextSeq()));
            if (!ok)
            {
                _outbox.Writer.TryComplete();
                return false;
            }
            Send(LoginPackets.Dictionary(_hub.Dialect, _hub.Products, _hub.Faults.QuoteDictionaryOmits));
            Send(LoginPackets.AllProducts(_hub.Dialect, _hub.Tickers));
            LoggedIn = true;
            return true;
        }

        /// <summary>
        /// BTCC documents no unsubscribe: each ReqSubcri replaces the whole subscription set and the <c>deep</c>
        /// contract, so re-sending a smaller set is how a client narrows it. New symbols get a tick at once. Live, a
        /// later ReqSubcri is answered by one empty text frame, and a <c>deep</c> contract gets its last trades once.
        /// </summary>
        private void Subscribe(JObject request)
        {
            var symbols = (request["symbols"] as JArray ?? [])
                .Select(t => long.TryParse(t.ToString(), out var id) ? id : 0)
                .Where(id => id != 0)
                .ToHashSet();
            var hasDeep = long.TryParse(request["deep"]?.ToString(), out var deep) && deep != 0;
            lock (_gate)
            {
                _symbols = symbols;
                _deep = symbols.Contains(deep) ? deep : 0;
            }
            var live = _hub.Dialect == BtccQuoteDialect.Live;
            if (live && ++_subscriptions > 1) SendText(string.Empty);
            if (_hub.Faults.SilentQuotes) return;
            if (live && hasDeep)
            {
                var instrument = symbols.Contains(deep) ? _hub.Products.InstrumentOf(deep) : null;
                Send(QuoteMessages.DealTickSnapshot(deep, instrument == null ? [] : _hub.RecentTrades(instrument)));
            }
            foreach (var update in _hub.CurrentQuotes().Where(u => symbols.Contains(_hub.Products.SecIdOf(u.Instrument))))
            {
                Push(update);
            }
        }

        private async Task WriteLoopAsync(CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var (text, due) in _outbox.Reader.ReadAllAsync(cancellationToken))
                {
                    var wait = due - DateTimeOffset.UtcNow.UtcTicks;
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromTicks(wait), cancellationToken);
                    }
                    await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
                }
                // Outbox completed (failed login or keep-alive timeout): say goodbye properly.
                if (_socket.State == WebSocketState.Open)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, CloseReason, cancellationToken);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Connection gone.
            }
        }

        private volatile string _closeReason = "login failed";

        private string CloseReason { get => _closeReason; set => _closeReason = value; }

        private async Task WatchdogAsync(CancellationToken cancellationToken)
        {
            var timeout = _hub.KeepAliveTimeout;
            var period = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 4, 10, 1000));
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await Task.Delay(period, cancellationToken);
                    var silence = DateTimeOffset.UtcNow.UtcTicks - Interlocked.Read(ref _lastHeardTicks);
                    if (silence > timeout.Ticks && _hub.Dialect == BtccQuoteDialect.Live)
                    {
                        _socket.Abort(); // as observed: 1006, no close frame
                        return;
                    }
                    if (silence > timeout.Ticks)
                    {
                        CloseReason = "keepalive timeout";
                        _outbox.Writer.TryComplete();
                        // A client that never answers the close frame is cut off.
                        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                        _socket.Abort();
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Session over.
            }
        }
    }
}
