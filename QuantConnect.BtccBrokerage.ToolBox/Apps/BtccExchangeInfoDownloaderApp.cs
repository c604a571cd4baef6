/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Apps
{
    /// <summary><c>--app=BTCCExchangeInfoDownloader [--header]</c>: prints the account's symbol-properties rows.</summary>
    internal sealed class BtccExchangeInfoDownloaderApp : IToolBoxApp
    {
        /// <summary>The --app value.</summary>
        public string Name => "BTCCExchangeInfoDownloader";

        /// <summary>One line for the usage text.</summary>
        public string Description => "Prints LEAN symbol-properties-database.csv rows of the tradable BTCC instruments (--header adds the header).";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Flag("header", "print the database's header first")
        };

        /// <summary>Fetches the symbol list and prints one row per instrument.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var leverage = BtccToolBoxSettings.Read(BtccLeverageSetting.Read);
            await using var connection = await BtccToolBoxConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var instruments = await connection.SymbolList.GetSymbolListAsync(cancellationToken).ConfigureAwait(false);
            var output = Console.Out;
            if (options.TryGetValue("header", out var header) && !string.Equals(header, "false", StringComparison.OrdinalIgnoreCase))
            {
                output.WriteLine(BtccExchangeInfoDownloader.Header);
            }
            foreach (var row in BtccExchangeInfoDownloader.CreateRows(instruments, leverage))
            {
                output.WriteLine(row);
            }
            return 0;
        }
    }
}
