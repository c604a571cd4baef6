/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>GET orderList (open pending orders), dealTodayList (today's fills) and profitTodayList (today's closing fills).</summary>
    internal static class ListEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.Get(app, "/v1/account/orderList", call =>
            {
                call.RequiredLong("accountid");
                var id = call.OptionalLong("id");
                var orders = c.Engine.ReportedOrders(openOnly: true).Where(o => id == 0 || o.Id == id);
                return new JObject { ["orders"] = new JArray(orders.Select(o => WireFormat.Order(c.Options, o))) };
            });

            c.Get(app, "/v1/account/dealTodayList", call => TodayDeals(c, call, "/v1/account/dealTodayList", closingOnly: false));
            c.Get(app, "/v1/account/profitTodayList", call => TodayDeals(c, call, "/v1/account/profitTodayList", closingOnly: true));
        }

        private static JObject TodayDeals(RestContext c, RestCall call, string list, bool closingOnly)
        {
            call.RequiredLong("accountid");
            var id = call.OptionalLong("id");
            var deals = c.Engine.ReportedDeals(todayOnly: true, list)
                .Where(d => (id == 0 || d.Id == id) && (!closingOnly || d.Reason == 2))
                .Select(d => WireFormat.Deal(c.Options, d));
            return new JObject
            {
                ["settlement_time"] = c.Engine.SettlementTime.ToUnixTimeSeconds(),
                ["orders"] = new JArray(c.ShapeDeals(deals))
            };
        }
    }
}
