using System.Globalization;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Knobs of the live quote feed, read from LEAN brokerage data or configuration (<c>btcc-quote-*</c> keys).
    /// </summary>
    public sealed class BtccQuoteFeedOptions
    {
        /// <summary>Key: seconds without quote data on a subscribed socket before it is reported and reconnected.</summary>
        public const string SilenceTimeoutKey = "btcc-quote-silence-timeout-s";

        /// <summary>Key: how many extra sockets may carry depth (<c>deep</c>) subscriptions, one symbol each.</summary>
        public const string MaxDepthSocketsKey = "btcc-quote-max-depth-sockets";

        /// <summary>Key: seconds of exchange time within which a repeated trade (SecID, T, P, V) is a duplicate.</summary>
        public const string TradeDedupeWindowKey = "btcc-quote-trade-dedupe-window-s";

        /// <summary>Seconds of silence that trigger the watchdog (default 30).</summary>
        public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Depth sockets at most (default 5). Quote subscriptions get one each, in subscription order, so their
        /// ticks carry level-0 sizes; beyond this number quotes come from <c>tickinfo</c> without sizes.
        /// </summary>
        public int MaxDepthSockets { get; init; } = 5;

        /// <summary>Trade de-duplication window (default 60 s).</summary>
        public TimeSpan TradeDedupeWindow { get; init; } = TimeSpan.FromSeconds(60);

        /// <summary>Delay before a failed first connection is tried again (it doubles up to one minute).</summary>
        public TimeSpan ConnectRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// Reads the options: a key in <paramref name="brokerageData"/> wins over LEAN's configuration; missing keys
        /// keep their defaults. Malformed values are added to <paramref name="errors"/>.
        /// </summary>
        public static BtccQuoteFeedOptions From(IReadOnlyDictionary<string, string>? brokerageData, ICollection<string> errors)
        {
            var defaults = new BtccQuoteFeedOptions();
            var silence = Read(brokerageData, SilenceTimeoutKey, defaults.SilenceTimeout.TotalSeconds, 1, errors);
            var depth = Read(brokerageData, MaxDepthSocketsKey, defaults.MaxDepthSockets, 0, errors);
            var window = Read(brokerageData, TradeDedupeWindowKey, defaults.TradeDedupeWindow.TotalSeconds, 1, errors);
            return new BtccQuoteFeedOptions
            {
                SilenceTimeout = TimeSpan.FromSeconds(silence),
                MaxDepthSockets = (int)depth,
                TradeDedupeWindow = TimeSpan.FromSeconds(window)
            };
        }

        private static double Read(IReadOnlyDictionary<string, string>? data, string key, double fallback, double minimum, ICollection<string> errors)
        {
            string? text = null;
            if (data != null && data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                text = value;
            }
            else
            {
                var configured = Config.Get(key);
                if (!string.IsNullOrWhiteSpace(configured))
                {
                    text = configured;
                }
            }
            if (text == null)
            {
                return fallback;
            }
            if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }
            errors.Add($"BtccQuoteFeedOptions: malformed key '{key}' (value '{text}'): expected a number >= {minimum.ToString(CultureInfo.InvariantCulture)}");
            return fallback;
        }
    }
}
