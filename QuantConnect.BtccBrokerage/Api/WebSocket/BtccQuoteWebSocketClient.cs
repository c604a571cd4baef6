/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using Newtonsoft.Json;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>
    /// BTCC's quote websocket: login, heartbeats, subscriptions, candles, and automatic reconnection.
    /// BTCC documents no unsubscribe message, so this client keeps the wanted SecIDs itself and answers an
    /// unsubscribe by sending <c>ReqSubcri</c> again with the full remaining set (assuming a new ReqSubcri
    /// replaces the previous one). After a reconnect everything wanted is subscribed again.
    /// </summary>
    public sealed partial class BtccQuoteWebSocketClient : IBtccKlineSource, IAsyncDisposable, IDisposable
    {
        private const string Source = "BtccQuoteWebSocketClient";

        private readonly BtccApiSettings _settings;
        private readonly string _accountNo;
        private readonly TimeProvider _timeProvider;
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private readonly object _sync = new();
        private readonly HashSet<long> _subscriptions = new();
        private readonly CancellationTokenSource _disposing = new();
        private readonly ConcurrentDictionary<(long CodeId, int Interval), TaskCompletionSource<BtccKlineReply>> _pendingKlines = new();
        private readonly BtccQuoteItems _items = new();
        private readonly BtccRateGate _klineGate;
        private long? _depthSubscription;
        private Connection? _connection;
        private Task? _reconnectLoop;
        private long _reconnectCount;

        /// <summary>Creates the client; <see cref="ConnectAsync"/> opens the socket.</summary>
        /// <param name="settings">Validated settings (WebSocketUrl, ApiKey, heartbeat and backoff knobs).</param>
        /// <param name="accountNo">The <c>account_no</c> from the REST login (the websocket login name).</param>
        /// <param name="timeProvider">Clock (a fake one in tests).</param>
        public BtccQuoteWebSocketClient(BtccApiSettings settings, string accountNo, TimeProvider? timeProvider = null)
        {
            settings.Validate();
            if (string.IsNullOrWhiteSpace(accountNo)) throw new ArgumentException("The account number from the REST login is required.", nameof(accountNo));
            _settings = settings;
            _accountNo = accountNo;
            _timeProvider = timeProvider ?? TimeProvider.System;
            _klineGate = new BtccRateGate(settings.KlineRequestsPerSecond, settings.KlineRequestBurst,
                settings.ThrottleBackoff, settings.MaxThrottleBackoff, _timeProvider);
        }

        /// <summary>Raised when the first connection is logged in.</summary>
        public event EventHandler? Connected;

        /// <summary>Raised when a logged-in connection is lost (a reconnect follows automatically).</summary>
        public event EventHandler<string>? Disconnected;

        /// <summary>Raised when a lost connection is back, logged in and resubscribed.</summary>
        public event EventHandler? Reconnected;

        /// <summary>Raised when the server refuses the login (non-zero LoginResult) or does not answer it.</summary>
        public event EventHandler<BtccQuoteLoginException>? LoginFailed;

        /// <summary>
        /// Raised on a failure worth reporting (e.g. a reconnect attempt that failed); a
        /// <see cref="BtccQuoteEndpointException"/> means the configured address is wrong.
        /// </summary>
        public event EventHandler<Exception>? Error;

        /// <summary>Top of book updates (<c>tickinfo</c>).</summary>
        public event Action<BtccTickInfo>? TickReceived;

        /// <summary>Order-book updates of the depth SecID (<c>tickinfo_deep</c>).</summary>
        public event Action<BtccDepth>? DepthReceived;

        /// <summary>Trades (<c>dealticksnap</c>).</summary>
        public event Action<BtccDealTick>? DealReceived;

        /// <summary>
        /// A <c>dealticksnap</c> frame with trades of a SecID, raised before its trades: BTCC's live servers send one
        /// per ReqSubcri, the PDF's a stream, and the feed tells the two apart by counting them.
        /// </summary>
        public event Action<long>? DealSnapshotReceived;

        /// <summary>Whether a logged-in connection is open.</summary>
        public bool IsConnected => _connection is { IsOpen: true };

        /// <summary>How many times the connection was re-established.</summary>
        public long ReconnectCount => Interlocked.Read(ref _reconnectCount);

        /// <summary>The budget every <c>ReqKline</c> waits for (its RequestsSent counts the kline requests sent).</summary>
        public BtccRateGate KlineRateGate => _klineGate;

        /// <summary>The product dictionary of the last login.</summary>
        public IReadOnlyList<BtccQuoteProduct> Products { get; private set; } = Array.Empty<BtccQuoteProduct>();

        /// <summary>The market hours (<c>AllProducts</c>) of the last login.</summary>
        public IReadOnlyList<BtccProductSchedule> Schedules { get; private set; } = Array.Empty<BtccProductSchedule>();

        /// <summary>The SecIDs this client wants quotes for.</summary>
        public IReadOnlyCollection<long> Subscriptions
        {
            get { lock (_sync) return _subscriptions.ToArray(); }
        }

        /// <summary>
        /// Connects and logs in; throws <see cref="BtccQuoteLoginException"/> when the login is refused and
        /// <see cref="BtccQuoteEndpointException"/> when the address does not upgrade or its certificate is refused.
        /// </summary>
        public async Task ConnectAsync(CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
            if (_connection != null || _reconnectLoop is { IsCompleted: false })
            {
                return; // connected already, or reconnecting on its own
            }
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            lock (_sync)
            {
                _connection = connection;
            }
            await SendSubscriptionAsync(connection, cancellationToken, afterLogin: true).ConfigureAwait(false);
            BtccLog.Trace(Source, "Connect", "quote websocket connected and logged in");
            Raise(Connected);
        }

        /// <summary>Adds SecIDs (symbollist <c>code_id</c>) and sends the full set.</summary>
        public Task SubscribeAsync(IEnumerable<long> secIds, CancellationToken cancellationToken = default)
        {
            lock (_sync)
            {
                foreach (var secId in secIds)
                {
                    _subscriptions.Add(secId);
                }
            }
            return SendSubscriptionAsync(_connection, cancellationToken);
        }

        /// <summary>Removes SecIDs and sends <c>ReqSubcri</c> with the remaining set (BTCC has no unsubscribe).</summary>
        public Task UnsubscribeAsync(IEnumerable<long> secIds, CancellationToken cancellationToken = default)
        {
            lock (_sync)
            {
                foreach (var secId in secIds)
                {
                    _subscriptions.Remove(secId);
                    if (_depthSubscription == secId)
                    {
                        _depthSubscription = null;
                    }
                }
            }
            return SendSubscriptionAsync(_connection, cancellationToken);
        }

        /// <summary>Chooses the one SecID with depth quotes per socket (null for none) and sends the set.</summary>
        public Task SetDepthAsync(long? secId, CancellationToken cancellationToken = default)
        {
            lock (_sync)
            {
                _depthSubscription = secId;
                if (secId.HasValue)
                {
                    _subscriptions.Add(secId.Value);
                }
            }
            return SendSubscriptionAsync(_connection, cancellationToken);
        }

        /// <summary>Closes the socket and stops reconnecting.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_disposing.IsCancellationRequested)
            {
                return;
            }
            _disposing.Cancel();
            Connection? connection;
            lock (_sync)
            {
                connection = _connection;
                _connection = null;
            }
            if (connection != null)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
            if (_reconnectLoop != null)
            {
                try { await _reconnectLoop.ConfigureAwait(false); } catch (OperationCanceledException) { }
            }
            FailPendingKlines(new ObjectDisposedException(nameof(BtccQuoteWebSocketClient)));
            _klineGate.Dispose();
        }

        /// <summary>Closes the socket and stops reconnecting.</summary>
        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

        /// <summary>Sends the wanted set; right after a login an empty set is not sent (there is nothing to narrow).</summary>
        private async Task SendSubscriptionAsync(Connection? connection, CancellationToken cancellationToken, bool afterLogin = false)
        {
            long[] secIds;
            long? deep;
            lock (_sync)
            {
                secIds = _subscriptions.ToArray();
                deep = _depthSubscription;
            }
            if (connection is not { IsOpen: true })
            {
                return; // sent on (re)connect
            }
            if (afterLogin && secIds.Length == 0 && deep == null)
            {
                return;
            }
            try
            {
                await SendAsync(connection, BtccQuoteRequests.Subscribe(secIds, deep), cancellationToken).ConfigureAwait(false);
                BtccLog.Trace(Source, "Subscribe", $"subscribed {secIds.Length} SecIDs{(deep.HasValue ? $", depth {deep}" : string.Empty)}");
            }
            catch (Exception error) when (error is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                // the socket died under us: the reconnect resubscribes everything
                BtccLog.Trace(Source, "Subscribe", $"not sent, connection lost ({error.GetType().Name}); will resubscribe on reconnect");
            }
        }

        private async Task SendAsync(Connection connection, byte[] message, CancellationToken cancellationToken)
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await connection.Socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        private void Raise(EventHandler? handler)
        {
            try { handler?.Invoke(this, EventArgs.Empty); }
            catch (Exception error) { BtccLog.Error(Source, "Raise", $"event handler failed: {error.GetType().Name}: {error.Message}"); }
        }

        private void Raise<T>(EventHandler<T>? handler, T args)
        {
            try { handler?.Invoke(this, args); }
            catch (Exception error) { BtccLog.Error(Source, "Raise", $"event handler failed: {error.GetType().Name}: {error.Message}"); }
        }

        private static void Warn(string method, string text) => BtccLog.Trace(Source, method, "WARNING " + text);
    }
}
