using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Data
{
    /// <summary>
    /// Where and how LEAN stores crypto-future trade bars in its data folder (as LEAN's LeanData
    /// defines it for perpetual crypto futures):
    /// <list type="bullet">
    /// <item>minute/second: <c>cryptofuture/btcc/minute/btcusdt/20240101_trade.zip</c>, one zip per UTC day,
    /// entry <c>20240101_btcusdt_minute_trade_perp.csv</c>, lines <c>msSinceMidnight,open,high,low,close,volume</c>;</item>
    /// <item>hour/daily: <c>cryptofuture/btcc/hour/btcusdt_trade.zip</c>, one zip for all dates, entry
    /// <c>btcusdt_trade_perp.csv</c>, lines <c>yyyyMMdd HH:mm,open,high,low,close,volume</c>.</item>
    /// </list>
    /// Prices are written unscaled (crypto data is not in deci-cents), invariant and without trailing
    /// zeros. LEAN reads the first entry of a crypto-future zip, so the entry name is informative.
    /// </summary>
    public static class LeanDataLayout
    {
        /// <summary>The time format of hour and daily lines.</summary>
        public const string HourOrDailyTimeFormat = "yyyyMMdd HH:mm";

        /// <summary>The date format of file and entry names.</summary>
        public const string DateFormat = "yyyyMMdd";

        /// <summary>Whether one file holds all dates (hour, daily) rather than one day.</summary>
        public static bool IsHourOrDaily(Resolution resolution) => resolution is Resolution.Hour or Resolution.Daily;

        /// <summary>The zip's path relative to the data folder.</summary>
        public static string RelativeZipPath(Symbol symbol, Resolution resolution, DateTime date)
        {
            Validate(symbol, resolution);
            var ticker = symbol.ID.Symbol.ToLowerInvariant();
            var directory = Path.Combine("cryptofuture", symbol.ID.Market.ToLowerInvariant(), ResolutionName(resolution));
            return IsHourOrDaily(resolution)
                ? Path.Combine(directory, $"{ticker}_trade.zip")
                : Path.Combine(directory, ticker, $"{date.ToString(DateFormat, CultureInfo.InvariantCulture)}_trade.zip");
        }

        /// <summary>The zip's full path.</summary>
        public static string ZipPath(string dataFolder, Symbol symbol, Resolution resolution, DateTime date)
            => Path.Combine(dataFolder, RelativeZipPath(symbol, resolution, date));

        /// <summary>The name of the csv entry inside the zip.</summary>
        public static string ZipEntryName(Symbol symbol, Resolution resolution, DateTime date)
        {
            Validate(symbol, resolution);
            var ticker = symbol.ID.Symbol.ToLowerInvariant();
            return IsHourOrDaily(resolution)
                ? $"{ticker}_trade_perp.csv"
                : $"{date.ToString(DateFormat, CultureInfo.InvariantCulture)}_{ticker}_{ResolutionName(resolution)}_trade_perp.csv";
        }

        /// <summary>One csv line for a bar.</summary>
        public static string FormatLine(TradeBar bar, Resolution resolution)
        {
            var time = IsHourOrDaily(resolution)
                ? bar.Time.ToString(HourOrDailyTimeFormat, CultureInfo.InvariantCulture)
                : ((long)bar.Time.TimeOfDay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return string.Join(',', time,
                BtccWireFormat.Decimal(bar.Open), BtccWireFormat.Decimal(bar.High),
                BtccWireFormat.Decimal(bar.Low), BtccWireFormat.Decimal(bar.Close),
                BtccWireFormat.Decimal(bar.Volume));
        }

        /// <summary>Reads a line back into a bar; <paramref name="date"/> is the file's day for minute data.</summary>
        /// <exception cref="FormatException">The line is not a trade-bar line.</exception>
        public static TradeBar ParseLine(string line, Symbol symbol, Resolution resolution, DateTime date)
        {
            var fields = line.Split(',');
            if (fields.Length != 6)
            {
                throw new FormatException($"'{line}' is not a trade-bar line (6 fields expected).");
            }
            DateTime time;
            if (IsHourOrDaily(resolution))
            {
                time = DateTime.ParseExact(fields[0], HourOrDailyTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);
            }
            else
            {
                time = date.Date.AddMilliseconds(long.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture));
            }
            decimal Parse(int index) => decimal.Parse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture);
            return new TradeBar(time, symbol, Parse(1), Parse(2), Parse(3), Parse(4), Parse(5), Period(resolution));
        }

        /// <summary>The length of one bar of a resolution.</summary>
        public static TimeSpan Period(Resolution resolution) => resolution switch
        {
            Resolution.Second => TimeSpan.FromSeconds(1),
            Resolution.Minute => TimeSpan.FromMinutes(1),
            Resolution.Hour => TimeSpan.FromHours(1),
            Resolution.Daily => TimeSpan.FromDays(1),
            _ => throw new ArgumentException($"{resolution} trade bars are not stored by this layout.", nameof(resolution))
        };

        private static string ResolutionName(Resolution resolution) => resolution.ToString().ToLowerInvariant();

        private static void Validate(Symbol symbol, Resolution resolution)
        {
            ArgumentNullException.ThrowIfNull(symbol);
            if (symbol.SecurityType != SecurityType.CryptoFuture)
            {
                throw new ArgumentException($"Symbol '{symbol.Value}': only CryptoFuture data is written, not {symbol.SecurityType}.", nameof(symbol));
            }
            if (resolution == Resolution.Tick)
            {
                throw new ArgumentException($"Symbol '{symbol.Value}': tick data is not written by this layout.", nameof(resolution));
            }
        }
    }
}
