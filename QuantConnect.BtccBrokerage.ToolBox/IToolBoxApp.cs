/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox
{
    /// <summary>
    /// One ToolBox application, selected with LEAN's <c>--app=Name</c> convention. Program finds every
    /// implementation in this assembly, so adding an app is adding a class.
    /// </summary>
    internal interface IToolBoxApp
    {
        /// <summary>The <c>--app</c> value, matched case-insensitively (e.g. BTCCSimulator).</summary>
        string Name { get; }

        /// <summary>One line for the usage text.</summary>
        string Description { get; }

        /// <summary>The command-line options it reads (besides <c>--app</c>, <c>--config</c>, <c>--debug</c> and the <c>btcc-*</c> keys).</summary>
        IReadOnlyList<CommandLineOption> Options { get; }

        /// <summary>
        /// Runs the app. <paramref name="options"/> holds every <c>--key=value</c> of the command line
        /// (keys without dashes; flags read "true", lists comma-joined); <c>btcc-*</c> keys are also merged into LEAN's Config.
        /// </summary>
        /// <returns>The process exit code.</returns>
        Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken);
    }
}
