/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// The leverage (BTCC's <c>multiple</c>) orders are sent with (config key <c>btcc-leverage</c>). A path's
    /// suffix is only the most BTCC allows (see <see cref="BtccLeverageChoice"/>), so the leverage is a choice:
    /// <list type="bullet">
    /// <item>empty: 10x (<see cref="BtccLeverageChoice.UnsetLeverage"/>), or the pair's maximum when that is lower;</item>
    /// <item><c>20</c>: 20x for every instrument;</item>
    /// <item><c>BTCUSDT:20;ETHUSDT:50</c>: per ticker, in the <c>;</c>-joined style of BTCC's lists; a bare
    /// number among them (<c>10;BTCUSDT:20</c>) is the value for the other tickers.</item>
    /// </list>
    /// In LEAN the setting is what <see cref="BtccBrokerageModel"/> gives each security as its leverage, and an order
    /// is sent with its security's leverage (so <c>SetLeverage</c> changes it too): the margin model and BTCC
    /// agree. A leverage above an instrument's maximum cannot be traded; the order is refused naming the maximum.
    /// </summary>
    public sealed class BtccLeverageSetting
    {
        /// <summary>The separator between the setting's items, as BTCC joins its lists.</summary>
        public const char ListSeparator = ';';

        private readonly Dictionary<string, decimal> _byTicker;

        /// <summary>No leverage configured: <see cref="BtccLeverageChoice.UnsetLeverage"/> for every instrument.</summary>
        public static BtccLeverageSetting Unset { get; } = new(null, new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase));

        private BtccLeverageSetting(decimal? defaultLeverage, Dictionary<string, decimal> byTicker)
        {
            DefaultLeverage = defaultLeverage;
            _byTicker = byTicker;
        }

        /// <summary>The leverage for tickers without their own entry; null = not configured.</summary>
        public decimal? DefaultLeverage { get; }

        /// <summary>The configured leverage of a ticker, or null when none is (see <see cref="BtccLeverageChoice.UnsetLeverage"/>).</summary>
        public decimal? For(string ticker)
            => _byTicker.TryGetValue(ticker, out var leverage) ? leverage : DefaultLeverage;

        /// <summary>Reads <c>btcc-leverage</c>; an invalid value is recorded and leaves the leverage unset.</summary>
        public static BtccLeverageSetting Read(BtccSettingsReader settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            try
            {
                return Parse(settings.Raw(BtccSettingKeys.Leverage));
            }
            catch (ArgumentException error)
            {
                settings.Invalid(BtccSettingKeys.Leverage, error.Message);
                return Unset;
            }
        }

        /// <summary>Parses the setting (see the class summary for the forms).</summary>
        /// <exception cref="ArgumentException">The text is not a leverage setting; the message names it.</exception>
        public static BtccLeverageSetting Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Unset;
            }

            decimal? defaultLeverage = null;
            var byTicker = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in text.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = item.IndexOf(':');
                var ticker = colon < 0 ? null : item[..colon].Trim();
                var value = colon < 0 ? item : item[(colon + 1)..].Trim();
                if (!TryParseLeverage(value, out var leverage) || (ticker != null && ticker.Length == 0))
                {
                    throw new ArgumentException($"Invalid {BtccSettingKeys.Leverage} value '{text}': '{item}' is not a leverage such as 20 or BTCUSDT:20.", nameof(text));
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
                items.Add(BtccWireFormat.Decimal(leverage));
            }
            items.AddRange(_byTicker.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}:{BtccWireFormat.Decimal(p.Value)}"));
            return string.Join(ListSeparator, items);
        }

        private static bool TryParseLeverage(string value, out decimal leverage)
        {
            // "20x" is accepted too: that is how paths and BTCC's product names write it
            var number = value.EndsWith('x') || value.EndsWith('X') ? value[..^1] : value;
            return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out leverage) && leverage > 0;
        }
    }
}
