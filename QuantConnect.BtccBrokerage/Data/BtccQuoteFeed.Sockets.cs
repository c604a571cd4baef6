/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    public sealed partial class BtccQuoteFeed
    {
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
            client.DealSnapshotReceived += secId => OnDealSnapshot(socket, secId);
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
                    BtccLog.Trace(Source, "Close", $"closing a quote socket failed: {error.GetType().Name}");
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
                BtccLog.Error(Source, "Raise", $"message handler failed: {error.GetType().Name}: {error.Message}");
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
                BtccLog.Error(Source, "Emit", $"tick handler failed: {error.GetType().Name}: {error.Message}");
            }
        }

        private static void Observe(Task task, string what)
        {
            if (task.IsCompletedSuccessfully)
            {
                return;
            }
            task.ContinueWith(t => BtccLog.Trace(Source, what, $"failed: {t.Exception?.GetBaseException().Message}"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        /// <summary>A symbol the feed serves and what is wanted of it; SecId 0 until it is routed.</summary>
        private sealed class FeedSymbol(Symbol symbol, DateTimeZone timeZone, long order)
        {
            public Symbol Symbol { get; } = symbol;
            public long SecId { get; set; }
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
