/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>A hand-written quote-websocket client for the simulator tests.</summary>
    internal sealed class QuoteTestClient : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket = new();

        public WebSocketState State => _socket.State;

        public static async Task<QuoteTestClient> ConnectAsync(BtccSimulator simulator) => await ConnectAsync(simulator.WebSocketUrl);

        public static async Task<QuoteTestClient> ConnectAsync(Uri url)
        {
            var client = new QuoteTestClient();
            client._socket.Options.CollectHttpResponseDetails = true;
            try
            {
                await client._socket.ConnectAsync(url, CancellationToken.None);
            }
            catch (WebSocketException error)
            {
                throw new WebSocketException($"HTTP {(int)client._socket.HttpStatusCode}: {error.Message}", error);
            }
            return client;
        }

        /// <summary>Sends the documented login and returns the three reply packets.</summary>
        public async Task<JObject[]> LoginAsync(BtccSimulator simulator)
        {
            await SendAsync(new JObject { ["name"] = simulator.Options.AccountNo, ["clienttype"] = 1, ["key"] = simulator.Options.ApiKey });
            return [await ReceiveAsync(), await ReceiveAsync(), await ReceiveAsync()];
        }

        public Task SendAsync(JObject message) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToString(Formatting.None)), WebSocketMessageType.Text, true, CancellationToken.None);

        /// <summary>The next text message; null when the server closed the socket.</summary>
        public async Task<JObject> ReceiveAsync(TimeSpan? timeout = null)
        {
            return await TryReceiveAsync(timeout ?? TimeSpan.FromSeconds(10)) ?? throw new WebSocketException("socket closed");
        }

        /// <summary>The next text message as JSON (an empty frame, BTCC's live answer to a later ReqSubcri, as {}); null when the server closed the socket.</summary>
        public async Task<JObject?> TryReceiveAsync(TimeSpan timeout)
        {
            var text = await TryReceiveTextAsync(timeout);
            return text is null ? null : text.Length == 0 ? new JObject() : JObject.Parse(text);
        }

        /// <summary>The next text message as sent; null when the server closed the socket.</summary>
        public async Task<string?> TryReceiveTextAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            var buffer = new byte[64 * 1024];
            var message = new MemoryStream();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
            }
        }

        /// <summary>Reads until a message with <paramref name="action"/> arrives.</summary>
        public async Task<JObject> WaitForActionAsync(string action, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
            while (true)
            {
                var message = await ReceiveAsync(deadline - DateTime.UtcNow);
                if (message.Value<string>("action") == action) return message;
            }
        }

        public async ValueTask DisposeAsync()
        {
            _socket.Abort();
            _socket.Dispose();
            await Task.CompletedTask;
        }
    }
}
