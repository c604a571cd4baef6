/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>
    /// The quote websocket's pushes: tickinfo/tickinfo_deep values are strings (T a number), dealticksnap and Kline
    /// numbers. Live, tickinfo also carries the depth fields as null and dealticksnap is a one-shot snapshot with a
    /// top-level <c>volumedigits</c>. Items are addressed by the dialect's SecID.
    /// </summary>
    internal static class QuoteMessages
    {
        /// <summary>Reply to KeepLive (lower-case action, as documented).</summary>
        public static JObject KeepLive() => new() { ["action"] = "keeplive" };

        /// <summary>Top-of-book push; live, the depth fields U, M, L, I, R, E follow as null.</summary>
        public static JObject TickInfo(BtccQuoteDialect dialect, QuoteUpdate u, long secId)
        {
            var item = new JObject
            {
                ["Y"] = Id(secId),
                ["A"] = new JArray(Price(u.Ask, u.Instrument)),
                ["B"] = new JArray(Price(u.Bid, u.Instrument)),
                ["T"] = u.Time,
                ["V"] = Volume(u.LastVolume, u.Instrument),
                ["C"] = Price(u.LastPrice, u.Instrument)
            };
            if (dialect == BtccQuoteDialect.Live)
            {
                foreach (var name in new[] { "U", "M", "L", "I", "R", "E" }) item[name] = JValue.CreateNull();
            }
            return new JObject { ["action"] = "tickinfo", ["data"] = new JArray(item) };
        }

        /// <summary>Seven-level book push; levels one tick apart beyond the touch, sizes from a fixed pattern.</summary>
        public static JObject TickInfoDeep(QuoteUpdate u, long secId)
        {
            const int levels = 7;
            var step = u.Instrument.Tick;
            var asks = Enumerable.Range(0, levels).Select(i => u.Ask + i * step).ToArray();
            var bids = Enumerable.Range(0, levels).Select(i => u.Bid - i * step).ToArray();
            var askSizes = Enumerable.Range(0, levels).Select(i => Size(u, i, 1)).ToArray();
            var bidSizes = Enumerable.Range(0, levels).Select(i => Size(u, i, 2)).ToArray();
            var askCum = Cumulative(askSizes);
            var bidCum = Cumulative(bidSizes);
            var total = askCum[^1] + bidCum[^1];
            return new JObject
            {
                ["action"] = "tickinfo_deep",
                ["data"] = new JArray(new JObject
                {
                    ["Y"] = Id(secId),
                    ["A"] = new JArray(asks.Select(p => Price(p, u.Instrument))),
                    ["B"] = new JArray(bids.Select(p => Price(p, u.Instrument))),
                    ["U"] = new JArray(askSizes.Select(v => Volume(v, u.Instrument))),
                    ["M"] = new JArray(bidSizes.Select(v => Volume(v, u.Instrument))),
                    ["T"] = u.Time,
                    ["V"] = Volume(u.LastVolume, u.Instrument),
                    ["C"] = Price(u.LastPrice, u.Instrument),
                    ["L"] = new JArray(askCum.Select(v => Volume(v, u.Instrument))),
                    ["I"] = new JArray(bidCum.Select(v => Volume(v, u.Instrument))),
                    ["R"] = new JArray(askCum.Select(c => Ratio(c / total))),
                    ["E"] = new JArray(bidCum.Select(c => Ratio(c / total)))
                })
            };
        }

        /// <summary>The PDF's trade push: the trades printed in this step (numbers, not strings).</summary>
        public static JObject DealTickSnap(QuoteUpdate u, long secId) => new()
        {
            ["action"] = "dealticksnap",
            ["data"] = new JArray(new JObject
            {
                ["Y"] = secId,
                ["ItemCount"] = u.Trades.Count,
                ["Items"] = Items(u.Trades.Reverse())
            })
        };

        /// <summary>
        /// The live one-shot: the last trades of the <c>deep</c> contract, newest first, once per ReqSubcri; an id
        /// without trades (or unknown) gets <c>"ItemCount":0,"Items":null</c>, as observed for id 999.
        /// </summary>
        public static JObject DealTickSnapshot(long secId, IReadOnlyList<SyntheticTrade> newestFirst) => new()
        {
            ["action"] = "dealticksnap",
            ["volumedigits"] = 2,
            ["data"] = new JArray(new JObject
            {
                ["Y"] = secId,
                ["ItemCount"] = newestFirst.Count,
                ["Items"] = newestFirst.Count == 0 ? JValue.CreateNull() : Items(newestFirst)
            })
        };

        private static JArray Items(IEnumerable<SyntheticTrade> trades) =>
            new(trades.Select(t => new JObject { ["P"] = t.Price, ["V"] = t.Volume, ["T"] = t.Time }));

        private static decimal Size(QuoteUpdate u, int level, int side) =>
            u.Instrument.VolumesStep * (10 + (long)(DeterministicNoise.Mix((ulong)u.Time, (ulong)level, (ulong)side) % 90));

        private static decimal[] Cumulative(decimal[] sizes)
        {
            var result = new decimal[sizes.Length];
            var sum = 0m;
            for (var i = 0; i < sizes.Length; i++) result[i] = sum += sizes[i];
            return result;
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        private static string Price(decimal price, SimulatedInstrument instrument) =>
            price.ToString("F" + instrument.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        // volumes at the instrument's volume step (0.001 BTC prints as 0.001, not 0.00): tickinfo's V is a trade's size
        private static string Volume(decimal volume, SimulatedInstrument instrument) =>
            volume.ToString("F" + Math.Max(2, (int)instrument.VolumesStep.Scale).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        private static string Ratio(decimal ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);
    }
}
