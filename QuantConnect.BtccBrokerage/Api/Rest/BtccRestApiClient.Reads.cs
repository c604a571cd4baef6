/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    public sealed partial class BtccRestApiClient
    {
        /// <summary>Guards the fetch-all-pages helpers against a server that never reports the end.</summary>
        private const int MaxPages = 10_000;

        /// <summary><c>GET /v1/config/symbollist</c> for the session's account group.</summary>
        public Task<BtccSymbolListResponse> GetSymbolListResponseAsync(CancellationToken cancellationToken = default)
            => SendAsync<BtccSymbolListResponse>(BtccEndpoint.SymbolList, (p, s) => p.Add("account_group_id", s.AccountGroupId), cancellationToken);

        /// <summary>Every instrument of the logged-in account (<see cref="IBtccSymbolListSource"/>).</summary>
        public async Task<IReadOnlyList<BtccSymbolInfo>> GetSymbolListAsync(CancellationToken cancellationToken = default)
            => (await GetSymbolListResponseAsync(cancellationToken).ConfigureAwait(false)).Symbols;

        /// <summary><c>GET /v1/config/accountgroup</c>; the session's group when <paramref name="accountGroupId"/> is null.</summary>
        public Task<BtccAccountGroupResponse> GetAccountGroupAsync(long? accountGroupId = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccAccountGroupResponse>(BtccEndpoint.AccountGroup, (p, s) => p.Add("account_groupid", accountGroupId ?? s.AccountGroupId), cancellationToken);

        /// <summary><c>GET /v1/account/account</c>.</summary>
        public Task<BtccAccountResponse> GetAccountAsync(CancellationToken cancellationToken = default)
            => SendAsync<BtccAccountResponse>(BtccEndpoint.Account, (p, s) => p.Add("accountid", s.AccountId), cancellationToken);

        /// <summary><c>GET /v1/account/positionlist</c>, one page (pageNo is 1-based).</summary>
        public Task<BtccPositionListResponse> GetPositionListAsync(int pageNo, int pageSize, string? symbol = null, long? positionId = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccPositionListResponse>(BtccEndpoint.PositionList, (p, s) => p
                .Add("accountid", s.AccountId)
                .AddOptional("symbol", symbol)
                .AddOptional("id", positionId)
                .Add("pageNo", pageNo)
                .Add("pageSize", pageSize), cancellationToken);

        /// <summary>Every open position, fetching page after page until <c>total</c> is reached.</summary>
        public async Task<IReadOnlyList<BtccPosition>> GetAllPositionsAsync(string? symbol = null, CancellationToken cancellationToken = default)
        {
            var positions = new List<BtccPosition>();
            var seen = new HashSet<long>();
            for (var pageNo = 1; pageNo <= MaxPages; pageNo++)
            {
                var page = await GetPositionListAsync(pageNo, _settings.PageSize, symbol, null, cancellationToken).ConfigureAwait(false);
                foreach (var position in page.Positions)
                {
                    // a position opened between two pages shifts the pages: keep each ticket once
                    if (seen.Add(position.Id))
                    {
                        positions.Add(position);
                    }
                }
                if (page.Positions.Count == 0 || page.Positions.Count < _settings.PageSize || pageNo * _settings.PageSize >= page.Total)
                {
                    break;
                }
            }
            return positions;
        }

        /// <summary><c>GET /v1/account/orderList</c>: working pending orders (optionally one by id).</summary>
        public Task<BtccOrderListResponse> GetOrderListAsync(long? orderId = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccOrderListResponse>(BtccEndpoint.OrderList, (p, s) => p.Add("accountid", s.AccountId).AddOptional("id", orderId), cancellationToken);

        /// <summary><c>GET /v1/account/dealTodayList</c>: today's fills and the last settlement time.</summary>
        public Task<BtccDealListResponse> GetDealTodayListAsync(long? dealId = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccDealListResponse>(BtccEndpoint.DealTodayList, (p, s) => p.Add("accountid", s.AccountId).AddOptional("id", dealId), cancellationToken);

        /// <summary><c>GET /v1/account/profitTodayList</c> (same shape as dealTodayList).</summary>
        public Task<BtccDealListResponse> GetProfitTodayListAsync(long? dealId = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccDealListResponse>(BtccEndpoint.ProfitTodayList, (p, s) => p.Add("accountid", s.AccountId).AddOptional("id", dealId), cancellationToken);

        /// <summary><c>GET /v1/user/getTradeReport</c> (fill history), one page.</summary>
        public Task<BtccTradeReportResponse> GetTradeReportAsync(BtccHistoryQuery query, CancellationToken cancellationToken = default)
            => SendAsync<BtccTradeReportResponse>(BtccEndpoint.TradeReport, (p, _) =>
            {
                AddHistoryParameters(p, query);
                p.AddOptional("direction", (long?)query.Direction)
                 .AddOptional("contractType", (long?)query.ContractType)
                 .AddOptional("reportType", query.ReportType);
            }, cancellationToken);

        /// <summary>All fills of getTradeReport between two times, every page.</summary>
        public async Task<IReadOnlyList<BtccTradeReportItem>> GetTradeReportRangeAsync(long beginTime, long endTime, BtccHistoryQuery? filter = null, CancellationToken cancellationToken = default)
        {
            var items = new List<BtccTradeReportItem>();
            var query = (filter ?? new BtccHistoryQuery()) with { BeginTime = beginTime, EndTime = endTime, PageSize = _settings.PageSize };
            for (var pageNo = 1; pageNo <= MaxPages; pageNo++)
            {
                var page = await GetTradeReportAsync(query with { PageNo = pageNo }, cancellationToken).ConfigureAwait(false);
                items.AddRange(page.List);
                if (page.List.Count == 0 || pageNo >= page.TotalPage && items.Count >= page.TotalSize)
                {
                    break;
                }
            }
            return items;
        }

        /// <summary><c>GET /v1/user/getHisOrder</c> (pending-order history) for the session's account number.</summary>
        public Task<BtccHisOrderResponse> GetHisOrderAsync(BtccHistoryQuery query, CancellationToken cancellationToken = default)
            => SendAsync<BtccHisOrderResponse>(BtccEndpoint.HisOrder, (p, s) =>
            {
                p.Add("accountNo", s.AccountNo);
                AddHistoryParameters(p, query);
                p.AddOptional("direction", (long?)query.Direction)
                 .AddOptional("status", (long?)query.Status)
                 .AddOptional("contractType", query.ContractType?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }, cancellationToken);

        /// <summary>One pending order's getHisOrder entry, looked up by its id; null when BTCC does not list it.</summary>
        public async Task<BtccHisOrderItem?> GetHisOrderItemAsync(long orderId, CancellationToken cancellationToken = default)
        {
            var reply = await GetHisOrderAsync(new BtccHistoryQuery
            {
                OrderId = BtccWireFormat.Integer(orderId),
                PageNo = 1,
                PageSize = 10
            }, cancellationToken).ConfigureAwait(false);
            return reply.List.FirstOrDefault(i => i.OrderId == orderId);
        }

        /// <summary><c>GET /v1/user/getProfitReport</c> (closed-trade P/L history), one page.</summary>
        public Task<BtccProfitReportResponse> GetProfitReportAsync(BtccHistoryQuery query, CancellationToken cancellationToken = default)
            => SendAsync<BtccProfitReportResponse>(BtccEndpoint.ProfitReport, (p, _) =>
            {
                AddHistoryParameters(p, query);
                p.AddOptional("openDirection", (long?)query.Direction)
                 .AddOptional("contractType", (long?)query.ContractType);
            }, cancellationToken);

        /// <summary><c>GET /v1/user/getReportDeal</c> (balance ledger), one page.</summary>
        public Task<BtccReportDealResponse> GetReportDealAsync(BtccHistoryQuery query, string? amountType = null, string? currency = null, CancellationToken cancellationToken = default)
            => SendAsync<BtccReportDealResponse>(BtccEndpoint.ReportDeal, (p, s) =>
            {
                p.Add("accountNo", s.AccountNo)
                 .AddOptional("beginTime", query.BeginTime)
                 .AddOptional("endTime", query.EndTime)
                 .Add("pageNo", query.PageNo)
                 .Add("pageSize", query.PageSize)
                 .AddOptional("amountType", amountType)
                 .AddOptional("currency", currency);
            }, cancellationToken);

        private static void AddHistoryParameters(BtccParameters parameters, BtccHistoryQuery query)
        {
            parameters
                .AddOptional("beginTime", query.BeginTime)
                .AddOptional("endTime", query.EndTime)
                .Add("pageNo", query.PageNo)
                .Add("pageSize", query.PageSize)
                .AddOptional("orderId", query.OrderId)
                .AddOptional("symbol", query.Symbol)
                .AddOptional("orderType", (long?)query.OrderType);
        }
    }
}
