/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The one reader of <c>btcc-*</c> settings, over LEAN's job brokerage data (the brokerage, its data queue
    /// handler) or LEAN's <see cref="Config"/> (the ToolBox, the downloader). Every problem is collected with one
    /// wording that names its key — never a secret's value — and <see cref="ThrowIfInvalid"/> reports them all at once.
    /// </summary>
    public sealed class BtccSettingsReader
    {
        private readonly Func<string, string?> _lookup;
        private readonly List<string> _errors = new();

        private BtccSettingsReader(Func<string, string?> lookup)
        {
            _lookup = lookup;
        }

        /// <summary>Reads LEAN brokerage data (<c>LiveNodePacket.BrokerageData</c>); an absent key has its default.</summary>
        public static BtccSettingsReader Of(IReadOnlyDictionary<string, string> brokerageData)
        {
            ArgumentNullException.ThrowIfNull(brokerageData);
            return new BtccSettingsReader(key => brokerageData.TryGetValue(key, out var value) ? value : null);
        }

        /// <summary>Reads LEAN's configuration (config.json, <c>--key=value</c> on a ToolBox command line).</summary>
        public static BtccSettingsReader OfConfig()
            => new(key => Config.GetToken(key) == null ? null : Config.Get(key));

        /// <summary>Every problem found so far, one line each, naming its key.</summary>
        public IReadOnlyList<string> Errors => _errors;

        /// <summary>The value as given, trimmed; null when the key is absent, empty when it is present but blank.</summary>
        public string? Raw(string key) => _lookup(key)?.Trim();

        /// <summary>The value, or <paramref name="fallback"/> when the key is absent or blank.</summary>
        public string Text(string key, string fallback)
            => Raw(key) is { Length: > 0 } text ? text : fallback;

        /// <summary>The value of a key that must be set; a missing or blank one is an error.</summary>
        public string Required(string key)
        {
            if (Raw(key) is { Length: > 0 } text)
            {
                return text;
            }
            _errors.Add($"missing setting '{key}'");
            return string.Empty;
        }

        /// <summary>A whole number of at least <paramref name="minimum"/>, or <paramref name="fallback"/> when absent.</summary>
        public int Integer(string key, int fallback, int minimum, string expected)
            => Parsed(key, fallback, (string text, out int value) =>
                int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= minimum, expected);

        /// <summary>A finite number of at least <paramref name="minimum"/>, or <paramref name="fallback"/> when absent.</summary>
        public double Number(string key, double fallback, double minimum, string expected)
            => Parsed(key, fallback, (string text, out double value) =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= minimum, expected);

        /// <summary>A value <paramref name="parse"/> accepts, or <paramref name="fallback"/> when the key is absent or blank.</summary>
        public T Parsed<T>(string key, T fallback, TryParse<T> parse, string expected)
        {
            ArgumentNullException.ThrowIfNull(parse);
            if (Raw(key) is not { Length: > 0 } text)
            {
                return fallback;
            }
            if (parse(text, out var value))
            {
                return value;
            }
            Invalid(key, $"expected {expected}", text);
            return fallback;
        }

        /// <summary>Records that <paramref name="key"/>'s value is wrong, saying why; a secret's value is never shown.</summary>
        public void Invalid(string key, string why, string? value = null)
        {
            var shown = value == null || BtccSettingKeys.Secrets.Contains(key) ? string.Empty : $" (value '{value}')";
            _errors.Add($"invalid setting '{key}'{shown}: {why}");
        }

        /// <summary>Throws when any problem was found: one <see cref="ArgumentException"/> listing every one.</summary>
        /// <exception cref="ArgumentException">A key is missing or malformed; the message names every such key.</exception>
        public void ThrowIfInvalid(string reader)
        {
            if (_errors.Count != 0)
            {
                throw new ArgumentException($"{reader}: {string.Join(Environment.NewLine, _errors)}");
            }
        }

        /// <summary>A parser in the shape of <c>int.TryParse</c>.</summary>
        public delegate bool TryParse<T>(string text, out T value);
    }
}
