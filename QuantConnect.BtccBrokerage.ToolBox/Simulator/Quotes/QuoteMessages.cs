using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Quotes
{
    /// <summary>
    /// The quote websocket's messages as BTCC documents them: the login result and dictionary have no
    /// <c>action</c>; tickinfo/tickinfo_deep values are strings (T a number); dealticksnap and Kline use numbers.
    /// </summary>
    internal static class QuoteMessages
    {
        /// <summary>Login result packet; <paramref name="loginResult"/> 0 = success.</summary>
        public static JObject LoginResult(int loginResult, long seq)
        {
            var now = DateTimeOffset.UtcNow;
            return new JObject
            {
                ["code"] = 0,
                ["data"] = new JObject
                {
                    ["Result"] = 4,
                    ["DataSourceState"] = 0,
                    ["LoginResult"] = loginResult,
                    ["Reserve"] = 0,
                    ["token"] = "",
                    ["Seq"] = seq,
                    ["Year"] = now.Year,
                    ["Month"] = now.Month,
                    ["Day"] = now.Day,
                    ["Time"] = now.ToUnixTimeSeconds()
                },
                ["msg"] = ""
            };
        }

        /// <summary>Dictionary packet: one entry per ticker (one SecID per ticker).</summary>
        public static JObject Dictionary(IReadOnlyList<SimulatedInstrument> tickers) => new()
        {
            ["code"] = 0,
            ["data"] = new JObject
            {
                ["Num"] = tickers.Count,
                ["DictInfo"] = new JArray(tickers.Select(i => new JObject
                {
                    ["SecID"] = i.CodeId,
                    ["ShortName"] = $"{i.BaseCurrency}/USDT",
                    ["Big"] = "10;11;12;",
                    ["Gb"] = " ",
                    ["Digit"] = i.Digits,
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
            },
            ["msg"] = ""
        };

        /// <summary>Market hours packet: crypto trades around the clock, every weekday.</summary>
        public static JObject AllProducts(IReadOnlyList<SimulatedInstrument> tickers) => new()
        {
            ["action"] = "AllProducts",
            ["data"] = new JArray(tickers.SelectMany(i => Enumerable.Range(0, 7).Select(day => new JObject
            {
                ["weekday"] = day,
                ["xlsOrDls"] = 0,
                ["szname"] = i.Ticker,
                ["schedule"] = new JArray(new JObject { ["begin"] = 0, ["end"] = 1439 })
            })))
        };

        /// <summary>Reply to KeepLive (lower-case action, as documented).</summary>
        public static JObject KeepLive() => new() { ["action"] = "keeplive" };

        /// <summary>Top-of-book push.</summary>
        public static JObject TickInfo(QuoteUpdate u) => new()
        {
            ["action"] = "tickinfo",
            ["data"] = new JArray(new JObject
            {
                ["Y"] = Id(u.Instrument.CodeId),
                ["A"] = new JArray(Price(u.Ask, u.Instrument)),
                ["B"] = new JArray(Price(u.Bid, u.Instrument)),
                ["T"] = u.Time,
                ["V"] = Volume(u.LastVolume),
                ["C"] = Price(u.LastPrice, u.Instrument)
            })
        };

        /// <summary>Seven-level book push; levels one tick apart beyond the touch, sizes from a fixed pattern.</summary>
        public static JObject TickInfoDeep(QuoteUpdate u)
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
                    ["Y"] = Id(u.Instrument.CodeId),
                    ["A"] = new JArray(asks.Select(p => Price(p, u.Instrument))),
                    ["B"] = new JArray(bids.Select(p => Price(p, u.Instrument))),
                    ["U"] = new JArray(askSizes.Select(Volume)),
                    ["M"] = new JArray(bidSizes.Select(Volume)),
                    ["T"] = u.Time,
                    ["V"] = Volume(u.LastVolume),
                    ["C"] = Price(u.LastPrice, u.Instrument),
                    ["L"] = new JArray(askCum.Select(Volume)),
                    ["I"] = new JArray(bidCum.Select(Volume)),
                    ["R"] = new JArray(askCum.Select(c => Volume(c / total))),
                    ["E"] = new JArray(bidCum.Select(c => Volume(c / total)))
                })
            };
        }

        /// <summary>Trades printed in this step (numbers, not strings).</summary>
        public static JObject DealTickSnap(QuoteUpdate u) => new()
        {
            ["action"] = "dealticksnap",
            ["data"] = new JArray(new JObject
            {
                ["Y"] = u.Instrument.CodeId,
                ["ItemCount"] = u.Trades.Count,
                ["Items"] = new JArray(u.Trades.Reverse().Select(t => new JObject { ["P"] = t.Price, ["V"] = t.Volume, ["T"] = t.Time }))
            })
        };

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

        private static string Volume(decimal volume) => volume.ToString("F2", CultureInfo.InvariantCulture);
    }
}
