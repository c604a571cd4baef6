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
    /// Turns parsed quote-websocket items into LEAN ticks. BTCC stamps items in unix seconds (UTC); LEAN wants
    /// a tick's <see cref="QuantConnect.Data.BaseData.Time"/> in the security's exchange time zone.
    /// </summary>
    public static class BtccTickConverter
    {
        /// <summary>The exchange name put on every tick.</summary>
        public const string ExchangeName = "btcc";

        /// <summary>A unix timestamp in seconds as a UTC <see cref="DateTime"/>.</summary>
        public static DateTime FromUnixSeconds(long seconds) => DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond);

        /// <summary>A unix timestamp in seconds as local time of <paramref name="timeZone"/> (UTC for BTCC's crypto futures).</summary>
        public static DateTime ToExchangeTime(long seconds, DateTimeZone timeZone)
        {
            var utc = FromUnixSeconds(seconds);
            return ReferenceEquals(timeZone, DateTimeZone.Utc) ? utc : utc.ConvertFromUtc(timeZone);
        }

        /// <summary>A quote tick from a <c>tickinfo</c> item: best bid and ask without sizes (BTCC sends none there).</summary>
        public static Tick ToQuoteTick(in BtccTickInfo tick, Symbol symbol, DateTimeZone timeZone)
            => Quote(ToExchangeTime(tick.Time, timeZone), symbol, tick.Bid, 0m, tick.Ask, 0m);

        /// <summary>A quote tick from a <c>tickinfo_deep</c> item: level 0 prices with their sizes (M bid, U ask volumes).</summary>
        public static Tick ToQuoteTick(in BtccDepth depth, Symbol symbol, DateTimeZone timeZone)
            => Quote(ToExchangeTime(depth.Time, timeZone), symbol,
                First(depth.BidPrices), First(depth.BidVolumes), First(depth.AskPrices), First(depth.AskVolumes));

        /// <summary>A trade tick from one <c>dealticksnap</c> trade (BTCC publishes no side).</summary>
        public static Tick ToTradeTick(in BtccDealTick deal, Symbol symbol, DateTimeZone timeZone)
            => new(ToExchangeTime(deal.Time, timeZone), symbol, string.Empty, ExchangeName, deal.Volume, deal.Price);

        private static Tick Quote(DateTime time, Symbol symbol, decimal bid, decimal bidSize, decimal ask, decimal askSize)
            => new(time, symbol, string.Empty, ExchangeName, bidSize, bid, askSize, ask);

        private static decimal First(decimal[] levels) => levels.Length > 0 ? levels[0] : 0m;
    }
}
