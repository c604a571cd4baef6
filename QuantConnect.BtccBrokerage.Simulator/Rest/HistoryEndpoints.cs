/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// GET getTradeReport (every fill, settled ones too), getHisOrder (every pending order) and getProfitReport
    /// (closing fills). Paged by pageNo/pageSize; beginTime/endTime are unix milliseconds like the rows' times.
    /// </summary>
    internal static class HistoryEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.Get(app, "/v1/user/getTradeReport", call =>
            {
                var deals = Filter(c.Engine.ReportedDeals(todayOnly: false, "/v1/user/getTradeReport"), call, d => d.ExecTime, d => d.Instrument.Path)
                    .Where(d => Matches(call, "orderId", d.Id) && Matches(call, "direction", d.Direction)
                        && Matches(call, "orderType", HistoryFormat.TradeReportOrderType(d.OrderType)))
                    .Where(d => call.Optional("reportType") is not { } kind || kind == (d.Reason == 1 ? "OPEN" : "CLOSE"))
                    .ToList();
                var (page, totalPage) = RestContext.Page(deals, call);
                return new JObject
                {
                    ["list"] = new JArray(c.ShapeDeals(page.Select(HistoryFormat.TradeReport))),
                    ["subtotalVolume"] = page.Sum(d => d.ExecVolume),
                    ["totalVolume"] = deals.Sum(d => d.ExecVolume),
                    ["pageNo"] = call.RequiredLong("pageNo"),
                    ["pageSize"] = call.RequiredLong("pageSize"),
                    ["totalPage"] = totalPage,
                    ["totalSize"] = deals.Count,
                    ["msg"] = "SUCC"
                };
            });

            c.Get(app, "/v1/user/getHisOrder", call =>
            {
                call.Required("accountNo");
                var orders = Filter(c.Engine.ReportedOrders(openOnly: false, "/v1/user/getHisOrder"), call, o => o.RequestTime, o => o.Instrument.Path)
                    .Where(o => Matches(call, "orderId", o.Id) && Matches(call, "direction", o.Direction) && Matches(call, "status", o.Status))
                    .ToList();
                var (page, totalPage) = RestContext.Page(orders, call);
                return new JObject
                {
                    ["list"] = new JArray(page.Select(HistoryFormat.HisOrder)),
                    ["totalPage"] = totalPage,
                    ["pageNo"] = call.RequiredLong("pageNo"),
                    ["pageSize"] = call.RequiredLong("pageSize"),
                    ["totalSize"] = orders.Count,
                    ["msg"] = "SUCC"
                };
            });

            c.Get(app, "/v1/user/getProfitReport", call =>
            {
                var deals = Filter(c.Engine.ReportedDeals(todayOnly: false, "/v1/user/getProfitReport").Where(d => d.Reason == 2), call, d => d.ExecTime, d => d.Instrument.Path)
                    .Where(d => Matches(call, "orderId", d.Id) && Matches(call, "openDirection", d.PositionDirection) && Matches(call, "orderType", d.OrderType))
                    .ToList();
                var (page, totalPage) = RestContext.Page(deals, call);
                return new JObject
                {
                    ["list"] = new JArray(page.Select(HistoryFormat.ProfitReport)),
                    ["pageNo"] = call.RequiredLong("pageNo"),
                    ["pageSize"] = call.RequiredLong("pageSize"),
                    ["totalSize"] = deals.Count,
                    ["totalPage"] = totalPage,
                    ["subTradeVolume"] = page.Sum(d => d.ExecVolume),
                    ["subSwap"] = page.Sum(d => d.Swap),
                    ["subProfit"] = page.Sum(d => d.Profit),
                    ["subCommission"] = page.Sum(d => d.Commission),
                    ["totalTradeVolume"] = deals.Sum(d => d.ExecVolume),
                    ["totalSwap"] = deals.Sum(d => d.Swap),
                    ["totalProfit"] = deals.Sum(d => d.Profit),
                    ["totalCommission"] = deals.Sum(d => d.Commission),
                    ["msg"] = "SUCC"
                };
            });
        }

        private static IEnumerable<T> Filter<T>(IEnumerable<T> items, RestCall call, Func<T, DateTimeOffset> time, Func<T, string> symbol)
        {
            var begin = call.OptionalLong("beginTime");
            var end = call.OptionalLong("endTime");
            var path = call.Optional("symbol");
            return items.Where(i =>
                (begin == 0 || time(i).ToUnixTimeMilliseconds() >= begin)
                && (end == 0 || time(i).ToUnixTimeMilliseconds() <= end)
                && (path is null || symbol(i) == path));
        }

        private static bool Matches(RestCall call, string name, long value) =>
            call.OptionalLong(name) is var wanted && (wanted == 0 || wanted == value);
    }
}
