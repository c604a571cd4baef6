/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// Answers ReqKline from the deterministic <see cref="PriceHistory"/>: bars whose start lies in [from, to]
    /// and not in the future, oldest first, at most MaxKlinesPerReply. An unknown code or interval gets an
    /// empty KdataInfo (BTCC documents no error reply).
    /// </summary>
    internal static class KlineReplies
    {
        /// <summary>The Kline reply to one request.</summary>
        public static JObject Reply(PriceHistory? history, int maxBars, long code, int interval, long from, long to)
        {
            var bars = new JArray();
            if (history is not null && KlineIntervals.IsKnown(interval))
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                var start = KlineIntervals.BarStart(interval, from);
                if (start < from) start = KlineIntervals.NextBarStart(interval, start);
                while (start <= to && start <= now && bars.Count < maxBars)
                {
                    var next = KlineIntervals.NextBarStart(interval, start);
                    var candle = history.Candle(start, next);
                    bars.Add(new JObject
                    {
                        ["T"] = start,
                        ["O"] = candle.Open,
                        ["C"] = candle.Close,
                        ["H"] = candle.High,
                        ["L"] = candle.Low,
                        ["M"] = 0,
                        ["A"] = candle.Volume
                    });
                    start = next;
                }
            }
            return new JObject
            {
                ["code"] = 0,
                ["action"] = "Kline",
                ["msg"] = "",
                ["uid"] = "tradeChart",
                ["data"] = new JObject
                {
                    ["Seq"] = 0,
                    ["StartTime"] = bars.Count > 0 ? bars[0]["T"]!.Value<long>() : from,
                    ["CodeId"] = code,
                    ["Interval"] = interval,
                    ["Count"] = bars.Count,
                    ["KdataInfo"] = bars
                }
            };
        }
    }
}
