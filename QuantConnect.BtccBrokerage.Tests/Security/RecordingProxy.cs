using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.SecurityChecks
{
    /// <summary>
    /// A loopback HTTP proxy in front of the simulator that records every request exactly as it arrived
    /// (method, path, raw query, body length) and relays it unchanged.
    /// </summary>
    internal sealed class RecordingProxy : IAsyncDisposable
    {
        /// <summary>One request as it crossed the wire.</summary>
        public sealed record Captured(string Method, string Path, string RawQuery, long BodyLength);

        private readonly WebApplication _app;
        private readonly HttpClient _upstream;

        private RecordingProxy(WebApplication app, Uri upstream)
        {
            _app = app;
            _upstream = new HttpClient { BaseAddress = upstream };
        }

        public string Url { get; private set; } = string.Empty;

        public ConcurrentQueue<Captured> Requests { get; } = new();

        public static async Task<RecordingProxy> StartAsync(Uri upstream)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var proxy = new RecordingProxy(app, upstream);
            app.Run(proxy.RelayAsync);
            await app.StartAsync();
            proxy.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return proxy;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _upstream.Dispose();
        }

        private async Task RelayAsync(HttpContext http)
        {
            var raw = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : string.Empty;
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            Requests.Enqueue(new Captured(http.Request.Method, http.Request.Path.Value!, raw, body.Length));

            using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), http.Request.Path.Value + http.Request.QueryString.Value);
            using var reply = await _upstream.SendAsync(request, http.RequestAborted);
            http.Response.StatusCode = (int)reply.StatusCode;
            http.Response.ContentType = reply.Content.Headers.ContentType?.ToString() ?? "application/json";
            await http.Response.WriteAsync(await reply.Content.ReadAsStringAsync(http.RequestAborted), http.RequestAborted);
        }
    }
}
