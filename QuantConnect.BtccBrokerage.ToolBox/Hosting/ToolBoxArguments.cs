namespace QuantConnect.Brokerages.Btcc.ToolBox.Hosting
{
    /// <summary>
    /// Parses LEAN ToolBox command lines: <c>--key=value</c> or <c>--key value</c>; a key without a value
    /// is a flag ("true"). Keys lose their dashes and are case-insensitive. Repeated <c>--tickers</c>
    /// accumulate (comma-joined); any other repeated key keeps its last value.
    /// </summary>
    public static class ToolBoxArguments
    {
        /// <summary>The keys whose repeated values accumulate.</summary>
        private static readonly HashSet<string> ListKeys = new(StringComparer.OrdinalIgnoreCase) { "tickers" };

        /// <summary>Parses the arguments.</summary>
        /// <exception cref="ToolBoxConfigurationException">An argument is not an option.</exception>
        public static Dictionary<string, string> Parse(IReadOnlyList<string> args)
        {
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Count; i++)
            {
                var argument = args[i];
                if (!argument.StartsWith("--", StringComparison.Ordinal) || argument.Length == 2)
                {
                    throw new ToolBoxConfigurationException($"unexpected argument '{argument}' (options look like --key=value)");
                }

                string key;
                string value;
                var equals = argument.IndexOf('=');
                if (equals >= 0)
                {
                    key = argument[2..equals];
                    value = argument[(equals + 1)..];
                }
                else
                {
                    key = argument[2..];
                    var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                    value = hasValue ? args[++i] : "true";
                }
                if (key.Length == 0)
                {
                    throw new ToolBoxConfigurationException($"unexpected argument '{argument}' (the option has no name)");
                }
                key = key.ToLowerInvariant();

                if (ListKeys.Contains(key) && options.TryGetValue(key, out var previous) && previous.Length > 0)
                {
                    value = previous + "," + value;
                }
                options[key] = value;
            }
            return options;
        }
    }
}
