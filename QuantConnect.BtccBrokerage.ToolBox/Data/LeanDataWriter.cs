using System.IO.Compression;
using System.Text;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Data
{
    /// <summary>
    /// Writes trade bars into a LEAN data folder (layout: <see cref="LeanDataLayout"/>). Bars already on
    /// disk for the same file are kept and merged; a new bar replaces the stored one with the same start.
    /// Each zip is written to a temporary file and moved into place, so a cancelled run leaves no torn file.
    /// </summary>
    public sealed class LeanDataWriter
    {
        private readonly string _dataFolder;
        private readonly Symbol _symbol;
        private readonly Resolution _resolution;

        /// <summary>Creates a writer for one symbol and resolution.</summary>
        public LeanDataWriter(string dataFolder, Symbol symbol, Resolution resolution)
        {
            _dataFolder = dataFolder ?? throw new ArgumentNullException(nameof(dataFolder));
            _symbol = symbol ?? throw new ArgumentNullException(nameof(symbol));
            _resolution = resolution;
            LeanDataLayout.RelativeZipPath(symbol, resolution, DateTime.MinValue);
        }

        /// <summary>Writes bars (any order); returns the files written.</summary>
        public IReadOnlyList<string> Write(IEnumerable<TradeBar> bars)
        {
            var written = new List<string>();
            var groups = LeanDataLayout.IsHourOrDaily(_resolution)
                ? bars.GroupBy(_ => DateTime.MinValue)
                : bars.GroupBy(b => b.Time.Date);
            foreach (var group in groups.OrderBy(g => g.Key))
            {
                written.Add(WriteFile(group.Key, group));
            }
            return written;
        }

        private string WriteFile(DateTime date, IEnumerable<TradeBar> bars)
        {
            var path = LeanDataLayout.ZipPath(_dataFolder, _symbol, _resolution, date);
            var merged = new SortedDictionary<DateTime, TradeBar>();
            if (File.Exists(path))
            {
                foreach (var stored in LeanDataReader.ReadFile(path, _symbol, _resolution, date))
                {
                    merged[stored.Time] = stored;
                }
            }
            foreach (var bar in bars)
            {
                merged[bar.Time] = bar;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var entry = archive.CreateEntry(LeanDataLayout.ZipEntryName(_symbol, _resolution, date), CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.NewLine = "\n";
                foreach (var bar in merged.Values)
                {
                    writer.WriteLine(LeanDataLayout.FormatLine(bar, _resolution));
                }
            }
            File.Move(temporary, path, overwrite: true);
            return path;
        }
    }
}
