/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.ToolBox
{
    /// <summary>
    /// Downloads a market's symbol properties as rows of LEAN's symbol-properties-database.csv
    /// (stand-in for QuantConnect.ToolBox.IExchangeInfoDownloader, assembly QuantConnect.ToolBox).
    /// </summary>
    public interface IExchangeInfoDownloader
    {
        /// <summary>The market whose rows are produced.</summary>
        string Market { get; }

        /// <summary>The CSV rows.</summary>
        IEnumerable<string> Get();
    }
}
