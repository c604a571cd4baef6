/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.Data
{
    public sealed partial class BtccQuoteFeed
    {
        /// <summary>First connection of a socket, retried with backoff (the client reconnects by itself afterwards).</summary>
        private async Task ConnectLoopAsync(FeedSocket socket)
        {
            var delay = _options.ConnectRetryDelay;
            var token = _stopping.Token;
            while (!token.IsCancellationRequested)
            {
                lock (_gate)
                {
                    if (socket.Retired)
                    {
                        return;
                    }
                }
                try
                {
                    await socket.Client.ConnectAsync(token).ConfigureAwait(false);
                    OnSocketUp(socket, connected: true);
                    return;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return; // retired while connecting
                }
                catch (BtccQuoteLoginException error)
                {
                    OnLoginFailed(socket, error);
                    OnSocketDown(socket, error.Message);
                }
                catch (BtccQuoteEndpointException error)
                {
                    OnEndpointFailed(error);
                    OnSocketDown(socket, error.Message);
                }
                catch (Exception error)
                {
                    OnSocketDown(socket, $"connect failed ({error.GetType().Name}: {error.Message})");
                }
                try
                {
                    await Task.Delay(delay, _time, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxConnectRetryDelay.Ticks));
            }
        }

        private void OnSocketDown(FeedSocket socket, string reason)
        {
            BrokerageMessageEvent? message = null;
            lock (_gate)
            {
                if (socket.Retired || socket.Down)
                {
                    return;
                }
                socket.Down = true;
                // marked now, not at the reconnect: the resubscribed socket may restate its books before its
                // Reconnected event is handled
                MarkRestatedLocked(socket);
                if (++_downSockets == 1)
                {
                    message = BrokerageMessageEvent.Disconnected($"BTCC quote websocket lost ({socket.Name}: {reason}); reconnecting.");
                }
            }
            BtccLog.Trace(Source, "Disconnected", $"{socket.Name}: {reason}");
            Raise(message);
        }

        private void OnSocketUp(FeedSocket socket) => OnSocketUp(socket, connected: false);

        private void OnSocketUp(FeedSocket socket, bool connected)
        {
            BrokerageMessageEvent? message;
            var work = new FeedWork();
            lock (_gate)
            {
                if (socket.Retired)
                {
                    return;
                }
                socket.Connected = true;
                socket.LoginFailureReported = false;
                _endpointFailureReported = false;
                socket.LastDataTicks = NowTicks;
                if (!connected || socket.Down)
                {
                    // the server restates the book after a (re)subscription: its first quotes are not news
                    MarkRestatedLocked(socket);
                }
                if (ReferenceEquals(socket, _main))
                {
                    RerouteLocked(work); // each login brings the dictionary SecIDs are routed by
                }
                message = MarkUpLocked(socket, "BTCC quote websocket back; subscriptions restored.");
            }
            work.Run(this);
            Raise(message);
        }

        /// <summary>The books a socket serves will be restated by BTCC after its (re)subscription: not news.</summary>
        private void MarkRestatedLocked(FeedSocket socket)
        {
            if (socket.DepthSecId.HasValue)
            {
                _quotes.MarkResync(new[] { socket.DepthSecId.Value });
            }
            else
            {
                MarkResyncLocked(_symbols.Keys.ToArray());
            }
        }

        private void OnLoginFailed(FeedSocket socket, BtccQuoteLoginException error)
        {
            lock (_gate)
            {
                if (socket.Retired || socket.LoginFailureReported)
                {
                    return;
                }
                socket.LoginFailureReported = true;
            }
            if (error.LoginResult < 0)
            {
                // no answer (dropped or stalled before the reply) is a passing fault: the socket reconnects by itself
                Raise(new BrokerageMessageEvent(BrokerageMessageType.Warning, "QuoteLoginNoReply",
                    $"The BTCC quote websocket got no login reply ({error.Message}); reconnecting."));
                return;
            }
            // a refused quote login means the account number or API key is wrong: nothing flows until fixed
            Raise(new BrokerageMessageEvent(BrokerageMessageType.Error, "QuoteLoginFailed",
                $"BTCC refused the quote websocket login (LoginResult {error.LoginResult}); check {BtccSettingKeys.ApiKey}."));
        }

        /// <summary>The configured address does not serve BTCC's quote websocket: one Error until a socket connects.</summary>
        private void OnEndpointFailed(BtccQuoteEndpointException error)
        {
            lock (_gate)
            {
                if (_disposed || _endpointFailureReported)
                {
                    return;
                }
                _endpointFailureReported = true;
            }
            BtccLog.Error(Source, "Connect", error.Message);
            Raise(new BrokerageMessageEvent(BrokerageMessageType.Error, "QuoteEndpointFailed", $"BTCC quote websocket: {error.Message}."));
        }

        /// <summary>Takes a socket out of the feed; if it was down, its loss no longer keeps the feed disconnected.</summary>
        private BrokerageMessageEvent? RetireLocked(FeedSocket socket)
        {
            socket.Retired = true;
            return MarkUpLocked(socket, "BTCC quote websocket closed; the remaining subscriptions are connected.");
        }

        private BrokerageMessageEvent? MarkUpLocked(FeedSocket socket, string text)
        {
            if (!socket.Down)
            {
                return null;
            }
            socket.Down = false;
            return --_downSockets == 0 ? BrokerageMessageEvent.Reconnected(text) : null;
        }

        /// <summary>
        /// Every so often: a logged-in socket with subscriptions that received nothing for longer than the silence
        /// timeout is replaced by a fresh one; the first silent socket of an episode raises one Warning.
        /// </summary>
        private async Task WatchdogLoopAsync()
        {
            var period = TimeSpan.FromTicks(Math.Clamp(_options.SilenceTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks));
            try
            {
                using var timer = new PeriodicTimer(period, _time);
                while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
                {
                    CheckSilence();
                }
            }
            catch (OperationCanceledException)
            {
                // disposed
            }
        }

        private void CheckSilence()
        {
            var replaced = new List<FeedSocket>();
            BrokerageMessageEvent? warning = null;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }
                var now = NowTicks;
                var anyWanted = _symbols.Values.Any(s => s.Wanted);
                foreach (var socket in AllSocketsLocked().ToList())
                {
                    if (!socket.Connected || socket.Down || socket.Retired || (socket.DepthSecId == null && !anyWanted))
                    {
                        continue;
                    }
                    var silence = TimeSpan.FromTicks(now - socket.LastDataTicks);
                    if (silence <= _options.SilenceTimeout)
                    {
                        continue;
                    }
                    if (!AllSocketsLocked().Any(s => s.Silent))
                    {
                        warning = new BrokerageMessageEvent(BrokerageMessageType.Warning, "QuotesSilent",
                            $"No BTCC quote data for {silence.TotalSeconds:0} s on the {socket.Name} (limit {_options.SilenceTimeout.TotalSeconds:0} s, {BtccSettingKeys.QuoteSilenceTimeout}); reconnecting.");
                    }
                    ReplaceLocked(socket);
                    replaced.Add(socket);
                }
            }
            Raise(warning);
            foreach (var socket in replaced)
            {
                BtccLog.Trace(Source, "Watchdog", $"{socket.Name} silent for over {_options.SilenceTimeout.TotalSeconds:0} s; replaced");
                Close(socket);
            }
        }

        private void ReplaceLocked(FeedSocket silent)
        {
            silent.Retired = true;
            Interlocked.Increment(ref _silentSocketsReplaced);
            var fresh = CreateSocketLocked(silent.DepthSecId);
            fresh.Silent = true;
            if (silent.DepthSecId is { } secId)
            {
                _depthSockets[_depthSockets.IndexOf(silent)] = fresh;
                if (_symbols.TryGetValue(secId, out var wanted))
                {
                    wanted.Depth = fresh;
                }
            }
            else
            {
                _main = fresh;
            }
        }
    }
}
