/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>GET /v1/config/symbollist and GET /v1/config/accountgroup.</summary>
    internal static class ConfigEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.Get(app, "/v1/config/symbollist", _ => new JObject
            {
                ["symbols"] = new JArray(c.Engine.Instruments.Select(SymbolFormat.Symbol))
            });

            c.Get(app, "/v1/config/accountgroup", call =>
            {
                var groupId = call.RequiredLong("account_groupid");
                return new JObject
                {
                    ["account_group"] = new JObject
                    {
                        ["companyid"] = c.Options.CompanyId,
                        ["currency"] = "USDT",
                        ["enable"] = true,
                        ["id"] = groupId,
                        ["margin_call_level"] = 100,
                        ["name"] = "MIN",
                        ["platform"] = "GTS",
                        ["status"] = 0,
                        ["stop_out_level"] = WireFormat.AccountGroupStopOut,
                        ["digits"] = 2
                    }
                };
            });
        }
    }
}
