/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// A loopback quote websocket that answers the login as BTCC documents it (or, <c>live</c>, with the packets its
    /// live servers were captured sending), then sends whatever a test queues.
    /// </summary>
    internal sealed class ScriptedQuoteServer : IAsyncDisposable
    {
        private readonly Channel<string> _outbox = Channel.CreateUnbounded<string>();
        private LoopbackWebServer _server = null!;
        private bool _live;

        /// <summary>The websocket address (ws://127.0.0.1:port).</summary>
        public string Url => _server.Url.Replace("http://", "ws://");

        public static async Task<ScriptedQuoteServer> StartAsync(bool live = false)
        {
            var server = new ScriptedQuoteServer { _live = live };
            server._server = await LoopbackWebServer.StartAsync(app =>
            {
                app.UseWebSockets();
                app.Run(server.ServeAsync);
            });
            return server;
        }

        public void Send(string message) => _outbox.Writer.TryWrite(message);

        public async ValueTask DisposeAsync()
        {
            _outbox.Writer.TryComplete();
            await _server.DisposeAsync();
        }

        private async Task ServeAsync(HttpContext http)
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            await socket.ReceiveAsync(buffer, http.RequestAborted); // the login
            foreach (var name in new[] { "login_result.json", "dictionary.json", "all_products.json" })
            {
                var packet = _live ? Fixture.LiveWebSocket(name) : Fixture.WebSocket(name);
                await socket.SendAsync(packet, WebSocketMessageType.Text, true, http.RequestAborted);
            }
            await foreach (var message in _outbox.Reader.ReadAllAsync(http.RequestAborted))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, http.RequestAborted);
            }
        }
    }
}
