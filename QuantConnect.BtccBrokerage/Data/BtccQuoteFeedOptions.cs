/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Knobs of the live quote feed, read with the other settings (<c>btcc-quote-*</c> keys, see <see cref="BtccSettingKeys"/>).
    /// </summary>
    public sealed class BtccQuoteFeedOptions
    {
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

        /// <summary>Reads the <c>btcc-quote-*</c> keys; absent keys keep their defaults, malformed ones are recorded.</summary>
        public static BtccQuoteFeedOptions Read(BtccSettingsReader settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var defaults = new BtccQuoteFeedOptions();
            return new BtccQuoteFeedOptions
            {
                SilenceTimeout = TimeSpan.FromSeconds(settings.Number(BtccSettingKeys.QuoteSilenceTimeout, defaults.SilenceTimeout.TotalSeconds, 1, "a number of seconds >= 1")),
                MaxDepthSockets = settings.Integer(BtccSettingKeys.QuoteMaxDepthSockets, defaults.MaxDepthSockets, 0, "a whole number >= 0"),
                TradeDedupeWindow = TimeSpan.FromSeconds(settings.Number(BtccSettingKeys.QuoteTradeDedupeWindow, defaults.TradeDedupeWindow.TotalSeconds, 1, "a number of seconds >= 1"))
            };
        }
    }
}
