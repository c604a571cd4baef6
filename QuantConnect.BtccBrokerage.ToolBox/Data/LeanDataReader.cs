using System.IO.Compression;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Data
{
    /// <summary>Reads trade bars back from a LEAN data folder (layout: <see cref="LeanDataLayout"/>).</summary>
    public static class LeanDataReader
    {
        /// <summary>
        /// The stored bars of a symbol whose start lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>),
        /// oldest first; days without a file are skipped.
        /// </summary>
        public static IEnumerable<TradeBar> Read(string dataFolder, Symbol symbol, Resolution resolution, DateTime fromUtc, DateTime toUtc)
        {
            if (LeanDataLayout.IsHourOrDaily(resolution))
            {
                var path = LeanDataLayout.ZipPath(dataFolder, symbol, resolution, fromUtc);
                return File.Exists(path)
                    ? ReadFile(path, symbol, resolution, fromUtc).Where(b => b.Time >= fromUtc && b.Time < toUtc)
                    : Enumerable.Empty<TradeBar>();
            }
            return ReadDays(dataFolder, symbol, resolution, fromUtc, toUtc);
        }

        /// <summary>Every bar of one zip (its first entry, as LEAN reads crypto-future zips).</summary>
        /// <param name="date">The file's day, needed to read minute lines (milliseconds since midnight).</param>
        public static IReadOnlyList<TradeBar> ReadFile(string zipPath, Symbol symbol, Resolution resolution, DateTime date)
        {
            using var archive = ZipFile.OpenRead(zipPath);
            var entry = archive.Entries.FirstOrDefault()
                ?? throw new InvalidDataException($"'{zipPath}' holds no entry.");
            using var reader = new StreamReader(entry.Open());
            var bars = new List<TradeBar>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length > 0)
                {
                    bars.Add(LeanDataLayout.ParseLine(line, symbol, resolution, date));
                }
            }
            return bars;
        }

        /// <summary>The names of the entries of a zip.</summary>
        public static IReadOnlyList<string> EntryNames(string zipPath)
        {
            using var archive = ZipFile.OpenRead(zipPath);
            return archive.Entries.Select(e => e.FullName).ToList();
        }

        private static IEnumerable<TradeBar> ReadDays(string dataFolder, Symbol symbol, Resolution resolution, DateTime fromUtc, DateTime toUtc)
        {
            for (var day = fromUtc.Date; day < toUtc; day = day.AddDays(1))
            {
                var path = LeanDataLayout.ZipPath(dataFolder, symbol, resolution, day);
                if (!File.Exists(path))
                {
                    continue;
                }
                foreach (var bar in ReadFile(path, symbol, resolution, day))
                {
                    if (bar.Time >= fromUtc && bar.Time < toUtc)
                    {
                        yield return bar;
                    }
                }
            }
        }
    }
}
