/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>What every REST endpoint needs, and the envelope every reply shares: top-level code and msg.</summary>
    internal sealed class RestContext
    {
        private readonly Random _shuffle;

        /// <summary>Creates the context.</summary>
        public RestContext(BtccSimulatorOptions options, ExchangeEngine engine, SessionStore sessions)
        {
            Options = options;
            Engine = engine;
            Sessions = sessions;
            _shuffle = new Random(options.Seed + 7);
        }

        /// <summary>Options.</summary>
        public BtccSimulatorOptions Options { get; }
        /// <summary>Exchange state.</summary>
        public ExchangeEngine Engine { get; }
        /// <summary>Tokens.</summary>
        public SessionStore Sessions { get; }

        /// <summary>Maps a GET endpoint that needs a valid token and sign.</summary>
        public void Get(WebApplication app, string path, Func<RestCall, JObject> handler) =>
            app.MapGet(path, Handle(handler, authenticate: true));

        /// <summary>Maps a POST endpoint that needs a valid token and sign.</summary>
        public void Post(WebApplication app, string path, Func<RestCall, JObject> handler) =>
            app.MapPost(path, Handle(handler, authenticate: true));

        /// <summary>Maps an endpoint without token check (login).</summary>
        public void PostAnonymous(WebApplication app, string path, Func<RestCall, JObject> handler) =>
            app.MapPost(path, Handle(handler, authenticate: false));

        /// <summary>Applies the DuplicateDeals and ReorderDeals faults to a deal list.</summary>
        public List<JObject> ShapeDeals(IEnumerable<JObject> items)
        {
            var list = Options.Faults.DuplicateDeals ? items.SelectMany(i => new[] { i, (JObject)i.DeepClone() }).ToList() : items.ToList();
            if (Options.Faults.ReorderDeals)
            {
                lock (_shuffle)
                {
                    var array = list.ToArray();
                    _shuffle.Shuffle(array);
                    list = array.ToList();
                }
            }
            return list;
        }

        /// <summary>The page <paramref name="pageNo"/> (1-based) of <paramref name="items"/>.</summary>
        public static (List<T> Items, int TotalPage) Page<T>(IReadOnlyList<T> items, RestCall call)
        {
            var pageNo = (int)Math.Max(1, call.RequiredLong("pageNo"));
            var pageSize = (int)Math.Clamp(call.RequiredLong("pageSize"), 1, 1000);
            var totalPage = (items.Count + pageSize - 1) / pageSize;
            return (items.Skip((pageNo - 1) * pageSize).Take(pageSize).ToList(), totalPage);
        }

        private RequestDelegate Handle(Func<RestCall, JObject> handler, bool authenticate) => async http =>
        {
            var call = await RestCall.ReadAsync(http.Request, Options.ReadsPostParametersFromForm);
            JObject reply;
            try
            {
                if (authenticate) Sessions.Authenticate(call);
                reply = new JObject { ["code"] = SimulatorErrorCodes.Ok, ["msg"] = "" };
                reply.Merge(handler(call));
            }
            catch (SimulatorException refusal)
            {
                reply = new JObject { ["code"] = refusal.Code, ["msg"] = refusal.Message };
            }
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(reply.ToString(Formatting.None), http.RequestAborted);
        };
    }
}
