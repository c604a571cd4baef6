/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>A logged-in BTCC connection as the ToolBox apps need it: the symbol list and history.</summary>
    public interface IBtccToolBoxConnection : IAsyncDisposable
    {
        /// <summary>The account's instrument list (REST symbollist).</summary>
        IBtccSymbolListSource SymbolList { get; }

        /// <summary>Trade bars as the plugin's history serves them (<see cref="BtccBrokerageDownloader"/>).</summary>
        IDataDownloader History { get; }
    }
}
