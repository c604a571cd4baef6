/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// One BTCC REST endpoint: method, path, whether it changes exchange state (writes are never retried
    /// blindly) and whether it needs the session token.
    /// </summary>
    internal sealed record BtccEndpoint(HttpMethod Method, string Path, bool IsWrite, bool NeedsToken = true)
    {
        public static readonly BtccEndpoint Login = new(HttpMethod.Post, "/v1/user/login", false, false);
        public static readonly BtccEndpoint KeepAlive = new(HttpMethod.Get, "/v1/user/keepalive", false);
        public static readonly BtccEndpoint SymbolList = new(HttpMethod.Get, "/v1/config/symbollist", false);
        public static readonly BtccEndpoint AccountGroup = new(HttpMethod.Get, "/v1/config/accountgroup", false);
        public static readonly BtccEndpoint Account = new(HttpMethod.Get, "/v1/account/account", false);
        public static readonly BtccEndpoint PositionList = new(HttpMethod.Get, "/v1/account/positionlist", false);
        public static readonly BtccEndpoint OpenPosition = new(HttpMethod.Post, "/v1/account/openposition", true);
        public static readonly BtccEndpoint ClosePosition = new(HttpMethod.Post, "/v1/account/closeposition", true);
        public static readonly BtccEndpoint OpenPending = new(HttpMethod.Post, "/v1/account/openpending", true);
        public static readonly BtccEndpoint UpdatePending = new(HttpMethod.Post, "/v1/account/updatepending", true);
        public static readonly BtccEndpoint CancelPending = new(HttpMethod.Post, "/v1/account/cancelpending", true);
        public static readonly BtccEndpoint OrderList = new(HttpMethod.Get, "/v1/account/orderList", false);
        public static readonly BtccEndpoint DealTodayList = new(HttpMethod.Get, "/v1/account/dealTodayList", false);
        public static readonly BtccEndpoint ProfitTodayList = new(HttpMethod.Get, "/v1/account/profitTodayList", false);
        public static readonly BtccEndpoint TradeReport = new(HttpMethod.Get, "/v1/user/getTradeReport", false);
        public static readonly BtccEndpoint HisOrder = new(HttpMethod.Get, "/v1/user/getHisOrder", false);
        public static readonly BtccEndpoint ProfitReport = new(HttpMethod.Get, "/v1/user/getProfitReport", false);
        public static readonly BtccEndpoint ReportDeal = new(HttpMethod.Get, "/v1/user/getReportDeal", false);
    }
}
