/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Converters;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// One BTCC fill (deal), whether read from dealTodayList or, after a settlement or a reconnect, from
    /// getTradeReport. <see cref="ExecTime"/> is unix seconds in both cases.
    /// </summary>
    /// <param name="DealId">BTCC's deal id: the identity every fill is reported under exactly once.</param>
    /// <param name="PositionId">The ticket the deal opened or closed.</param>
    /// <param name="Symbol">The symbol path.</param>
    /// <param name="Direction">The side of this deal (a close of a long is a sell).</param>
    /// <param name="Price">Execution price.</param>
    /// <param name="Volume">Executed volume (positive).</param>
    /// <param name="ExecTime">Execution time, unix seconds.</param>
    /// <param name="Reason">Open or close.</param>
    /// <param name="OrderType">dealTodayList's order_type: what caused the fill.</param>
    /// <param name="Commission">Fee charged for the deal, in USDT.</param>
    public sealed record BtccFill(long DealId, long PositionId, string Symbol, BtccDirection Direction, decimal Price, decimal Volume, long ExecTime,
        BtccDealReason Reason, BtccDealOrderType OrderType, decimal Commission)
    {
        /// <summary>Whether a triggered pending open (limit or stop) made the fill: BTCC does not say which order.</summary>
        public bool IsPendingOpen => Reason == BtccDealReason.Open && OrderType is BtccDealOrderType.LimitOpen or BtccDealOrderType.StopOpen;

        /// <summary>From a dealTodayList item.</summary>
        public static BtccFill FromDeal(BtccDeal deal) => new(deal.Id, deal.PositionId, deal.Symbol, deal.Direction, deal.ExecPrice,
            deal.ExecVolume, deal.ExecTime, deal.Reason, deal.OrderType, deal.Commission);

        /// <summary>
        /// From a getTradeReport item, or null when it carries no usable deal id. getTradeReport codes order
        /// types as bit flags (1 market, 2 limit, 4 stop, 16 stop-loss, 32 take-profit): opens map to
        /// dealTodayList's 1/2/3; closes read as <see cref="BtccDealOrderType.Close"/>, which no open rule looks at.
        /// </summary>
        public static BtccFill? FromTradeReport(BtccTradeReportItem item)
        {
            if (item.DealIdValue is not { } dealId)
            {
                return null;
            }
            var reason = string.Equals(item.ReportType, "CLOSE", StringComparison.OrdinalIgnoreCase) ? BtccDealReason.Close : BtccDealReason.Open;
            var orderType = reason == BtccDealReason.Close ? BtccDealOrderType.Close : item.OrderType switch
            {
                2 => BtccDealOrderType.LimitOpen,
                4 => BtccDealOrderType.StopOpen,
                _ => BtccDealOrderType.MarketOpen
            };
            return new BtccFill(dealId, item.PositionIdValue ?? 0, item.Symbol, item.DirectionValue, item.ExecPrice, item.ExecVolume,
                item.ExecTime / 1000, reason, orderType, item.Commission);
        }
    }
}
