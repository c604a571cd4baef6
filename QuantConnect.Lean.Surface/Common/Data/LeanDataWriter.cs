/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.IO.Compression;
using System.Text;
using QuantConnect.Data.Market;
using QuantConnect.Interfaces;
using QuantConnect.Logging;
using QuantConnect.Util;

namespace QuantConnect.Data
{
    /// <summary>
    /// Writes data into a LEAN data folder (stand-in for QuantConnect.Data.LeanDataWriter; trade bars of crypto
    /// futures are what is modelled). The data, oldest first, is cut into files by <see cref="LeanData"/>'s layout;
    /// each file's lines go to the data cache provider (the disk by default) as its zip entry. What happens to a file
    /// already there is the write policy: by default minute and second files are overwritten, hour and daily ones
    /// merged (a new line replaces the stored line of the same time).
    /// </summary>
    public class LeanDataWriter
    {
        private readonly Symbol _symbol;
        private readonly string _dataDirectory;
        private readonly TickType _tickType;
        private readonly Resolution _resolution;
        private readonly WritePolicy _writePolicy;
        private readonly IDataCacheProvider _dataCacheProvider;

        /// <summary>Creates a writer of one symbol's data at one resolution into <paramref name="dataDirectory"/>.</summary>
        /// <param name="resolution">The resolution of the data.</param>
        /// <param name="symbol">The symbol.</param>
        /// <param name="dataDirectory">The data folder.</param>
        /// <param name="tickType">The tick type (LEAN writes forex and CFD data as quotes whatever is given).</param>
        /// <param name="dataCacheProvider">Where files are read and stored; the disk when null.</param>
        /// <param name="writePolicy">What to do with existing files; null: merge hour and daily files, overwrite the others.</param>
        /// <param name="mapSymbol">Whether to map the symbol by date (equities; not modelled here).</param>
        /// <exception cref="NotImplementedException">A security type LEAN's writer does not support, or a symbol mapping.</exception>
        public LeanDataWriter(Resolution resolution, Symbol symbol, string dataDirectory, TickType tickType = TickType.Trade,
            IDataCacheProvider dataCacheProvider = null, WritePolicy? writePolicy = null, bool mapSymbol = false)
        {
            ArgumentNullException.ThrowIfNull(symbol);
            _symbol = symbol;
            _dataDirectory = dataDirectory;
            _resolution = resolution;
            var securityType = symbol.ID.SecurityType;
            _tickType = securityType is SecurityType.Forex or SecurityType.Cfd ? TickType.Quote : tickType;
            _writePolicy = writePolicy ?? (resolution >= Resolution.Hour ? WritePolicy.Merge : WritePolicy.Overwrite);
            _dataCacheProvider = dataCacheProvider ?? new DiskDataCacheProvider();
            if (securityType is SecurityType.Base or SecurityType.Commodity)
            {
                throw new NotImplementedException("Sorry this security type is not yet supported by the LEAN data writer: " + securityType);
            }
            if (mapSymbol)
            {
                throw new NotImplementedException("The LEAN surface does not map symbols (LEAN maps equities by their map files).");
            }
        }

        /// <summary>Writes the data, which must be sorted oldest first, file by file.</summary>
        /// <exception cref="Exception">The data is not sorted.</exception>
        public void Write(IEnumerable<BaseData> source)
        {
            var lastTime = DateTime.MinValue;
            var outputFile = string.Empty;
            var fileData = new List<(DateTime Time, string Line)>();
            foreach (var data in source)
            {
                if (data.Time < lastTime)
                {
#pragma warning disable CA2201 // LEAN throws exactly this
                    throw new Exception("The data must be pre-sorted from oldest to newest");
#pragma warning restore CA2201
                }
                // no file holds less than a day, so the file can only change with the date
                if (data.Time.Date != lastTime.Date)
                {
                    var latestOutputFile = LeanData.GenerateZipFilePath(_dataDirectory, _symbol, data.Time, _resolution, _tickType);
                    if (outputFile.Length == 0 || outputFile != latestOutputFile)
                    {
                        if (fileData.Count > 0)
                        {
                            WriteFile(outputFile, fileData);
                        }
                        fileData = new List<(DateTime, string)>();
                        outputFile = latestOutputFile;
                    }
                }
                fileData.Add((data.Time, GenerateLine(data)));
                lastTime = data.Time;
            }
            if (fileData.Count > 0)
            {
                WriteFile(outputFile, fileData);
            }
        }

