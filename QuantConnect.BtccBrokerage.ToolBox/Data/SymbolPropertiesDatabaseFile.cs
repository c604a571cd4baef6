using System.Text;
using QuantConnect.Brokerages.Btcc.ToolBox.Downloaders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Data
{
    /// <summary>
    /// Updates LEAN's <c>symbol-properties/symbol-properties-database.csv</c> with one market's rows, the way
    /// LEAN's ExchangeInfoUpdater does: every line that is not a row of the market (header, comments, blank
    /// lines, other markets' rows) stays as it was, byte for byte and in its place (row order matters to
    /// LEAN: for a symbol listed under several markets the first row wins); the market's rows are replaced by
    /// one block where its first row was (at the end when it had none): the downloaded rows, plus the stored
    /// rows of instruments no longer listed (delistings keep their properties), ordered by security type,
    /// then symbol.
    /// </summary>
    public static class SymbolPropertiesDatabaseFile
    {
        /// <summary>The database's path relative to a data folder.</summary>
        public static readonly string RelativePath = Path.Combine("symbol-properties", "symbol-properties-database.csv");

        /// <summary>
        /// The file's new text. New lines end like the file's first line (<c>\n</c> if it has none); an empty file
        /// starts with LEAN's header.
        /// </summary>
        /// <exception cref="ArgumentException">A downloaded row is not a row of <paramref name="market"/>, has no
        /// security type LEAN knows, spans lines, or repeats another row's symbol and type.</exception>
        public static string Merge(string existingText, string market, IEnumerable<string> downloadedRows)
        {
            ArgumentNullException.ThrowIfNull(existingText);
            ArgumentException.ThrowIfNullOrWhiteSpace(market);
            ArgumentNullException.ThrowIfNull(downloadedRows);
            var prefix = market + ",";
            var lines = SplitKeepingLineEnds(existingText);
            var newLine = lines.Select(LineEnd).FirstOrDefault(end => end.Length > 0) ?? "\n";

            var block = new Dictionary<RowKey, string>();
            foreach (var row in downloadedRows)
            {
                if (row == null || !row.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || row.Contains('\n') || row.Contains('\r'))
                {
                    throw new ArgumentException($"The row '{row}' is not a row of market '{market}'.", nameof(downloadedRows));
                }
                var key = RowKey.Of(row) ?? throw new ArgumentException($"The row '{row}' has no security type LEAN knows.", nameof(downloadedRows));
                if (!block.TryAdd(key, row))
                {
                    throw new ArgumentException($"The row '{row}' repeats the symbol and type of '{block[key]}'.", nameof(downloadedRows));
                }
            }

            var output = new StringBuilder(existingText.Length + block.Count * 96);
            var blockAt = -1;
            foreach (var line in lines)
            {
                var content = Content(line).TrimStart('\uFEFF'); // LEAN reads the file without its byte-order mark
                if (!content.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    output.Append(line);
                    continue;
                }
                if (blockAt < 0)
                {
                    blockAt = output.Length;
                }
                // a stored row of an instrument no longer listed is kept; one LEAN cannot key is dropped, as LEAN does
                if (RowKey.Of(content) is { } key)
                {
                    block.TryAdd(key, content);
                }
            }

            var rows = new StringBuilder();
            foreach (var row in block.OrderBy(r => r.Key.Type).ThenBy(r => r.Key.Symbol, StringComparer.Ordinal).Select(r => r.Value))
            {
                rows.Append(row).Append(newLine);
            }
            if (blockAt >= 0)
            {
                return output.Insert(blockAt, rows.ToString()).ToString();
            }
            if (output.Length == 0)
            {
                return BtccExchangeInfoDownloader.Header + newLine + rows;
            }
            if (output[^1] != '\n')
            {
                output.Append(newLine);
            }
            // the market's first rows go to the end after a blank line, as LEAN's updater appends them
            return output.Append(newLine).Append(rows).ToString();
        }

        /// <summary>
        /// Merges the rows into the database and writes the result to <paramref name="outputFolder"/>'s database
        /// file (the data folder's own when null), atomically. As LEAN's updater does, it reads the output
        /// folder's file when there is one (an earlier update), else the data folder's (an absent file is an
        /// empty database). Returns the path written.
        /// </summary>
        public static string Update(string dataFolder, string? outputFolder, string market, IEnumerable<string> downloadedRows)
        {
            var target = Path.Combine(outputFolder ?? dataFolder, RelativePath);
            var source = File.Exists(target) ? target : Path.Combine(dataFolder, RelativePath);
            // bytes decoded as UTF-8 and encoded back unchanged (a byte-order mark included)
            var existing = File.Exists(source) ? Encoding.UTF8.GetString(File.ReadAllBytes(source)) : string.Empty;
            var merged = Merge(existing, market, downloadedRows);

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".tmp";
            File.WriteAllBytes(temporary, new UTF8Encoding(false).GetBytes(merged));
            File.Move(temporary, target, overwrite: true);
            return target;
        }

        private static List<string> SplitKeepingLineEnds(string text)
        {
            var lines = new List<string>();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                var next = end < 0 ? text.Length : end + 1;
                lines.Add(text.Substring(start, next - start));
                start = next;
            }
            return lines;
        }

        private static string LineEnd(string line)
            => line.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : line.EndsWith('\n') ? "\n" : string.Empty;

        private static string Content(string line) => line[..^LineEnd(line).Length];

        /// <summary>A row's security type and symbol (the market is the merged one); symbols compare ignoring case, as LEAN's keys do.</summary>
        private readonly record struct RowKey(SecurityType Type, string Symbol)
        {
            public static RowKey? Of(string row)
            {
                var fields = row.Split(',');
                return fields.Length >= 3 && Enum.TryParse<SecurityType>(fields[2].Trim(), true, out var type)
                    ? new RowKey(type, fields[1].Trim().ToUpperInvariant())
                    : null;
            }
        }
    }
}
