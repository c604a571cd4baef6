/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// A tiny loopback HTTP exchange whose write replies a test scripts, to produce the failures the
    /// simulator cannot: a write that took effect but whose reply was lost.
    /// </summary>
    internal sealed class ScriptedExchange : IAsyncDisposable
    {
        /// <summary>What to do with one write: apply it or not, then answer with a status (and a BTCC error code).</summary>
        public sealed record Step(bool Apply, int Status, int Code = 0);

        private LoopbackWebServer _server = null!;
        private readonly ConcurrentDictionary<string, ConcurrentQueue<Step>> _scripts = new();
        private readonly ConcurrentDictionary<string, int> _calls = new();
        private long _nextId = 1000;
        private int _postsWithBody;
        private int _unsigned;
        private int _logins;

        public List<JObject> Positions { get; } = new();
        public List<JObject> Orders { get; } = new();
        public List<JObject> Deals { get; } = new();
        /// <summary>getHisOrder's items (orderId, status as text): orders that left orderList.</summary>
        public List<JObject> History { get; } = new();
        /// <summary>Ids of working orders orderList and getHisOrder do not show yet (listed late).</summary>
        public HashSet<long> Unlisted { get; } = new();
        public string Url => _server.Url;

        public static async Task<ScriptedExchange> StartAsync()
        {
            var exchange = new ScriptedExchange();
            exchange._server = await LoopbackWebServer.StartAsync(exchange.Map);
            return exchange;
        }

        public BtccApiSettings Settings() => new()
        {
            RestUrl = Url,
            WebSocketUrl = "ws://127.0.0.1:1",
            UserName = "user",
            Password = "password",
            ApiKey = "key",
            ApiSecret = "secret",
            ReadRetryDelay = TimeSpan.FromMilliseconds(10),
            ThrottleBackoff = TimeSpan.FromMilliseconds(20),
            RequestTimeout = TimeSpan.FromSeconds(5)
        };

        /// <summary>Queues how the next calls of <paramref name="path"/> behave; later calls apply and answer 200.</summary>
        public void Script(string path, params Step[] steps)
        {
            var queue = _scripts.GetOrAdd(path, _ => new ConcurrentQueue<Step>());
            foreach (var step in steps)
            {
                queue.Enqueue(step);
            }
        }

        /// <summary>POSTs that carried a body (BTCC takes every parameter in the query string).</summary>
        public int PostsWithBody => Volatile.Read(ref _postsWithBody);

        /// <summary>Requests whose query lacked a sign.</summary>
        public int UnsignedRequests => Volatile.Read(ref _unsigned);

        /// <summary>Logins served.</summary>
        public int Logins => Volatile.Read(ref _logins);

        public int Calls(string path) => _calls.TryGetValue(path, out var count) ? count : 0;

        public ValueTask DisposeAsync() => _server.DisposeAsync();

        private void Map(WebApplication app)
        {
            app.Use(async (http, next) =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && (http.Request.ContentLength ?? 0) > 0) Interlocked.Increment(ref _postsWithBody);
                if (string.IsNullOrEmpty(http.Request.Query["sign"])) Interlocked.Increment(ref _unsigned);
                await next(http);
            });
            app.MapPost("/v1/user/login", () =>
            {
                Interlocked.Increment(ref _logins);
                return Reply(new JObject
                {
                    ["token"] = "T1",
                    ["server_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["account"] = new JObject { ["id"] = 320, ["account_no"] = "86000402", ["account_groupid"] = 13 }
                });
            });
            app.MapGet("/v1/account/positionlist", () =>
            {
                lock (Positions) return Reply(new JObject { ["positions"] = new JArray(Positions.ToArray()), ["total"] = Positions.Count });
            });
            app.MapGet("/v1/account/orderList", () =>
            {
                lock (Orders) return Reply(new JObject { ["orders"] = new JArray(Orders.Where(o => !Unlisted.Contains(o.Value<long>("id"))).ToArray()) });
            });
            app.MapGet("/v1/user/getHisOrder", () =>
            {
                lock (Orders) return Reply(new JObject { ["list"] = new JArray(History.ToArray()), ["pageNo"] = 1, ["pageSize"] = 10, ["total"] = History.Count });
            });
            app.MapGet("/v1/account/dealTodayList", () =>
            {
                lock (Deals) return Reply(new JObject { ["settlement_time"] = 0, ["orders"] = new JArray(Deals.ToArray()) });
            });
            app.MapPost("/v1/account/closeposition", (HttpContext http) => Write(http, () =>
            {
                var id = long.Parse(http.Request.Query["positionid"].ToString());
                var volume = decimal.Parse(http.Request.Query["request_volume"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
                JObject position;
                lock (Positions)
                {
                    position = Positions.First(p => p.Value<long>("id") == id);
                    var left = position.Value<decimal>("volume") - volume;
                    position["volume"] = left;
                    if (left == 0m)
                    {
                        Positions.Remove(position);
                        position["status"] = 2;
                    }
                }
                lock (Deals) Deals.Add(CloseDeal(Interlocked.Increment(ref _nextId), id, volume));
                return new JObject { ["position"] = position };
            }));
            app.MapPost("/v1/account/openposition", (HttpContext http) => Write(http, () =>
            {
                var position = new JObject
                {
                    ["id"] = Interlocked.Increment(ref _nextId),
                    ["symbol"] = http.Request.Query["symbol"].ToString(),
                    ["order_refid"] = long.Parse(http.Request.Query["refid"].ToString()),
                    ["volume"] = decimal.Parse(http.Request.Query["request_volume"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                    ["status"] = 1
                };
                lock (Positions) Positions.Add(position);
                return new JObject { ["position"] = position };
            }));
            app.MapPost("/v1/account/openpending", (HttpContext http) => Write(http, () =>
            {
                var order = new JObject
                {
                    ["id"] = Interlocked.Increment(ref _nextId),
                    ["symbol"] = http.Request.Query["symbol"].ToString(),
                    ["direction"] = int.Parse(http.Request.Query["direction"].ToString()),
                    ["type"] = int.Parse(http.Request.Query["type"].ToString()),
                    ["request_volume"] = decimal.Parse(http.Request.Query["request_volume"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                    ["request_price"] = decimal.Parse(http.Request.Query["request_price"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                    ["request_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["status"] = 1
                };
                lock (Orders) Orders.Add(order);
                return new JObject { ["order"] = order };
            }));
            app.MapPost("/v1/account/cancelpending", (HttpContext http) => Write(http, () =>
            {
                var id = long.Parse(http.Request.Query["id"].ToString());
                lock (Orders)
                {
                    var order = Orders.First(o => o.Value<long>("id") == id);
                    Orders.Remove(order);
                    order["status"] = 5;
                    History.Add(new JObject { ["orderId"] = id, ["status"] = "5" });
                    return new JObject { ["order"] = order };
                }
            }));
        }

        /// <summary>A closing deal (reason 2) of <paramref name="volume"/> on ticket <paramref name="positionId"/>, executed now.</summary>
        public static JObject CloseDeal(long id, long positionId, decimal volume) => new()
        {
            ["id"] = id,
            ["positionid"] = positionId,
            ["reason"] = 2,
            ["exec_volume"] = volume,
            ["exec_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["status"] = 1
        };

        private IResult Write(HttpContext http, Func<JObject> apply)
        {
            var path = http.Request.Path.Value!;
            _calls.AddOrUpdate(path, 1, (_, n) => n + 1);
            var step = _scripts.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : new Step(true, 200);
            if (step.Code != 0)
            {
                return Results.Content($"{{\"code\":{step.Code},\"msg\":\"refused\"}}", "application/json");
            }
            var reply = step.Apply ? apply() : null;
            return step.Status == 200 && reply != null ? Reply(reply) : Results.StatusCode(step.Status);
        }

        private static IResult Reply(JObject payload)
        {
            payload["code"] = 0;
            payload["msg"] = "";
            return Results.Content(payload.ToString(Newtonsoft.Json.Formatting.None), "application/json");
        }
    }
}
