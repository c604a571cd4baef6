using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>A loopback quote websocket that answers the login as BTCC documents, then sends whatever a test queues.</summary>
    internal sealed class ScriptedQuoteServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Channel<string> _outbox = Channel.CreateUnbounded<string>();

        private ScriptedQuoteServer(WebApplication app) => _app = app;

        public string Url { get; private set; } = string.Empty;

        public static async Task<ScriptedQuoteServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var server = new ScriptedQuoteServer(app);
            app.UseWebSockets();
            app.Run(async http =>
            {
                using var socket = await http.WebSockets.AcceptWebSocketAsync();
                var buffer = new byte[4096];
                await socket.ReceiveAsync(buffer, http.RequestAborted); // the login
                foreach (var name in new[] { "login_result.json", "dictionary.json", "all_products.json" })
                {
                    await socket.SendAsync(Fixture.WebSocket(name), WebSocketMessageType.Text, true, http.RequestAborted);
                }
                await foreach (var message in server._outbox.Reader.ReadAllAsync(http.RequestAborted))
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, http.RequestAborted);
                }
            });
            await app.StartAsync();
            server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http://", "ws://");
            return server;
        }

        public void Send(string message) => _outbox.Writer.TryWrite(message);

        public async ValueTask DisposeAsync()
        {
            _outbox.Writer.TryComplete();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
