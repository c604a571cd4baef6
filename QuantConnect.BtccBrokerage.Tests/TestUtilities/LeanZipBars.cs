/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.IO.Compression;
using NUnit.Framework;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// Reads crypto-future trade bars back from a LEAN data folder, on its own (not through the writer's layout code):
    /// <c>cryptofuture/&lt;market&gt;/minute/&lt;ticker&gt;/yyyyMMdd_trade.zip</c> per day, <c>cryptofuture/&lt;market&gt;/hour/&lt;ticker&gt;_trade.zip</c>
    /// for all dates; the first entry of a zip, as LEAN reads it.
    /// </summary>
    internal static class LeanZipBars
    {
        /// <summary>The path of the zip of a date (any date for hour and daily files).</summary>
        public static string ZipPath(string dataFolder, Symbol symbol, Resolution resolution, DateTime date)
        {
            var ticker = symbol.ID.Symbol.ToLowerInvariant();
            var directory = Path.Combine(dataFolder, "cryptofuture", symbol.ID.Market, resolution.ToString().ToLowerInvariant());
            return IsHourOrDaily(resolution)
                ? Path.Combine(directory, $"{ticker}_trade.zip")
                : Path.Combine(directory, ticker, $"{date:yyyyMMdd}_trade.zip");
        }

        /// <summary>The stored bars whose start lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first.</summary>
        public static IReadOnlyList<TradeBar> Read(string dataFolder, Symbol symbol, Resolution resolution, DateTime fromUtc, DateTime toUtc)
        {
            var dates = IsHourOrDaily(resolution)
                ? new[] { fromUtc }
                : Enumerable.Range(0, (int)(toUtc.Date - fromUtc.Date).TotalDays + 1).Select(d => fromUtc.Date.AddDays(d));
            return dates.Select(date => ZipPath(dataFolder, symbol, resolution, date)).Where(File.Exists).Distinct()
                .SelectMany(path => ReadFile(path, symbol, resolution, DateFromPath(path, resolution)))
                .Where(b => b.Time >= fromUtc && b.Time < toUtc)
                .ToList();
        }

        /// <summary>The bars of a zip's first entry; <paramref name="date"/> is the day of a minute file.</summary>
        public static IReadOnlyList<TradeBar> ReadFile(string zipPath, Symbol symbol, Resolution resolution, DateTime date)
            => Lines(zipPath).Where(l => l.Length > 0).Select(line =>
            {
                var fields = line.Split(',');
                Assert.That(fields, Has.Length.EqualTo(6), $"'{line}' in {zipPath}");
                var time = IsHourOrDaily(resolution)
                    ? DateTime.ParseExact(fields[0], "yyyyMMdd HH:mm", CultureInfo.InvariantCulture)
                    : date.Date.AddMilliseconds(long.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture));
                decimal Field(int i) => decimal.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
                return new TradeBar(time, symbol, Field(1), Field(2), Field(3), Field(4), Field(5), resolution.ToTimeSpan());
            }).ToList();

        /// <summary>The text lines of a zip's first entry.</summary>
        public static IReadOnlyList<string> Lines(string zipPath)
        {
            using var archive = ZipFile.OpenRead(zipPath);
            using var reader = new StreamReader(archive.Entries[0].Open());
            return reader.ReadToEnd().Split('\n');
        }

        /// <summary>The names of a zip's entries.</summary>
        public static IReadOnlyList<string> EntryNames(string zipPath)
        {
            using var archive = ZipFile.OpenRead(zipPath);
            return archive.Entries.Select(e => e.FullName).ToList();
        }

        private static bool IsHourOrDaily(Resolution resolution) => resolution is Resolution.Hour or Resolution.Daily;

        private static DateTime DateFromPath(string path, Resolution resolution)
            => IsHourOrDaily(resolution) ? default : DateTime.ParseExact(Path.GetFileName(path)[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
    }
}
