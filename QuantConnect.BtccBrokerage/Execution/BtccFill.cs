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
    /// <param name="Direction">1 buy, 2 sell (the side of this deal, so a close of a long is a sell).</param>
    /// <param name="Price">Execution price.</param>
    /// <param name="Volume">Executed volume (positive).</param>
    /// <param name="ExecTime">Execution time, unix seconds.</param>
    /// <param name="Reason">Open or close.</param>
    /// <param name="OrderType">dealTodayList's order_type (1 market open, 2 limit open, 3 stop open, 7 liquidation, ...).</param>
    /// <param name="Commission">Fee charged for the deal, in USDT.</param>
    public sealed record BtccFill(long DealId, long PositionId, string Symbol, int Direction, decimal Price, decimal Volume, long ExecTime,
        BtccDealReason Reason, int OrderType, decimal Commission)
    {
        /// <summary>dealTodayList order_type of a market open.</summary>
        public const int MarketOpenType = 1;
        /// <summary>dealTodayList order_type of a triggered limit open.</summary>
        public const int LimitOpenType = 2;
        /// <summary>dealTodayList order_type of a triggered stop open.</summary>
        public const int StopOpenType = 3;
        /// <summary>dealTodayList order_type of a forced liquidation.</summary>
        public const int LiquidationType = 7;

        /// <summary>From a dealTodayList item.</summary>
        public static BtccFill FromDeal(BtccDeal deal) => new(deal.Id, deal.PositionId, deal.Symbol, (int)deal.Direction, deal.ExecPrice,
            deal.ExecVolume, deal.ExecTime, deal.Reason, deal.OrderType, deal.Commission);

        /// <summary>
        /// From a getTradeReport item, or null when it carries no usable deal id. getTradeReport codes order
        /// types as bit flags (1 market, 2 limit, 4 stop, 16 stop-loss, 32 take-profit): opens map to
        /// dealTodayList's 1/2/3; closes keep a generic close code (4), which no open rule looks at.
        /// </summary>
        public static BtccFill? FromTradeReport(BtccTradeReportItem item)
        {
            if (item.DealIdValue is not { } dealId)
            {
                return null;
            }
            var reason = string.Equals(item.ReportType, "CLOSE", StringComparison.OrdinalIgnoreCase) ? BtccDealReason.Close : BtccDealReason.Open;
            var orderType = reason == BtccDealReason.Close ? 4 : item.OrderType switch
            {
                2 => LimitOpenType,
                4 => StopOpenType,
                _ => MarketOpenType
            };
            return new BtccFill(dealId, item.PositionIdValue ?? 0, item.Symbol, (int)item.DirectionValue, item.ExecPrice, item.ExecVolume,
                item.ExecTime / 1000, reason, orderType, item.Commission);
        }
    }
}
