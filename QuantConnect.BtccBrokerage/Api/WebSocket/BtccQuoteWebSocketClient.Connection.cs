/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    public sealed partial class BtccQuoteWebSocketClient
    {
        /// <summary>One socket with its receive and heartbeat loops and the three login packets.</summary>
        private sealed class Connection
        {
            public Connection(ClientWebSocket socket, CancellationToken disposing)
            {
                Socket = socket;
                Stop = CancellationTokenSource.CreateLinkedTokenSource(disposing);
            }

            public ClientWebSocket Socket { get; }
            public CancellationTokenSource Stop { get; }
            public TaskCompletionSource<BtccQuoteLoginResult> Login { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public TaskCompletionSource Dictionary { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public TaskCompletionSource AllProducts { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public Task? ReceiveLoop { get; set; }
            public Task? KeepAliveLoop { get; set; }
            public long LastReceivedTicks;
            public int Lost;
            public bool IsOpen => Socket.State == WebSocketState.Open && !Stop.IsCancellationRequested;

            public async Task CloseAsync()
            {
                Stop.Cancel();
                try
                {
                    if (Socket.State == WebSocketState.Open)
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", timeout.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception)
                {
                    // closing is best effort
                }
                Socket.Abort();
                Socket.Dispose();
                foreach (var loop in new[] { ReceiveLoop, KeepAliveLoop })
                {
                    if (loop != null)
                    {
                        try { await loop.ConfigureAwait(false); } catch (Exception) { }
                    }
                }
            }
        }

        /// <summary>Connects, starts the loops, logs in and waits for BTCC's three login packets.</summary>
        private async Task<Connection> OpenAsync(CancellationToken cancellationToken)
        {
            var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true; // the status of a refused upgrade names the fault
            var connection = new Connection(socket, _disposing.Token);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
                timeout.CancelAfter(_settings.WebSocketReplyTimeout);
                try
                {
                    await socket.ConnectAsync(new Uri(_settings.WebSocketUrl), timeout.Token).ConfigureAwait(false);
                }
                catch (Exception error) when (error is WebSocketException or HttpRequestException or System.Security.Authentication.AuthenticationException
                    && BtccQuoteEndpointException.Describe(_settings.WebSocketUrl, socket.HttpStatusCode, error) is { } reason)
                {
                    throw new BtccQuoteEndpointException(reason, error);
                }
                Interlocked.Exchange(ref connection.LastReceivedTicks, _timeProvider.GetUtcNow().UtcTicks);
                connection.ReceiveLoop = Task.Run(() => ReceiveLoopAsync(connection));

                await SendAsync(connection, BtccQuoteRequests.Login(_accountNo, _settings.ApiKey), timeout.Token).ConfigureAwait(false);
                BtccQuoteLoginResult login;
                try
                {
                    login = await connection.Login.Task.WaitAsync(_settings.WebSocketReplyTimeout, _timeProvider, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception error) when (error is TimeoutException
                    || error is OperationCanceledException && !cancellationToken.IsCancellationRequested && !_disposing.IsCancellationRequested)
                {
                    // the reply wait or the whole open ran out of time: a stalled login, not a refusal
                    throw new BtccQuoteLoginException(-1, "the quote server sent no login reply in time");
                }
                if (login.LoginResult != 0)
                {
                    throw new BtccQuoteLoginException(login.LoginResult, $"the quote server refused the login (LoginResult {login.LoginResult})");
                }
                // heartbeats from the login on: BTCC's live servers close a socket 30.5 s after its last KeepLive
                connection.KeepAliveLoop = Task.Run(() => KeepAliveLoopAsync(connection));
                try
                {
                    // packets 2 and 3 (dictionary, market hours) follow the result; quotes work without them
                    await Task.WhenAll(connection.Dictionary.Task, connection.AllProducts.Task)
                        .WaitAsync(_settings.WebSocketReplyTimeout, _timeProvider, timeout.Token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    Warn("Connect", "login accepted but the dictionary/market-hours packets did not arrive in time");
                }
                return connection;
            }
            catch
            {
                Interlocked.Exchange(ref connection.Lost, 1); // a failed open is not a "disconnect"
                await connection.CloseAsync().ConfigureAwait(false);
                throw;
            }
        }

        private async Task ReceiveLoopAsync(Connection connection)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            var length = 0;
            var reason = "closed by server";
            try
            {
                while (!connection.Stop.IsCancellationRequested)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    var result = await connection.Socket.ReceiveAsync(buffer.AsMemory(length), connection.Stop.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        reason = $"closed by server ({connection.Socket.CloseStatus})";
                        break;
                    }
                    length += result.Count;
                    if (!result.EndOfMessage)
                    {
                        continue;
                    }
                    Interlocked.Exchange(ref connection.LastReceivedTicks, _timeProvider.GetUtcNow().UtcTicks);
                    if (result.MessageType == WebSocketMessageType.Text)
                    {
                        Dispatch(connection, buffer.AsSpan(0, length));
                    }
                    length = 0;
                }
            }
            catch (OperationCanceledException) when (connection.Stop.IsCancellationRequested)
            {
                reason = "stopped";
            }
            catch (Exception error) when (error is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                reason = $"connection lost ({error.GetType().Name})";
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            var failure = new BtccQuoteLoginException(-1, $"the quote connection ended before the login completed: {reason}");
            connection.Login.TrySetException(failure);
            OnConnectionLost(connection, reason);
        }

        private async Task KeepAliveLoopAsync(Connection connection)
        {
            using var timer = new PeriodicTimer(_settings.QuoteKeepAliveInterval, _timeProvider);
            try
            {
                while (await timer.WaitForNextTickAsync(connection.Stop.Token).ConfigureAwait(false))
                {
                    // BTCC answers every KeepLive: three intervals of silence mean a dead link
                    var silent = _timeProvider.GetUtcNow().UtcTicks - Interlocked.Read(ref connection.LastReceivedTicks);
                    if (silent > _settings.QuoteKeepAliveInterval.Ticks * 3)
                    {
                        Warn("KeepAlive", "no message from the quote server for three heartbeats; dropping the connection");
                        connection.Socket.Abort();
                        return;
                    }
                    await SendAsync(connection, BtccQuoteRequests.KeepAlive(), connection.Stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                // the receive loop notices the loss and reconnects
            }
        }

        private void OnConnectionLost(Connection connection, string reason)
        {
            if (Interlocked.Exchange(ref connection.Lost, 1) == 1)
            {
                return;
            }
            connection.Stop.Cancel();
            FailPendingKlines(new WebSocketException($"quote connection lost: {reason}"));
            lock (_sync)
            {
                if (!ReferenceEquals(_connection, connection) || _disposing.IsCancellationRequested)
                {
                    return;
                }
                _connection = null;
                _reconnectLoop = Task.Run(() => ReconnectLoopAsync(connection));
            }
            BtccLog.Error(Source, "Disconnected", $"quote websocket lost: {reason}; reconnecting");
            Raise(Disconnected, reason);
        }

        private async Task ReconnectLoopAsync(Connection lost)
        {
            _ = lost.CloseAsync();
            var token = _disposing.Token;
            for (var attempt = 0; !token.IsCancellationRequested; attempt++)
            {
                var delay = ReconnectDelay(attempt);
                try
                {
                    await Task.Delay(delay, _timeProvider, token).ConfigureAwait(false);
                    var connection = await OpenAsync(token).ConfigureAwait(false);
                    lock (_sync)
                    {
                        if (token.IsCancellationRequested)
                        {
                            _ = connection.CloseAsync();
                            return;
                        }
                        _connection = connection;
                    }
                    await SendSubscriptionAsync(connection, token, afterLogin: true).ConfigureAwait(false);
                    Interlocked.Increment(ref _reconnectCount);
                    BtccLog.Trace(Source, "Reconnected", $"quote websocket back after {attempt + 1} attempt(s), {Subscriptions.Count} SecIDs resubscribed");
                    Raise(Reconnected);
                    return;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (BtccQuoteLoginException error)
                {
                    // only a refusal needs the user; a login that got no answer is retried like any lost connection
                    if (error.LoginResult < 0)
                    {
                        BtccLog.Trace(Source, "Reconnect", error.Message);
                    }
                    else
                    {
                        BtccLog.Error(Source, "Reconnect", error.Message);
                    }
                    Raise(LoginFailed, error);
                }
                catch (BtccQuoteEndpointException error)
                {
                    BtccLog.Error(Source, "Reconnect", error.Message);
                    Raise(Error, error);
                }
                catch (Exception error)
                {
                    BtccLog.Trace(Source, "Reconnect", $"attempt {attempt + 1} failed: {error.GetType().Name}");
                    Raise(Error, error);
                }
            }
        }

        /// <summary>Exponential backoff from ReconnectDelay to MaxReconnectDelay with ±25 % jitter.</summary>
        private TimeSpan ReconnectDelay(int attempt)
        {
            var baseTicks = Math.Min(_settings.ReconnectDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30)), _settings.MaxReconnectDelay.Ticks);
            var jitter = 0.75 + Random.Shared.NextDouble() * 0.5;
            return TimeSpan.FromTicks((long)(baseTicks * jitter));
        }

        private void Dispatch(Connection connection, ReadOnlySpan<byte> message)
        {
            try
            {
                // one pass: the kind and, for market data, its items
                switch (BtccQuoteMessageParser.Read(message, _items))
                {
                    case BtccQuoteMessageKind.TickInfo:
                        foreach (var tick in _items.Ticks) RaiseData(TickReceived, tick);
                        break;
                    case BtccQuoteMessageKind.TickInfoDeep:
                        foreach (var depth in _items.Depths) RaiseData(DepthReceived, depth);
                        break;
                    case BtccQuoteMessageKind.DealTickSnap:
                        var snapshot = 0L;
                        foreach (var deal in _items.Deals)
                        {
                            if (deal.SecId != snapshot)
                            {
                                snapshot = deal.SecId;
                                RaiseData(DealSnapshotReceived, snapshot);
                            }
                            RaiseData(DealReceived, deal);
                        }
                        break;
                    case BtccQuoteMessageKind.Kline:
                        OnKline(BtccQuoteMessageParser.ParseKline(message));
                        break;
                    case BtccQuoteMessageKind.KeepAlive:
                    case BtccQuoteMessageKind.Empty:
                        break;
                    case BtccQuoteMessageKind.LoginResult:
                        var login = Deserialize<BtccQuoteEnvelope<BtccQuoteLoginResult>>(message);
                        connection.Login.TrySetResult(login?.Data ?? throw new JsonException("login result without data"));
                        break;
                    case BtccQuoteMessageKind.Dictionary:
                        Products = Deserialize<BtccQuoteEnvelope<BtccQuoteDictionary>>(message)?.Data?.DictInfo ?? new List<BtccQuoteProduct>();
                        connection.Dictionary.TrySetResult();
                        break;
                    case BtccQuoteMessageKind.AllProducts:
                        Schedules = Deserialize<BtccQuoteEnvelope<List<BtccProductSchedule>>>(message)?.Data ?? new List<BtccProductSchedule>();
                        connection.AllProducts.TrySetResult();
                        break;
                    default:
                        BtccLog.Debug(Source, "Dispatch", $"ignored a message of {message.Length} bytes with an unknown action");
                        break;
                }
            }
            catch (Exception error) when (error is JsonException or FormatException or Newtonsoft.Json.JsonException or InvalidOperationException or OverflowException)
            {
                Warn("Dispatch", $"dropped a malformed message of {message.Length} bytes: {error.GetType().Name}: {error.Message}");
            }
        }

        // null fields keep their defaults: BTCC's live servers send nulls the PDF never prints
        private static readonly Newtonsoft.Json.JsonSerializerSettings PacketSettings = new() { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore };

        private static T? Deserialize<T>(ReadOnlySpan<byte> message)
            => Newtonsoft.Json.JsonConvert.DeserializeObject<T>(System.Text.Encoding.UTF8.GetString(message), PacketSettings);

        private void RaiseData<T>(Action<T>? handler, T value)
        {
            try { handler?.Invoke(value); }
            catch (Exception error) { BtccLog.Error(Source, "Dispatch", $"quote handler failed: {error.GetType().Name}: {error.Message}"); }
        }
    }
}
