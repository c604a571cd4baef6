/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// The console API of the fault knobs: every knob by name, a lag per list, and faults scripted for the next
    /// requests to one path or the next quote logins. All take effect at once, on requests already in flight too.
    /// </summary>
    internal static class ConsoleFaults
    {
        /// <summary>The list endpoints a lag can be set on.</summary>
        public static readonly IReadOnlyList<string> Lists =
        [
            "/v1/account/positionlist", "/v1/account/orderList", "/v1/account/dealTodayList", "/v1/account/profitTodayList",
            "/v1/user/getHisOrder", "/v1/user/getTradeReport", "/v1/user/getProfitReport"
        ];

        /// <summary>Maps the endpoints under <c>/console/api/faults</c>.</summary>
        public static void Map(WebApplication app, BtccSimulatorFaults faults)
        {
            ConsoleHttp.Get(app, "/console/api/faults", () => Of(faults));
            ConsoleHttp.Get(app, "/console/api/faults/knobs", Describe);
            ConsoleHttp.Post(app, "/console/api/faults", body =>
            {
                var errors = FaultKnobs.Apply(faults, body);
                if (errors.Count > 0) throw ConsoleHttp.BadRequest(string.Join("; ", errors));
                return Of(faults);
            });
            ConsoleHttp.Post(app, "/console/api/faults/list-lag", body =>
            {
                var list = KnownList(ConsoleHttp.RequiredString(body, "path"));
                var lag = ConsoleHttp.RequiredDecimal(body, "lagMs");
                if (lag < 0) throw ConsoleHttp.BadRequest("lagMs must be 0 or more");
                faults.SetListLag(list, TimeSpan.FromMilliseconds((double)lag));
                return Of(faults);
            });
            ConsoleHttp.Post(app, "/console/api/faults/fail-next", body =>
            {
                var path = ConsoleHttp.RequiredString(body, "path");
                if (!path.StartsWith("/v1/", StringComparison.Ordinal)) throw ConsoleHttp.BadRequest("path must be a BTCC endpoint such as /v1/account/openposition");
                faults.FailNext(path, Named<RequestFault>(body, "fault"), Count(body));
                return Of(faults);
            });
            ConsoleHttp.Post(app, "/console/api/faults/fail-next-quote-logins", body =>
            {
                faults.FailNextQuoteLogins(Named<QuoteLoginFault>(body, "fault"), Count(body));
                return Of(faults);
            });
        }

        /// <summary>Every knob's value, each list's lag (its own or the every-list one, the longer) and how often each fault fired.</summary>
        public static JObject Of(BtccSimulatorFaults faults) => new()
        {
            ["knobs"] = FaultKnobs.Values(faults),
            ["listLagsMs"] = new JObject(Lists.Select(l => new JProperty(l, (int)faults.ListLag(l).TotalMilliseconds))),
            ["injected"] = new JObject(faults.Injected.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new JProperty(i.Key, i.Value)))
        };

        /// <summary>What the console needs to draw the controls: each knob's name, label and kind, the lists, the scripted faults.</summary>
        public static JObject Describe() => new()
        {
            ["knobs"] = new JArray(FaultKnobs.All.Select(k => new JObject
            {
                ["name"] = k.Name, ["label"] = k.Label, ["kind"] = k.Kind.ToString().ToLowerInvariant()
            })),
            ["lists"] = new JArray(Lists),
            ["requestFaults"] = new JArray(Enum.GetNames<RequestFault>()),
            ["quoteLoginFaults"] = new JArray(Enum.GetNames<QuoteLoginFault>())
        };

        private static string KnownList(string path) =>
            Lists.FirstOrDefault(l => string.Equals(l, path, StringComparison.OrdinalIgnoreCase))
            ?? throw ConsoleHttp.BadRequest($"path must be one of {string.Join(", ", Lists)}");

        private static T Named<T>(JObject body, string field) where T : struct, Enum =>
            Enum.TryParse<T>(ConsoleHttp.RequiredString(body, field), ignoreCase: true, out var value) && Enum.IsDefined(value)
                ? value
                : throw ConsoleHttp.BadRequest($"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}");

        private static int Count(JObject body)
        {
            var count = ConsoleHttp.OptionalInt(body, "count", 1);
            return count is >= 1 and <= 1000 ? count : throw ConsoleHttp.BadRequest("count must be from 1 to 1000");
        }
    }
}
