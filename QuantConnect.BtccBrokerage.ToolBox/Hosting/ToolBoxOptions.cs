/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using McMaster.Extensions.CommandLineUtils;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Hosting
{
    /// <summary>The declarations of app options for LEAN's command-line parser, and typed reads of them, with errors that name the option.</summary>
    public static class ToolBoxOptions
    {
        /// <summary>LEAN's ToolBox date format for <c>--from-date</c>/<c>--to-date</c>.</summary>
        public const string DateFormat = "yyyyMMdd-HH:mm:ss";

        /// <summary>An option with one value (<c>--name=value</c> or <c>--name value</c>).</summary>
        public static CommandLineOption Value(string name, string description) => new(name, CommandOptionType.SingleValue, description);

        /// <summary>A flag (<c>--name</c>, no value); it reads as "true".</summary>
        public static CommandLineOption Flag(string name, string description) => new(name, CommandOptionType.NoValue, description);

        /// <summary>A comma-separated list (<c>--name=A,B</c>), LEAN's kind for <c>--tickers</c>; given twice, the first is taken.</summary>
        public static CommandLineOption List(string name, string description) => new(name, CommandOptionType.MultipleValue, description);

        /// <summary>A required option's value.</summary>
        public static string GetRequired(IReadOnlyDictionary<string, string> options, string key)
            => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
                ? value
                : throw new ToolBoxConfigurationException($"--{key} value is required");

        /// <summary>An option's value, else the Config value of the same key, else <paramref name="defaultValue"/>.</summary>
        public static string GetOrConfig(IReadOnlyDictionary<string, string> options, string key, string defaultValue)
        {
            if (options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
            var configured = Config.Get(key);
            return string.IsNullOrWhiteSpace(configured) ? defaultValue : configured;
        }

        /// <summary>A UTC date in <see cref="DateFormat"/>; null when absent and not required.</summary>
        public static DateTime? GetDate(IReadOnlyDictionary<string, string> options, string key, bool required)
        {
            if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return required ? throw new ToolBoxConfigurationException($"--{key} value is required (format {DateFormat})") : null;
            }
            return DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
                : throw new ToolBoxConfigurationException($"invalid --{key} value '{text}' (expected {DateFormat}, e.g. 20240101-00:00:00)");
        }

        /// <summary>A resolution among <paramref name="allowed"/>; <paramref name="defaultValue"/> when absent.</summary>
        public static Resolution GetResolution(IReadOnlyDictionary<string, string> options, Resolution defaultValue, params Resolution[] allowed)
        {
            if (!options.TryGetValue("resolution", out var text) || string.IsNullOrWhiteSpace(text))
            {
                return defaultValue;
            }
            return Enum.TryParse<Resolution>(text, true, out var resolution) && !int.TryParse(text, out _) && allowed.Contains(resolution)
                ? resolution
                : throw new ToolBoxConfigurationException($"invalid --resolution value '{text}' (expected {string.Join(", ", allowed)})");
        }

        /// <summary>The upper-case tickers of <c>--tickers</c> (comma-separated), without duplicates.</summary>
        public static IReadOnlyList<string> GetTickers(IReadOnlyDictionary<string, string> options)
        {
            var tickers = GetRequired(options, "tickers")
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return tickers.Count > 0 ? tickers : throw new ToolBoxConfigurationException("--tickers value is required");
        }
    }
}
