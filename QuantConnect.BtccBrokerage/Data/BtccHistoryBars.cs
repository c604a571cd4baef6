/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// BTCC klines as LEAN trade bars, the one conversion the plugin's history and the ToolBox downloader share:
    /// <c>Time</c> is the bar's start (kline T, unix seconds) in the request's data time zone and <c>EndTime</c> =
    /// Time + period, LEAN's bar convention. Only bars whose start lies in [start, end) are kept, once each, oldest
    /// first; BTCC's still-forming bar is left out, since LEAN's history holds completed bars only.
    /// </summary>
    public static class BtccHistoryBars
    {
        /// <summary>The BTCC kline interval of a LEAN resolution: Minute (35), Hour (4), Daily (5); none for Tick or Second.</summary>
        public static bool TryGetInterval(Resolution resolution, out BtccKlineInterval interval)
        {
            switch (resolution)
            {
                case Resolution.Minute: interval = BtccKlineInterval.Minute; return true;
                case Resolution.Hour: interval = BtccKlineInterval.Hour; return true;
                case Resolution.Daily: interval = BtccKlineInterval.Day; return true;
                default: interval = default; return false;
            }
        }

        /// <summary>Converts klines (any order, repeats allowed) to trade bars, oldest first.</summary>
        /// <param name="klines">BTCC candles of one symbol and interval.</param>
        /// <param name="symbol">Symbol put on the bars.</param>
        /// <param name="resolution">Minute, Hour or Daily.</param>
        /// <param name="dataTimeZone">Time zone of the bars' times.</param>
        /// <param name="startUtc">Earliest bar start kept (inclusive).</param>
        /// <param name="endUtc">Latest bar start kept (exclusive).</param>
        /// <param name="nowUtc">Bars ending after this are still forming and dropped.</param>
        public static IEnumerable<TradeBar> ToTradeBars(IEnumerable<BtccKline> klines, Symbol symbol, Resolution resolution,
            DateTimeZone dataTimeZone, DateTime startUtc, DateTime endUtc, DateTime nowUtc)
        {
            if (!TryGetInterval(resolution, out _))
            {
                throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "BTCC klines serve Minute, Hour and Daily");
            }
            var period = resolution.ToTimeSpan();
            var last = long.MinValue;
            foreach (var kline in klines.OrderBy(k => k.Time))
            {
                var barStartUtc = BtccTickConverter.FromUnixSeconds(kline.Time);
                if (kline.Time == last || barStartUtc < startUtc || barStartUtc >= endUtc || barStartUtc + period > nowUtc)
                {
                    continue;
                }
                last = kline.Time;
                yield return new TradeBar(BtccTickConverter.ToExchangeTime(kline.Time, dataTimeZone), symbol,
                    kline.Open, kline.High, kline.Low, kline.Close, kline.Volume, period);
            }
        }
    }
}
