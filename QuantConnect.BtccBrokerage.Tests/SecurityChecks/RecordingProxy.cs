/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

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

        private readonly HttpClient _upstream;
        private LoopbackWebServer _server = null!;

        private RecordingProxy(Uri upstream) => _upstream = new HttpClient { BaseAddress = upstream };

        public string Url => _server.Url;

        public ConcurrentQueue<Captured> Requests { get; } = new();

        public static async Task<RecordingProxy> StartAsync(Uri upstream)
        {
            var proxy = new RecordingProxy(upstream);
            proxy._server = await LoopbackWebServer.StartAsync(app => app.Run(proxy.RelayAsync));
            return proxy;
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
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
