/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// A loopback HTTP server that answers every request with whatever reply the test scripted (garbage,
    /// HTML, an empty body, an unknown BTCC code...). Login answers a valid session unless
    /// <see cref="LoginReply"/> is set, so the reply under test reaches the call under test.
    /// </summary>
    public sealed class ScriptedRestServer : IAsyncDisposable
    {
        /// <summary>One canned HTTP reply.</summary>
        public sealed record Reply(int Status, string ContentType, string Body)
        {
            public static Reply Json(string body, int status = 200) => new(status, "application/json", body);

            /// <summary>Never answers (the client's request timeout must end the call).</summary>
            public static Reply Hang { get; } = new(HangStatus, string.Empty, string.Empty);

            /// <summary>Announces a body, sends half of it, then drops the connection.</summary>
            public static Reply Cut(string body) => new(CutStatus, "application/json", body);
        }

        private const int HangStatus = -1;
        private const int CutStatus = -2;

        private const string ValidLogin =
            "{\"code\":0,\"msg\":\"\",\"token\":\"00000011391572680255209\",\"server_time\":1700000000,"
            + "\"account\":{\"id\":320,\"account_no\":\"86000402\",\"account_groupid\":13,\"balance\":1000}}";

        private LoopbackWebServer _server = null!;
        private readonly ConcurrentDictionary<string, int> _calls = new();

        /// <summary>The server's base address (http://127.0.0.1:port).</summary>
        public string Url => _server.Url;

        /// <summary>What every request other than login gets.</summary>
        public Reply Next { get; set; } = Reply.Json("{\"code\":0,\"msg\":\"\"}");

        /// <summary>What login gets; null = a valid session.</summary>
        public Reply? LoginReply { get; set; }

        /// <summary>Requests served per path.</summary>
        public int Calls(string path) => _calls.TryGetValue(path, out var count) ? count : 0;

        public static async Task<ScriptedRestServer> StartAsync()
        {
            var server = new ScriptedRestServer();
            server._server = await LoopbackWebServer.StartAsync(app => app.Run(server.HandleAsync));
            return server;
        }

        /// <summary>Client settings pointing here: no read retries and a short timeout, so each row is one quick request.</summary>
        internal BtccApiSettings Settings() => new()
        {
            RestUrl = Url,
            WebSocketUrl = "ws://127.0.0.1:1",
            UserName = "user@example.test",
            Password = "password-not-for-logs",
            ApiKey = "api-key-not-for-logs",
            ApiSecret = "secret-not-for-logs",
            ReadRetryCount = 0,
            WriteResendCount = 0,
            RequestTimeout = TimeSpan.FromSeconds(1),
            RequestsPerSecond = 1000,
            RequestBurst = 1000
        };

        public ValueTask DisposeAsync() => _server.DisposeAsync();

        private async Task HandleAsync(HttpContext http)
        {
            var path = http.Request.Path.Value ?? string.Empty;
            _calls.AddOrUpdate(path, 1, (_, n) => n + 1);
            var reply = path == "/v1/user/login" ? LoginReply ?? Reply.Json(ValidLogin) : Next;
            if (reply.Status == HangStatus)
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { });
                return;
            }
            if (reply.Status == CutStatus)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(reply.Body);
                http.Response.StatusCode = 200;
                http.Response.ContentType = reply.ContentType;
                http.Response.ContentLength = bytes.Length;
                await http.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                http.Abort();
                return;
            }
            http.Response.StatusCode = reply.Status;
            http.Response.ContentType = reply.ContentType;
            await http.Response.WriteAsync(reply.Body, http.RequestAborted);
        }
    }
}
