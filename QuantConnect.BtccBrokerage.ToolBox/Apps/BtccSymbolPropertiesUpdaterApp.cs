/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;
using QuantConnect.ToolBox;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Apps
{
    /// <summary>
    /// <c>--app=BTCCSPU [--data-folder=./data] [--temp-output-directory=dir]</c>: updates the btcc rows of LEAN's
    /// symbol-properties database with LEAN's <see cref="ExchangeInfoUpdater"/>, in place, or into
    /// temp-output-directory when set.
    /// </summary>
    internal sealed class BtccSymbolPropertiesUpdaterApp : IToolBoxApp
    {
        /// <summary>The --app value.</summary>
        public string Name => "BTCCSPU";

        /// <summary>One line for the usage text.</summary>
        public string Description => "Updates <data-folder>/symbol-properties/symbol-properties-database.csv with the BTCC rows (or writes to temp-output-directory).";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Value("data-folder", "LEAN data folder whose database is updated (default ./data)"),
            ToolBoxOptions.Value("temp-output-directory", "where the updated database is written instead")
        };

        /// <summary>Downloads the rows and merges them into the database file.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var dataFolder = ToolBoxOptions.GetOrConfig(options, "data-folder", "./data");
            var leverage = BtccToolBoxSettings.Read(BtccLeverageSetting.Read);
            Config.Set("data-folder", dataFolder);
            if (string.IsNullOrWhiteSpace(Config.Get("temp-output-directory")))
            {
                // LEAN's updater writes into the temp output directory, reading a database already there: the data folder's own is updated in place
                Config.Set("temp-output-directory", dataFolder);
            }
            Globals.Reset();

            await using var connection = await BtccToolBoxConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var downloader = new BtccExchangeInfoDownloader(connection.SymbolList, leverage, cancellationToken);
            await Task.Run(() => new ExchangeInfoUpdater(downloader).Run(), cancellationToken).ConfigureAwait(false);
            var written = Path.Combine(Config.Get("temp-output-directory"), "symbol-properties", "symbol-properties-database.csv");
            Console.Out.WriteLine($"btcc rows written to {Path.GetFullPath(written)}");
            return 0;
        }
    }
}
