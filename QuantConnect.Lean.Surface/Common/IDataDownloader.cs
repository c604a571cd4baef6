/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Data;

namespace QuantConnect
{
    /// <summary>Downloads historical data (stand-in for QuantConnect.IDataDownloader).</summary>
    public interface IDataDownloader
    {
        /// <summary>The data for a symbol, resolution and time range.</summary>
        IEnumerable<BaseData> Get(DataDownloaderGetParameters dataDownloaderGetParameters);
    }

    /// <summary>What to download (stand-in for QuantConnect.DataDownloaderGetParameters).</summary>
    public class DataDownloaderGetParameters
    {
        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; set; }
        /// <summary>The resolution.</summary>
        public Resolution Resolution { get; set; }
        /// <summary>Start (UTC).</summary>
        public DateTime StartUtc { get; set; }
        /// <summary>End (UTC).</summary>
        public DateTime EndUtc { get; set; }
        /// <summary>The tick type, trade by default.</summary>
        public TickType TickType { get; set; }

        /// <summary>Creates the parameters.</summary>
        public DataDownloaderGetParameters(Symbol symbol, Resolution resolution, DateTime startUtc, DateTime endUtc, TickType? tickType = null)
        {
            Symbol = symbol;
            Resolution = resolution;
            StartUtc = startUtc;
            EndUtc = endUtc;
            TickType = tickType ?? TickType.Trade;
        }

        /// <summary>A readable summary.</summary>
        public override string ToString() => FormattableString.Invariant($"{Symbol}, {Resolution}, {StartUtc}, {EndUtc}, {TickType}");
    }
}
