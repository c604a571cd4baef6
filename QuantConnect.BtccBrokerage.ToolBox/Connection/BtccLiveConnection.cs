namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>The connection to the real BTCC API (REST client for symbollist, quote websocket for candles).</summary>
    internal static class BtccLiveConnection
    {
        /// <summary>Logs in and opens both channels.</summary>
        public static Task<IBtccToolBoxConnection> ConnectAsync(BtccToolBoxSettings settings, CancellationToken cancellationToken)
            => throw new NotSupportedException("The BTCC API client is not part of this build yet.");
    }
}
