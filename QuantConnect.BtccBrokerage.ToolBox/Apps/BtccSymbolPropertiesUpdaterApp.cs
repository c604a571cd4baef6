using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Data;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Apps
{
    /// <summary>
    /// <c>--app=BTCCSPU [--data-folder=./data] [--temp-output-directory=dir]</c>: updates the btcc rows of
    /// LEAN's symbol-properties database (in place, or into temp-output-directory when set).
    /// </summary>
    internal sealed class BtccSymbolPropertiesUpdaterApp : IToolBoxApp
    {
        /// <summary>The --app value.</summary>
        public string Name => "BTCCSPU";

        /// <summary>One line for the usage text.</summary>
        public string Description => "Updates <data-folder>/symbol-properties/symbol-properties-database.csv with the BTCC rows (or writes to temp-output-directory).";

        /// <summary>Downloads the rows and merges them into the database file.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var dataFolder = ToolBoxOptions.GetOrConfig(options, "data-folder", "./data");
            var outputFolder = Config.Get("temp-output-directory");
            var leverage = BtccToolBoxSettings.Read(BtccLeverageSetting.Read);

            await using var connection = await BtccToolBoxConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var instruments = await connection.SymbolList.GetSymbolListAsync(cancellationToken).ConfigureAwait(false);
            var rows = BtccExchangeInfoDownloader.CreateRows(instruments, leverage);
            var written = SymbolPropertiesDatabaseFile.Update(dataFolder, string.IsNullOrWhiteSpace(outputFolder) ? null : outputFolder, BtccMarket.Name, rows);
            Console.Out.WriteLine($"{rows.Count} btcc rows written to {written}");
            return 0;
        }
    }
}
