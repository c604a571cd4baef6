/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using McMaster.Extensions.CommandLineUtils;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Hosting
{
    /// <summary>
    /// The ToolBox's command line, read with LEAN's <see cref="ApplicationParser"/> (LEAN's own ToolBox list of options
    /// knows none of BTCC's): <c>--app</c>, <c>--config</c>, <c>--debug</c>, every app's own options, and each
    /// <c>btcc-*</c> key given, the plugin's configuration keys, which go on to LEAN's Config.
    /// </summary>
    internal static class ToolBoxCommandLine
    {
        private const string ConfigurationKeyPrefix = "btcc-";

        /// <summary>The options every app shares.</summary>
        public static readonly IReadOnlyList<CommandLineOption> Common = new[]
        {
            ToolBoxOptions.Value("app", "[REQUIRED] the app to run, case-insensitive (see the list below)"),
            ToolBoxOptions.Value("config", "LEAN-style config.json (default: beside the executable, else in the current folder)"),
            ToolBoxOptions.Flag("debug", "errors with their stack traces, and LEAN's debug log")
        };

        /// <summary>
        /// The options given, as text: a flag reads "true", a list its items comma-joined. Keys are the options' names.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">An argument is not an option, or an option's value is missing or repeated.</exception>
        public static Dictionary<string, string> Parse(string[] args, IEnumerable<IToolBoxApp> apps)
        {
            var options = Common.Concat(apps.SelectMany(a => a.Options)).Concat(ConfigurationKeys(args))
                .DistinctBy(o => o.Name, StringComparer.Ordinal).ToList();
            Dictionary<string, object> given;
            try
            {
                given = ApplicationParser.Parse("QuantConnect.Brokerages.Btcc.ToolBox", "BTCC ToolBox for LEAN",
                    "Every btcc-* configuration key can be given on the command line, e.g. --btcc-api-url=https://...", args, options);
            }
            catch (CommandParsingException error)
            {
                throw new ToolBoxConfigurationException(error.Message);
            }
            return given.ToDictionary(option => option.Key, option => option.Value switch
            {
                true => "true",
                IDictionary<string, string> items => string.Join(',', items.Keys),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty
            }, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Each <c>--btcc-…</c> named on the command line, as an option with one value.</summary>
        private static IEnumerable<CommandLineOption> ConfigurationKeys(string[] args)
            => args.Where(a => a.StartsWith("--" + ConfigurationKeyPrefix, StringComparison.Ordinal))
                .Select(a => a[2..].Split('=', ':')[0])
                .Distinct(StringComparer.Ordinal)
                .Select(key => ToolBoxOptions.Value(key, "a configuration key of the plugin"));
    }
}
