/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Util
{
    /// <summary>
    /// Where LEAN keeps data in its data folder and how its lines read (stand-in for QuantConnect.Util.LeanData; a
    /// subset). The layout is modelled for crypto futures, the only data written here: minute and second files per
    /// UTC day under the ticker (<c>cryptofuture/btcc/minute/btcusdt/20240101_trade.zip</c>), hour and daily files
    /// holding every date (<c>cryptofuture/btcc/hour/btcusdt_trade.zip</c>), entries tagged <c>perp</c> (perpetuals only).
    /// </summary>
    public static class LeanData
    {
        private const string EightCharacter = "yyyyMMdd";
        private const string TwelveCharacter = "yyyyMMdd HH:mm";

        /// <summary>The full path of the zip holding a symbol's data of a date, resolution and tick type.</summary>
        public static string GenerateZipFilePath(string dataDirectory, Symbol symbol, DateTime date, Resolution resolution, TickType tickType)
            => Path.Combine(dataDirectory, RelativeDirectory(symbol, resolution), ZipFileName(symbol, date, resolution, tickType));

        /// <summary>The name of the csv entry inside that zip.</summary>
        public static string GenerateZipEntryName(Symbol symbol, DateTime date, Resolution resolution, TickType tickType)
        {
            RequireCryptoFuture(symbol);
            if (symbol.HasUnderlying)
            {
                symbol = symbol.Underlying;
            }
            if (symbol.ID.Date != SecurityIdentifier.DefaultDate)
            {
                throw new NotImplementedException($"The LEAN surface lays out perpetual crypto futures only, not {symbol.Value} (expiring {symbol.ID.Date:yyyy-MM-dd}).");
            }
            const string expiration = "perp";
            var ticker = symbol.ID.Symbol.ToLowerInvariant();
            return IsHourOrDaily(resolution)
                ? string.Join("_", ticker, Lower(tickType), expiration) + ".csv"
                : string.Join("_", date.ToString(EightCharacter, CultureInfo.InvariantCulture), ticker, Lower(resolution), Lower(tickType), expiration) + ".csv";
        }

        /// <summary>Splits a data cache key into the zip's path and the entry's name (null when the key names none).</summary>
        public static void ParseKey(string key, out string fileName, out string entryName)
        {
            entryName = null;
            fileName = key;
            if (key == null)
            {
                return;
            }
            // anything after the last '#' names the entry
            var hash = key.LastIndexOf('#');
            if (hash != -1)
            {
                entryName = key[(hash + 1)..];
                fileName = key[..hash];
            }
        }

        /// <summary>
        /// The time of a data line: milliseconds since midnight of <paramref name="date"/> for tick, second and minute
        /// lines, <c>yyyyMMdd HH:mm</c> for hour and daily ones.
        /// </summary>
        public static DateTime ParseTime(string line, DateTime date, Resolution resolution)
        {
            switch (resolution)
            {
                case Resolution.Tick:
                case Resolution.Second:
                case Resolution.Minute:
                    var index = line.IndexOf(',', StringComparison.InvariantCulture);
                    return date.AddTicks(Convert.ToInt64(10000 * decimal.Parse(line.AsSpan(0, index), provider: CultureInfo.InvariantCulture)));
                case Resolution.Hour:
                case Resolution.Daily:
                    return DateTime.ParseExact(line.AsSpan(0, TwelveCharacter.Length), TwelveCharacter, CultureInfo.InvariantCulture);
                default:
                    throw new ArgumentOutOfRangeException(nameof(resolution), resolution, null);
            }
        }

        private static bool IsHourOrDaily(Resolution resolution) => resolution is Resolution.Hour or Resolution.Daily;

        private static string RelativeDirectory(Symbol symbol, Resolution resolution)
        {
            RequireCryptoFuture(symbol);
            var directory = Path.Combine(Lower(symbol.SecurityType), symbol.ID.Market.ToLowerInvariant(), Lower(resolution));
            return IsHourOrDaily(resolution) ? directory : Path.Combine(directory, symbol.ID.Symbol.ToLowerInvariant());
        }

        private static string ZipFileName(Symbol symbol, DateTime date, Resolution resolution, TickType tickType)
        {
            RequireCryptoFuture(symbol);
            return IsHourOrDaily(resolution)
                ? $"{symbol.ID.Symbol.ToLowerInvariant()}_{Lower(tickType)}.zip"
                : $"{date.ToString(EightCharacter, CultureInfo.InvariantCulture)}_{Lower(tickType)}.zip";
        }

        private static void RequireCryptoFuture(Symbol symbol)
        {
            ArgumentNullException.ThrowIfNull(symbol);
            if (symbol.ID.SecurityType != SecurityType.CryptoFuture)
            {
                throw new NotImplementedException($"The LEAN surface lays out crypto-future data only, not {symbol.ID.SecurityType} ({symbol.Value}).");
            }
        }

        private static string Lower(Enum value) => value.ToString().ToLowerInvariant();
    }
}
