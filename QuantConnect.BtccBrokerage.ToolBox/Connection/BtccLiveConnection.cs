using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>
    /// The connection to BTCC (or the simulator): REST login with heartbeats for symbollist, then the
    /// quote websocket (logged in with the account number from REST) for candles.
    /// </summary>
    internal sealed class BtccLiveConnection : IBtccToolBoxConnection
    {
        private readonly BtccRestApiClient _rest;
        private readonly BtccQuoteWebSocketClient _quotes;

        private BtccLiveConnection(BtccRestApiClient rest, BtccQuoteWebSocketClient quotes)
        {
            _rest = rest;
            _quotes = quotes;
        }

        /// <summary>The REST client.</summary>
        public IBtccSymbolListSource SymbolList => _rest;

        /// <summary>The quote websocket client.</summary>
        public IBtccKlineSource Klines => _quotes;

        /// <summary>Logs in and opens both channels.</summary>
        public static async Task<IBtccToolBoxConnection> ConnectAsync(BtccToolBoxSettings settings, CancellationToken cancellationToken)
        {
            var apiSettings = settings.ToApiSettings();

            var rest = new BtccRestApiClient(apiSettings);
            BtccQuoteWebSocketClient? quotes = null;
            try
            {
                await rest.LoginAsync(cancellationToken).ConfigureAwait(false);
                rest.StartKeepAlive();
                var accountNo = rest.Session?.AccountNo ?? throw new InvalidOperationException("BTCC login returned no account number.");
                quotes = new BtccQuoteWebSocketClient(apiSettings, accountNo);
                await quotes.ConnectAsync(cancellationToken).ConfigureAwait(false);
                BtccLog.Trace("BtccLiveConnection", "ConnectAsync", $"connected as account {accountNo}");
                return new BtccLiveConnection(rest, quotes);
            }
            catch
            {
                if (quotes != null)
                {
                    await quotes.DisposeAsync().ConfigureAwait(false);
                }
                await rest.StopKeepAliveAsync().ConfigureAwait(false);
                rest.Dispose();
                throw;
            }
        }

        /// <summary>Closes the websocket and stops the heartbeats.</summary>
        public async ValueTask DisposeAsync()
        {
            await _quotes.DisposeAsync().ConfigureAwait(false);
            await _rest.StopKeepAliveAsync().ConfigureAwait(false);
            _rest.Dispose();
        }
    }
}
