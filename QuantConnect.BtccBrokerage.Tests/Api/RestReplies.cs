/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>Every documented REST reply of <c>Fixtures/Rest/</c> and the wire model it is read into.</summary>
    internal static class RestReplies
    {
        public static readonly IReadOnlyList<(string Fixture, Type Model)> All = new[]
        {
            ("login.json", typeof(BtccLoginResponse)),
            ("keepalive.json", typeof(BtccKeepAliveResponse)),
            ("account.json", typeof(BtccAccountResponse)),
            ("accountgroup.json", typeof(BtccAccountGroupResponse)),
            ("symbollist.json", typeof(BtccSymbolListResponse)),
            ("positionlist.json", typeof(BtccPositionListResponse)),
            ("position.json", typeof(BtccPositionResponse)),
            ("order.json", typeof(BtccOrderResponse)),
            ("orderList.json", typeof(BtccOrderListResponse)),
            ("dealTodayList.json", typeof(BtccDealListResponse)),
            ("getTradeReport.json", typeof(BtccTradeReportResponse)),
            ("getHisOrder.json", typeof(BtccHisOrderResponse)),
            ("getProfitReport.json", typeof(BtccProfitReportResponse)),
            ("getReportDeal.json", typeof(BtccReportDealResponse)),
            ("getSymbolDetail.json", typeof(BtccSymbolDetailResponse))
        };
    }
}
