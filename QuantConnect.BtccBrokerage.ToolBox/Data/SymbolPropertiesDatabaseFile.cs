using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Data
{
    /// <summary>
    /// Updates LEAN's <c>symbol-properties/symbol-properties-database.csv</c> with one market's rows, the
    /// way LEAN's ExchangeInfoUpdater does: a downloaded row replaces the stored row with the same
    /// market, symbol and type; every other row (other markets, and this market's instruments that are
    /// no longer listed) is kept; the header stays first; rows are ordered by security type, then symbol.
    /// </summary>
    public static class SymbolPropertiesDatabaseFile
    {
        /// <summary>The database's path relative to a data folder.</summary>
        public static readonly string RelativePath = Path.Combine("symbol-properties", "symbol-properties-database.csv");

        /// <summary>The merged lines: header, comment lines, then the ordered rows.</summary>
        public static IReadOnlyList<string> Merge(IReadOnlyList<string> existingLines, string market, IEnumerable<string> downloadedRows)
        {
            var header = BtccExchangeInfoDownloader.Header;
            var comments = new List<string>();
            var rows = new Dictionary<(string Market, string Symbol, string Type), string>();
            var order = new List<(string Market, string Symbol, string Type)>();

            void Add(string row)
            {
                var fields = row.Split(',');
                if (fields.Length < 3)
                {
                    comments.Add(row);
                    return;
                }
                var key = (fields[0].Trim().ToLowerInvariant(), fields[1].Trim(), fields[2].Trim().ToLowerInvariant());
                if (!rows.ContainsKey(key))
                {
                    order.Add(key);
                }
                rows[key] = row;
            }

            for (var i = 0; i < existingLines.Count; i++)
            {
                var line = existingLines[i];
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                if (line.StartsWith("market,", StringComparison.OrdinalIgnoreCase))
                {
                    header = line;
                }
                else if (line.StartsWith('#'))
                {
                    comments.Add(line);
                }
                else
                {
                    Add(line);
                }
            }
            foreach (var row in downloadedRows)
            {
                if (!row.StartsWith(market + ",", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"The row '{row}' is not a row of market '{market}'.", nameof(downloadedRows));
                }
                Add(row);
            }

            var ordered = order
                .Select((key, index) => (key, index))
                .OrderBy(x => TypeRank(x.key.Type))
                .ThenBy(x => x.key.Symbol, StringComparer.Ordinal)
                .ThenBy(x => x.index)
                .Select(x => rows[x.key]);
            return new[] { header }.Concat(comments).Concat(ordered).ToList();
        }

        /// <summary>
        /// Reads <c>&lt;dataFolder&gt;/symbol-properties/symbol-properties-database.csv</c> (an absent file is
        /// an empty database), merges the rows and writes the result to <paramref name="outputFolder"/>'s
        /// database file (the data folder's own when null). Returns the path written.
        /// </summary>
        public static string Update(string dataFolder, string? outputFolder, string market, IEnumerable<string> downloadedRows)
        {
            var source = Path.Combine(dataFolder, RelativePath);
            var target = Path.Combine(outputFolder ?? dataFolder, RelativePath);
            var existing = File.Exists(source) ? File.ReadAllLines(source) : Array.Empty<string>();
            var merged = Merge(existing, market, downloadedRows);

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".tmp";
            File.WriteAllText(temporary, string.Join('\n', merged) + "\n");
            File.Move(temporary, target, overwrite: true);
            return target;
        }

        private static int TypeRank(string type)
            => Enum.TryParse<SecurityType>(type, true, out var securityType) && !int.TryParse(type, out _)
                ? (int)securityType
                : int.MaxValue;
    }
}
