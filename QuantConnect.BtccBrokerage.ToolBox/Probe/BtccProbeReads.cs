/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// Reads every read endpoint the plugin's REST client has, once, through that client (so its parameters and
    /// models are what is tried), keeping each raw reply as <c>rest/&lt;endpoint&gt;.json</c>.
    /// </summary>
    internal sealed class BtccProbeReads
    {
        private readonly BtccRestApiClient _client;
        private readonly BtccProbeFixtureWriter _writer;
        private readonly List<BtccProbeReply> _replies = new();
        private (string Path, HttpStatusCode Status, string Body)? _last;

        /// <summary>Wraps <paramref name="client"/>; every reply it receives from now on is written by <paramref name="writer"/>.</summary>
        public BtccProbeReads(BtccRestApiClient client, BtccProbeFixtureWriter writer)
        {
            _client = client;
            _writer = writer;
            client.ReplyReceived = (path, status, body) =>
            {
                _last = (path, status, body);
                if (path == BtccEndpoint.Login.Path)
                {
                    writer.AddSecret(LoginToken(body));
                }
                writer.WriteRest(path[(path.LastIndexOf('/') + 1)..], body);
            };
        }

        /// <summary>The replies judged so far, in order.</summary>
        public IReadOnlyList<BtccProbeReply> Replies => _replies;

        /// <summary>The symbollist read (empty when it failed).</summary>
        public IReadOnlyList<BtccSymbolInfo> Symbols { get; private set; } = Array.Empty<BtccSymbolInfo>();

        /// <summary>Logs in through the client and reads each endpoint once; a failed read is recorded, never thrown.</summary>
        /// <returns>False when the client could not log in (nothing was read).</returns>
        public async Task<bool> ReadAllAsync(CancellationToken cancellationToken)
        {
            if (!await ReadAsync(BtccEndpoint.Login, ct => _client.LoginAsync(ct), cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            var now = DateTimeOffset.UtcNow;
            var history = new BtccHistoryQuery
            {
                // BTCC's history timestamps are milliseconds; a week is enough to show the shape
                BeginTime = now.AddDays(-7).ToUnixTimeMilliseconds(),
                EndTime = now.ToUnixTimeMilliseconds(),
                PageNo = 1,
                PageSize = 20
            };
            await ReadAsync(BtccEndpoint.KeepAlive, ct => _client.KeepAliveAsync(ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.SymbolList, async ct => Symbols = (await _client.GetSymbolListResponseAsync(ct).ConfigureAwait(false)).Symbols, cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.AccountGroup, ct => _client.GetAccountGroupAsync(null, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.Account, ct => _client.GetAccountAsync(ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.PositionList, ct => _client.GetPositionListAsync(1, 20, null, null, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.OrderList, ct => _client.GetOrderListAsync(null, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.DealTodayList, ct => _client.GetDealTodayListAsync(null, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.ProfitTodayList, ct => _client.GetProfitTodayListAsync(null, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.TradeReport, ct => _client.GetTradeReportAsync(history, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.HisOrder, ct => _client.GetHisOrderAsync(history, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.ProfitReport, ct => _client.GetProfitReportAsync(history, ct), cancellationToken).ConfigureAwait(false);
            await ReadAsync(BtccEndpoint.ReportDeal, ct => _client.GetReportDealAsync(history, null, null, ct), cancellationToken).ConfigureAwait(false);
            return true;
        }

        /// <summary>Runs one call and records how its endpoint answered; true when the plugin read a code-0 reply.</summary>
        private async Task<bool> ReadAsync<T>(BtccEndpoint endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        {
            _last = null;
            BtccProbeReply reply;
            try
            {
                await call(cancellationToken).ConfigureAwait(false);
                reply = Reply(endpoint, parsed: true, failure: null);
            }
            catch (BtccApiException error)
            {
                reply = Reply(endpoint, parsed: error.IsRefusal, failure: BtccRestApiClient.Describe(error));
            }
            catch (Newtonsoft.Json.JsonException error)
            {
                reply = Reply(endpoint, parsed: false, failure: error.GetType().Name);
            }
            _replies.Add(reply);
            BtccLog.Trace("BtccProbeReads", "Read", $"{endpoint.Path}: {(reply.Code is { } code ? $"code {code}" : "no BTCC code")}{(reply.Parsed ? string.Empty : " (not read by the plugin)")}");
            return reply.Code == 0 && reply.Parsed;
        }

        private BtccProbeReply Reply(BtccEndpoint endpoint, bool parsed, string? failure)
        {
            // the last reply of this path: the client may have logged in (or renewed) before it
            if (_last is not { } last || last.Path != endpoint.Path)
            {
                return new BtccProbeReply(endpoint.Path, null, null, failure ?? "no reply", false);
            }
            var (code, message) = BtccProbeLogin.CodeOf(last.Body);
            return new BtccProbeReply(endpoint.Path, last.Status, code, code == 0 && failure != null ? failure : message ?? failure ?? string.Empty, parsed && code != null);
        }

        private static string? LoginToken(string body)
        {
            try
            {
                return (Newtonsoft.Json.Linq.JToken.Parse(body) as Newtonsoft.Json.Linq.JObject)?.Value<string>("token");
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }
}
