/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// Reads the quote socket for a window on a bare <see cref="ClientWebSocket"/> (the plugin's client would absorb the
    /// raw frames): logs in as the plugin does, subscribes the probe's pair with depth when the dictionary arrives and
    /// once more half-way (to see whether dealticksnap answers each ReqSubcri or streams), sends KeepLive every 10 s,
    /// and keeps each frame as a fixture, classified by the plugin's own <see cref="BtccQuoteMessageParser"/>.
    /// </summary>
    internal sealed class BtccProbeQuotes
    {
        /// <summary>Frames of one kind kept as files; the rest are counted only (the book streams several a second).</summary>
        public const int FramesKeptPerKind = 20;

        private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(10);

        private readonly BtccProbeFixtureWriter _writer;
        private readonly string _ticker;
        private readonly long? _codeId;
        private readonly Dictionary<string, int> _byKind = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource<long?> _target = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private BtccProbeQuoteObservation _seen = new();
        private long? _secId;
        private int _subscribes;

        /// <param name="writer">Where frames go.</param>
        /// <param name="ticker">The pair to subscribe, e.g. BTCUSDT.</param>
        /// <param name="codeId">Its symbollist code_id, subscribed when the dictionary does not name the pair.</param>
        public BtccProbeQuotes(BtccProbeFixtureWriter writer, string ticker, long? codeId)
        {
            _writer = writer;
            _ticker = ticker;
            _codeId = codeId;
        }

        /// <summary>Connects, logs in with <paramref name="accountNo"/> and reads for <paramref name="window"/>.</summary>
        public async Task<BtccProbeQuoteObservation> ReadAsync(Uri url, string accountNo, string apiKey, TimeSpan window, CancellationToken cancellationToken)
        {
            using var socket = new ClientWebSocket();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(window);
            try
            {
                await socket.ConnectAsync(url, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is WebSocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                BtccLog.Error("BtccProbeQuotes", "Read", $"the quote socket at btcc-websocket-url did not open: {error.Message}");
                return new BtccProbeQuoteObservation { ConnectError = error.Message, Window = window };
            }
            _seen = _seen with { Connected = true, Window = window };
            await SendAsync(socket, BtccQuoteRequests.Login(accountNo, apiKey), deadline.Token).ConfigureAwait(false);
            var sending = SendLoopAsync(socket, window, deadline.Token);
            try
            {
                await ReceiveLoopAsync(socket, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or WebSocketException && !cancellationToken.IsCancellationRequested)
            {
                // the window closed (or BTCC closed the socket): what was seen is the answer
            }
            deadline.Cancel();
            await sending.ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return _seen with { Subscribes = _subscribes, FramesByKind = new Dictionary<string, int>(_byKind) };
        }

        private async Task SendLoopAsync(ClientWebSocket socket, TimeSpan window, CancellationToken stop)
        {
            try
            {
                var started = DateTimeOffset.UtcNow;
                // subscribe when the dictionary names the pair; without a dictionary, by code_id a quarter in
                var first = await Task.WhenAny(_target.Task, Task.Delay(window / 4, stop)).ConfigureAwait(false);
                _secId = first == _target.Task ? await _target.Task.ConfigureAwait(false) : _codeId;
                if (_secId is not { } secId)
                {
                    return;
                }
                await SubscribeAsync(socket, secId, stop).ConfigureAwait(false);
                var resubscribeAt = started + window / 2;
                var keepAliveAt = started + KeepAliveEvery;
                var resubscribed = false;
                while (!stop.IsCancellationRequested)
                {
                    var now = DateTimeOffset.UtcNow;
                    if (!resubscribed && now >= resubscribeAt)
                    {
                        resubscribed = true;
                        await SubscribeAsync(socket, secId, stop).ConfigureAwait(false);
                    }
                    if (now >= keepAliveAt)
                    {
                        keepAliveAt += KeepAliveEvery;
                        await SendAsync(socket, BtccQuoteRequests.KeepAlive(), stop).ConfigureAwait(false);
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(100), stop).ConfigureAwait(false);
                }
            }
            catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
            }
        }

        private async Task SubscribeAsync(ClientWebSocket socket, long secId, CancellationToken stop)
        {
            await SendAsync(socket, BtccQuoteRequests.Subscribe(new[] { secId }, secId), stop).ConfigureAwait(false);
            Interlocked.Increment(ref _subscribes);
        }

        private static Task SendAsync(ClientWebSocket socket, byte[] message, CancellationToken stop)
            => socket.SendAsync(message, WebSocketMessageType.Text, true, stop);

        private async Task ReceiveLoopAsync(ClientWebSocket socket, CancellationToken stop)
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Take(message.ToArray());
                    message.SetLength(0);
                }
            }
        }

        /// <summary>Classifies, records and writes one frame.</summary>
        private void Take(byte[] utf8)
        {
            BtccQuoteMessageKind kind;
            try
            {
                kind = BtccQuoteMessageParser.GetKind(utf8);
            }
            catch (Exception)
            {
                kind = BtccQuoteMessageKind.Unknown;
            }
            var text = Encoding.UTF8.GetString(utf8);
            var frame = kind == BtccQuoteMessageKind.Empty ? null : TryParse(text);
            var action = frame?.Value<string>("action");
            var count = _byKind[kind.ToString()] = _byKind.GetValueOrDefault(kind.ToString()) + 1;
            if (count <= FramesKeptPerKind)
            {
                _writer.WriteFrame(action ?? kind.ToString(), text);
            }
            switch (kind)
            {
                case BtccQuoteMessageKind.LoginResult:
                    _seen = _seen with { LoginReplied = true, LoginAction = action, LoginResult = frame?["data"]?.Value<int?>("LoginResult") };
                    break;
                case BtccQuoteMessageKind.Dictionary:
                    TakeDictionary(frame, action);
                    break;
                case BtccQuoteMessageKind.AllProducts:
                    _seen = _seen with { TradingHoursAction = action };
                    break;
                case BtccQuoteMessageKind.DealTickSnap:
                    _seen = _seen with { DealTickSnaps = _seen.DealTickSnaps + 1 };
                    break;
                case BtccQuoteMessageKind.Empty:
                    _seen = _seen with { EmptyFrames = _seen.EmptyFrames + 1 };
                    break;
                case BtccQuoteMessageKind.TickInfo:
                    TakeTick(utf8);
                    break;
            }
        }

        private void TakeDictionary(JObject? frame, string? action)
        {
            var secIds = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var entry in frame?["data"]?["DictInfo"] as JArray ?? new JArray())
            {
                if (entry.Value<string>("ShortName") is { } name && entry.Value<long?>("SecID") is { } secId)
                {
                    secIds[name] = secId;
                }
            }
            _seen = _seen with { DictionaryAction = action, DictionarySecIds = secIds };
            // the pair's entry by ShortName (BTC/USDT.100x → BTCUSDT), else its code_id if the dictionary lists it
            var byName = secIds.Where(p => BtccQuoteShortName.TryParse(p.Key, out var ticker, out _, out _) && ticker == _ticker).Select(p => (long?)p.Value).FirstOrDefault();
            _target.TrySetResult(byName ?? (_codeId is { } code && secIds.ContainsValue(code) ? code : _codeId));
        }

        private void TakeTick(byte[] utf8)
        {
            var ticks = new List<BtccTickInfo>();
            try
            {
                BtccQuoteMessageParser.ParseTickInfo(utf8, ticks);
            }
            catch (Exception)
            {
                return;
            }
            foreach (var tick in ticks.Where(t => t.SecId == _secId && t.Bid > 0))
            {
                _seen = _seen with { LastBid = tick.Bid };
            }
        }

        private static JObject? TryParse(string text)
        {
            try
            {
                return JToken.Parse(text) as JObject;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }
}
