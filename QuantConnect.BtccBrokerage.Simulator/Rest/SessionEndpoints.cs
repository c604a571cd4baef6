/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>POST /v1/user/login and GET /v1/user/keepalive.</summary>
    internal static class SessionEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.PostAnonymous(app, "/v1/user/login", call =>
            {
                var token = c.Sessions.Login(call);
                return new JObject
                {
                    ["token"] = token,
                    ["account"] = WireFormat.Account(c.Options, c.Engine.Account()),
                    ["server_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["msg"] = "LoginSuccess"
                };
            });

            c.Get(app, "/v1/user/keepalive", _ => new JObject
            {
                ["accountid"] = c.Options.AccountId,
                ["server_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds()
            });
        }
    }
}
