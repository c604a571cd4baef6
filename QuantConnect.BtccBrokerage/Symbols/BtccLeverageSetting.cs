using System.Globalization;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// Which leverage variant of an instrument orders go to (config key <c>btcc-leverage</c>).
    /// BTCC lists one symbol path per leverage (…/BTCUSDT5x, …/BTCUSDT20x); LEAN sees one symbol, so
    /// the order path must be chosen deterministically:
    /// <list type="bullet">
    /// <item>empty: the instrument's lowest listed leverage (the most conservative);</item>
    /// <item><c>20</c>: exactly 20x for every instrument;</item>
    /// <item><c>BTCUSDT:20;ETHUSDT:50</c>: per ticker, in the <c>;</c>-joined style of BTCC's lists; a bare
    /// number among them (<c>10;BTCUSDT:20</c>) is the value for the other tickers.</item>
    /// </list>
    /// An instrument without the requested leverage cannot be traded; the mapper names it and the
    /// leverages it has.
    /// </summary>
    public sealed class BtccLeverageSetting
    {
        /// <summary>The configuration key.</summary>
        public const string ConfigKey = "btcc-leverage";

        private readonly Dictionary<string, decimal> _byTicker;

        /// <summary>Lowest listed leverage for every instrument.</summary>
        public static BtccLeverageSetting Lowest { get; } = new(null, new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase));

        private BtccLeverageSetting(decimal? defaultLeverage, Dictionary<string, decimal> byTicker)
        {
            DefaultLeverage = defaultLeverage;
            _byTicker = byTicker;
        }

        /// <summary>The leverage for tickers without their own entry; null = the lowest listed.</summary>
        public decimal? DefaultLeverage { get; }

        /// <summary>The requested leverage of a ticker, or null for its lowest listed leverage.</summary>
        public decimal? For(string ticker)
            => _byTicker.TryGetValue(ticker, out var leverage) ? leverage : DefaultLeverage;

        /// <summary>Reads <c>btcc-leverage</c> from LEAN's Config.</summary>
        public static BtccLeverageSetting FromConfig() => Parse(Config.Get(ConfigKey));

        /// <summary>Parses the setting (see the class summary for the forms).</summary>
        /// <exception cref="ArgumentException">The text is not a leverage setting; the message names it.</exception>
        public static BtccLeverageSetting Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Lowest;
            }

            decimal? defaultLeverage = null;
            var byTicker = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in text.Split(BtccDecimalList.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = item.IndexOf(':');
                var ticker = colon < 0 ? null : item[..colon].Trim();
                var value = colon < 0 ? item : item[(colon + 1)..].Trim();
                if (!TryParseLeverage(value, out var leverage) || (ticker != null && ticker.Length == 0))
                {
                    throw new ArgumentException($"Invalid {ConfigKey} value '{text}': '{item}' is not a leverage such as 20 or BTCUSDT:20.", nameof(text));
                }
                if (ticker == null)
                {
                    defaultLeverage = leverage;
                }
                else
                {
                    byTicker[ticker] = leverage;
                }
            }
            return new BtccLeverageSetting(defaultLeverage, byTicker);
        }

        /// <summary>The setting in its parseable form.</summary>
        public override string ToString()
        {
            var items = new List<string>();
            if (DefaultLeverage is decimal leverage)
            {
                items.Add(BtccDecimalFormat.Invariant(leverage));
            }
            items.AddRange(_byTicker.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}:{BtccDecimalFormat.Invariant(p.Value)}"));
            return string.Join(BtccDecimalList.Separator, items);
        }

        private static bool TryParseLeverage(string value, out decimal leverage)
        {
            // "20x" is accepted too: that is how paths and BTCC's product names write it
            var number = value.EndsWith('x') || value.EndsWith('X') ? value[..^1] : value;
            return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out leverage) && leverage > 0;
        }
    }
}
