/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Configuration;
using QuantConnect.Securities;

namespace QuantConnect.ToolBox
{
    /// <summary>
    /// Updates one market's rows of LEAN's symbol-properties database (stand-in for QuantConnect.ToolBox.ExchangeInfoUpdater).
    /// It reads <c>symbol-properties/symbol-properties-database.csv</c> of the config's <c>temp-output-directory</c>
    /// (default <c>/temp-output-directory</c>) when an earlier run left one there, else of the data folder, and writes
    /// the result to the temp output directory: every line that is not the market's goes through unchanged and in its
    /// place; the market's rows become one block where its first row was (after two blank lines at the end when it had
    /// none): the downloaded rows and, for instruments no longer listed, the data-folder database's entries of the
    /// market, ordered by security type, then symbol.
    /// </summary>
    public class ExchangeInfoUpdater
    {
        private readonly IExchangeInfoDownloader _eidl;

        /// <summary>Creates the updater of <paramref name="eidl"/>'s market.</summary>
        public ExchangeInfoUpdater(IExchangeInfoDownloader eidl)
        {
            _eidl = eidl;
        }

        /// <summary>Updates the database.</summary>
        /// <exception cref="FileNotFoundException">Neither the temp output directory nor the data folder has the database.</exception>
        public void Run()
        {
            var directory = Path.Combine(Globals.DataFolder, "symbol-properties");
            var file = Path.Combine(directory, "symbol-properties-database.csv");
            var baseOutputDirectory = Config.Get("temp-output-directory", "/temp-output-directory");
            var tempOutputDirectory = Directory.CreateDirectory(Path.Combine(baseOutputDirectory, "symbol-properties"));
            var tmp = Path.Combine(tempOutputDirectory.FullName, "symbol-properties-database.csv");
            if (File.Exists(tmp))
            {
                file = tmp;
            }
            else if (!File.Exists(file))
            {
                throw new FileNotFoundException("Unable to locate symbol properties file: " + file);
            }

            // read whole first: the file may be the one written
            var fileLines = File.ReadLines(file).ToList();
            using var writer = new StreamWriter(tmp);
            var fetch = false;
            var filter = $"{_eidl.Market},";
            foreach (var line in fileLines)
            {
                if (!line.StartsWith(filter, StringComparison.InvariantCultureIgnoreCase))
                {
                    writer.WriteLine(line);
                }
                else if (!fetch)
                {
                    WriteData(writer);
                    fetch = true;
                }
            }
            if (!fetch)
            {
                writer.WriteLine(Environment.NewLine);
                WriteData(writer);
            }
        }

        private void WriteData(StreamWriter writer)
        {
            var existingSymbolPropertiesDatabase = SymbolPropertiesDatabase.FromDataFolder();
            var entryPerSymbol = _eidl.Get().ToDictionary(newLine =>
            {
                var fields = newLine.Split(',');
                return new SecurityDatabaseKey(fields[0], fields[1], Enum.Parse<SecurityType>(fields[2], true));
            });
            foreach (var existingEntry in existingSymbolPropertiesDatabase.GetSymbolPropertiesList(_eidl.Market))
            {
                // an instrument no longer listed keeps its row: delistings and removals still need their properties
                if (!entryPerSymbol.ContainsKey(existingEntry.Key))
                {
                    entryPerSymbol[existingEntry.Key] = $"{existingEntry.Key.Market},{existingEntry.Key.Symbol},{existingEntry.Key.SecurityType.ToString().ToLowerInvariant()},{existingEntry.Value}";
                }
            }
            foreach (var update in entryPerSymbol.OrderBy(x => x.Key.SecurityType).ThenBy(x => x.Key.Symbol))
            {
                writer.WriteLine(update.Value);
            }
        }
    }
}