        private void WriteFile(string filePath, List<(DateTime Time, string Line)> data)
        {
            var date = data[0].Time.Date;
            var entryName = LeanData.GenerateZipEntryName(_symbol, date, _resolution, _tickType);
            var fileExists = File.Exists(filePath);
            if (!fileExists)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
            }

            string finalData = null;
            if (_writePolicy == WritePolicy.Append)
            {
                Append(filePath, entryName, data);
            }
            else if (_writePolicy == WritePolicy.Merge && fileExists && TryLoadFile(filePath, entryName, date, out var rows))
            {
                foreach (var (time, line) in data)
                {
                    rows[time] = line;
                }
                finalData = string.Join("\n", rows.Values);
            }
            else
            {
                finalData = string.Join("\n", data.Select(x => x.Line));
            }

            if (finalData != null)
            {
                _dataCacheProvider.Store($"{filePath}#{entryName}", Encoding.UTF8.GetBytes(finalData));
            }
            if (Log.DebuggingEnabled)
            {
                var from = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                var to = data[^1].Time.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                Log.Debug($"LeanDataWriter.Write({_symbol.ID}): Appended: {filePath} @ {entryName} {from}->{to}");
            }
        }

        /// <summary>The entry's lines by time; false when the file or entry cannot be read.</summary>
        private bool TryLoadFile(string fileName, string entryName, DateTime date, out SortedDictionary<DateTime, string> rows)
        {
            rows = new SortedDictionary<DateTime, string>();
            using var stream = _dataCacheProvider.Fetch($"{fileName}#{entryName}");
            if (stream == null)
            {
                return false;
            }
            using var reader = new StreamReader(stream);
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                rows[LeanData.ParseTime(line, date.Date, _resolution)] = line;
            }
            return true;
        }

        /// <summary>Appends lines to the entry, each ended by a new line, as LEAN's zip stream writer does.</summary>
        private static void Append(string filePath, string entryName, List<(DateTime Time, string Line)> data)
        {
            using var archive = ZipFile.Open(filePath, File.Exists(filePath) ? ZipArchiveMode.Update : ZipArchiveMode.Create);
            var entry = archive.GetEntry(entryName);
            var existed = entry != null;
            entry ??= archive.CreateEntry(entryName);
            using var writer = new StreamWriter(entry.Open());
            if (existed)
            {
                writer.BaseStream.Seek(0L, SeekOrigin.End);
            }
            foreach (var (_, line) in data)
            {
                writer.WriteLine(line);
            }
        }

        /// <summary>
        /// One data line as LEAN writes crypto trade bars: the time (milliseconds since midnight for minute and second
        /// bars, <c>yyyyMMdd HH:mm</c> for hour and daily ones), open, high, low, close and volume, unscaled, invariant,
        /// without trailing zeros.
        /// </summary>
        private string GenerateLine(BaseData data)
        {
            if (_symbol.ID.SecurityType is not (SecurityType.Crypto or SecurityType.CryptoFuture) || data is not TradeBar bar
                || _resolution is Resolution.Tick)
            {
                throw new NotImplementedException($"The LEAN surface writes crypto trade bars only, not {data.GetType().Name} of {_symbol.ID.SecurityType} at {_resolution}.");
            }
            var time = _resolution is Resolution.Hour or Resolution.Daily
                ? data.Time.ToString("yyyyMMdd HH:mm", CultureInfo.InvariantCulture)
                : data.Time.TimeOfDay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            return string.Join(",", time, Normalize(bar.Open), Normalize(bar.High), Normalize(bar.Low), Normalize(bar.Close), Normalize(bar.Volume));
        }

        // dividing by one at the largest scale drops trailing zeros without changing the value
        private static string Normalize(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
