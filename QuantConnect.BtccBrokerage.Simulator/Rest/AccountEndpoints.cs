/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>GET /v1/account/account and GET /v1/account/positionlist.</summary>
    internal static class AccountEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.Get(app, "/v1/account/account", call =>
            {
                call.RequiredLong("accountid");
                return new JObject { ["account"] = WireFormat.Account(c.Options, c.Engine.Account()) };
            });

            c.Get(app, "/v1/account/positionlist", call =>
            {
                call.RequiredLong("accountid");
                var symbol = call.Optional("symbol");
                var id = call.OptionalLong("id");
                var matches = c.Engine.ReportedOpenPositions()
                    .Where(p => (symbol is null || p.Instrument.Path == symbol) && (id == 0 || p.Id == id))
                    .ToList();
                var (page, _) = RestContext.Page(matches, call);
                return new JObject
                {
                    ["positions"] = new JArray(page.Select(p => WireFormat.Position(c.Options, p, c.Engine.Profit(p), listItem: true))),
                    ["total"] = matches.Count
                };
            });
        }
    }
}
