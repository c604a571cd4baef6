/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;
using McMaster.Extensions.CommandLineUtils;

namespace QuantConnect.Configuration
{
    /// <summary>
    /// LEAN's command-line parser (stand-in for QuantConnect.Configuration.ApplicationParser; a subset), over
    /// McMaster's CommandLineUtils as in LEAN: each option is <c>--name</c> (<c>--name=value</c>, <c>--name:value</c>
    /// or <c>--name value</c>), names match exactly, <c>-?|-h|--help</c> prints the help and <c>-v|-V|--version</c> the
    /// version. An argument that is no declared option fails with McMaster's <see cref="CommandParsingException"/>.
    /// </summary>
    public static class ApplicationParser
    {
        /// <summary>
        /// The options given, by name: <c>true</c> for a flag, the text for a single value, and for a multiple value
        /// its first value split at commas into a dictionary of each item's part before a colon to the part after it
        /// (empty when there is none). A repeated multiple-value option keeps only its first value, as in LEAN.
        /// </summary>
        public static Dictionary<string, object> Parse(string applicationName, string applicationDescription, string applicationHelpText,
            string[] args, List<CommandLineOption> options, bool noArgsShowHelp = false)
        {
            var application = new CommandLineApplication
            {
                Name = applicationName,
                Description = applicationDescription,
                ExtendedHelpText = applicationHelpText
            };
            application.HelpOption("-?|-h|--help");
            application.VersionOption("-v|-V|--version",
                () => $"Version {Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");

            var declared = options.Select(option => (Option: option, Command: application.Option($"--{option.Name}", option.Description, option.Type))).ToList();
            var given = new Dictionary<string, object>();
            application.OnExecute(() =>
            {
                foreach (var (option, command) in declared.Where(d => d.Command.HasValue()))
                {
                    given[option.Name] = option.Type switch
                    {
                        CommandOptionType.NoValue => true,
                        CommandOptionType.SingleValue => command.Value(),
                        CommandOptionType.MultipleValue => command.Value().Split(',')
                            .Select(item => item.Split(':'))
                            .GroupBy(parts => parts[0])
                            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? g.Last()[1] : string.Empty),
                        _ => throw new ArgumentOutOfRangeException(nameof(options), option.Type, $"--{option.Name}")
                    };
                }
                return 0;
            });

            application.Execute(args);
            if (noArgsShowHelp && args.Length == 0)
            {
                application.ShowHelp();
            }
            return given;
        }
    }
}
