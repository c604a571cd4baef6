/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using McMaster.Extensions.CommandLineUtils;

namespace QuantConnect.Configuration
{
    /// <summary>One command-line option an application accepts (stand-in for QuantConnect.Configuration.CommandLineOption).</summary>
    public class CommandLineOption
    {
        /// <summary>Creates an option <c>--name</c> of the given kind.</summary>
        public CommandLineOption(string name, CommandOptionType type, string description = "")
        {
            Type = type;
            Description = description;
            Name = name;
        }

        /// <summary>Whether it takes no value (a flag), one value, or several.</summary>
        public CommandOptionType Type { get; }

        /// <summary>Its line in the help text.</summary>
        public string Description { get; }

        /// <summary>Its name, without the dashes.</summary>
        public string Name { get; }
    }
}
