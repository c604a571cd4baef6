/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>
    /// The connection to BTCC (or the simulator): a REST login with heartbeats for symbollist, and the plugin's
    /// own downloader for history, which logs in on its first request.
    /// </summary>
    internal sealed class BtccLiveConnection : IBtccToolBoxConnection
    {
        private readonly BtccRestApiClient _rest;
        private readonly Lazy<BtccBrokerageDownloader> _history = new(CreateHistory);

        private BtccLiveConnection(BtccRestApiClient rest)
        {
            _rest = rest;
        }

        /// <summary>The REST client.</summary>
        public IBtccSymbolListSource SymbolList => _rest;

        /// <summary>The plugin's history downloader, configured from LEAN's Config as the apps' settings are.</summary>
        public IDataDownloader History => _history.Value;

        /// <summary>Logs in over REST and starts the heartbeats.</summary>
        public static async Task<IBtccToolBoxConnection> ConnectAsync(BtccToolBoxSettings settings, CancellationToken cancellationToken)
        {
            var rest = new BtccRestApiClient(settings.ToApiSettings());
            try
            {
                await rest.LoginAsync(cancellationToken).ConfigureAwait(false);
                rest.StartKeepAlive();
                BtccLog.Trace("BtccLiveConnection", "ConnectAsync", $"connected as account {rest.Session?.AccountNo}");
                return new BtccLiveConnection(rest);
            }
            catch
            {
                await rest.StopKeepAliveAsync().ConfigureAwait(false);
                rest.Dispose();
                throw;
            }
        }

        /// <summary>Closes the history downloader's session and stops the heartbeats.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_history.IsValueCreated)
            {
                _history.Value.Dispose();
            }
            await _rest.StopKeepAliveAsync().ConfigureAwait(false);
            _rest.Dispose();
        }

        private static BtccBrokerageDownloader CreateHistory()
        {
            try
            {
                return new BtccBrokerageDownloader();
            }
            catch (ArgumentException error)
            {
                throw new ToolBoxConfigurationException(error.Message);
            }
        }
    }
}
