/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>BTCC's ReqKline interval codes and bar alignment (UTC; weeks start on Monday).</summary>
    internal static class KlineIntervals
    {
        /// <summary>True for a documented interval code.</summary>
        public static bool IsKnown(int code) => code is 35 or 1 or 2 or 3 or 4 or 37 or 38 or 5 or 6 or 7;

        /// <summary>Start (unix s) of the bar containing <paramref name="time"/>.</summary>
        public static long BarStart(int code, long time)
        {
            switch (code)
            {
                case 6:
                    // 1970-01-01 was a Thursday: shift by four days so weeks start on Monday.
                    const long week = 7 * 86400, monday = 4 * 86400;
                    return (long)Math.Floor((time - monday) / (double)week) * week + monday;
                case 7:
                    var t = DateTimeOffset.FromUnixTimeSeconds(time);
                    return new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
                default:
                    var seconds = FixedSeconds(code);
                    return (long)Math.Floor(time / (double)seconds) * seconds;
            }
        }

        /// <summary>Start of the bar after the one starting at <paramref name="barStart"/>.</summary>
        public static long NextBarStart(int code, long barStart) => code switch
        {
            6 => barStart + 7 * 86400,
            7 => DateTimeOffset.FromUnixTimeSeconds(barStart).AddMonths(1).ToUnixTimeSeconds(),
            _ => barStart + FixedSeconds(code)
        };

        private static long FixedSeconds(int code) => code switch
        {
            35 => 60,
            1 => 300,
            2 => 900,
            3 => 1800,
            4 => 3600,
            37 => 7200,
            38 => 14400,
            5 => 86400,
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "unknown kline interval")
        };
    }
}
