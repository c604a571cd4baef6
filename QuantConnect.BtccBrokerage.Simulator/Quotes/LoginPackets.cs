/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// The three packets answering a quote login, field for field per dialect: the PDF prints them without
    /// <c>action</c> (hours as <c>AllProducts</c>); BTCC's live servers send <c>Login</c> (with <c>uid</c> and
    /// <c>time</c>, Result 0, Seq 0), <c>Dict</c> and <c>All Products</c>.
    /// </summary>
    internal static class LoginPackets
    {
        /// <summary>Login result packet; <paramref name="loginResult"/> 0 = success.</summary>
        public static JObject LoginResult(BtccQuoteDialect dialect, int loginResult, long seq)
        {
            var now = DateTimeOffset.UtcNow;
            var live = dialect == BtccQuoteDialect.Live;
            var data = new JObject
            {
                ["Result"] = live ? 0 : 4,
                ["DataSourceState"] = 0,
                ["LoginResult"] = loginResult,
                ["Reserve"] = 0,
                ["token"] = "",
                ["Seq"] = live ? 0 : seq,
                ["Year"] = now.Year,
                ["Month"] = now.Month,
                ["Day"] = now.Day,
                ["Time"] = now.ToUnixTimeSeconds()
            };
            return live
                ? new JObject { ["code"] = 0, ["action"] = "Login", ["msg"] = "", ["uid"] = "", ["time"] = 0, ["data"] = data }
                : new JObject { ["code"] = 0, ["data"] = data, ["msg"] = "" };
        }

        /// <summary>Dictionary packet: every product of <paramref name="products"/> whose ticker is not in <paramref name="omitted"/>.</summary>
        public static JObject Dictionary(BtccQuoteDialect dialect, QuoteProducts products, IReadOnlySet<string> omitted)
        {
            var listed = products.All.Where(p => p.Instrument == null || !omitted.Contains(p.Instrument.Ticker)).ToList();
            var data = new JObject
            {
                ["Num"] = listed.Count,
                ["DictInfo"] = new JArray(listed.Select(p => new JObject
                {
                    ["SecID"] = p.SecId,
                    ["ShortName"] = p.ShortName,
                    ["Big"] = "10;11;12;",
                    ["Gb"] = " ",
                    ["Digit"] = p.Digits,
                    ["Pips"] = 0,
                    ["Zone"] = 6,
                    ["Type"] = 8,
                    ["TimeType"] = 1,
                    ["CompanyType"] = 1,
                    ["CallOrPutFlag"] = 0,
                    ["New64CompanyType"] = 1,
                    ["XlsStartEndTimeRange"] = new JObject { ["StartTime"] = 0, ["EndTime"] = 1440 },
                    ["DlsStartEndTimeRange"] = new JObject { ["StartTime"] = 0, ["EndTime"] = 1440 }
                }))
            };
            return dialect == BtccQuoteDialect.Live
                ? new JObject { ["action"] = "Dict", ["data"] = data }
                : new JObject { ["code"] = 0, ["data"] = data, ["msg"] = "" };
        }

        /// <summary>Market hours packet: crypto trades around the clock, every weekday.</summary>
        public static JObject AllProducts(BtccQuoteDialect dialect, IEnumerable<SimulatedInstrument> tickers) => new()
        {
            ["action"] = dialect == BtccQuoteDialect.Live ? "All Products" : "AllProducts",
            ["data"] = new JArray(tickers.SelectMany(i => Enumerable.Range(0, 7).Select(day => new JObject
            {
                ["weekday"] = day,
                ["xlsOrDls"] = 0,
                ["szname"] = i.Ticker,
                ["schedule"] = new JArray(new JObject { ["begin"] = 0, ["end"] = 1439 })
            })))
        };
    }
}
