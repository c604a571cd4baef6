/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// The <c>/v1/user/*</c> history rows: camelCase, times in milliseconds, and the documented mix of strings
    /// (ids, some prices) and numbers.
    /// </summary>
    internal static class HistoryFormat
    {
        /// <summary>A getTradeReport row.</summary>
        public static JObject TradeReport(SimulatedDeal d) => new()
        {
            ["execTime"] = d.ExecTime.ToUnixTimeMilliseconds(),
            ["dealId"] = Id(d.Id),
            ["symbol"] = d.Instrument.Path,
            ["orderType"] = TradeReportOrderType(d.OrderType),
            ["reportType"] = d.Reason == 1 ? "OPEN" : "CLOSE",
            ["direction"] = Side(d.Direction),
            ["execPrice"] = d.ExecPrice,
            ["execVolume"] = d.ExecVolume,
            ["positionId"] = Id(d.PositionId),
            ["commission"] = d.Commission,
            ["remark"] = "",
            ["digits"] = d.Instrument.Digits,
            ["multiple"] = d.Multiple,
            ["productName"] = d.Instrument.Ticker,
            ["currency"] = "USDT",
            ["stoploss"] = Price(d.StopLoss, d.Instrument),
            ["takeprofit"] = Price(d.TakeProfit, d.Instrument),
            ["profit"] = Amount(d.Profit),
            ["stoptime"] = 0,
            ["openmargin"] = Amount(d.Margin),
            ["openPrice"] = Price(d.SrcPrice, d.Instrument),
            ["closePrice"] = d.Reason == 2 ? Price(d.ExecPrice, d.Instrument) : "",
            ["swap"] = Amount(d.Swap)
        };

        /// <summary>A getProfitReport row (closing deals only).</summary>
        public static JObject ProfitReport(SimulatedDeal d) => new()
        {
            ["dealId"] = Id(d.Id),
            ["symbol"] = d.Instrument.Path,
            ["orderType"] = d.OrderType,
            ["openDirection"] = Side(d.PositionDirection),
            ["openPrice"] = d.SrcPrice,
            ["tradeVolume"] = d.ExecVolume,
            ["tradePrice"] = d.ExecPrice,
            ["digits"] = d.Instrument.Digits,
            ["swap"] = d.Swap,
            ["commission"] = d.Commission,
            ["profit"] = d.Profit,
            ["openNo"] = Id(d.PositionId),
            ["openTime"] = d.SrcTime.ToUnixTimeMilliseconds(),
            ["tradeTime"] = d.ExecTime.ToUnixTimeMilliseconds(),
            ["remark"] = "",
            ["multiple"] = d.Multiple,
            ["productName"] = d.Instrument.Ticker,
            ["currency"] = "USDT"
        };

        /// <summary>A getHisOrder row: <c>kind</c> is the openpending type, <c>type</c> OPEN/CLOSE, status a string.</summary>
        public static JObject HisOrder(SimulatedOrder o) => new()
        {
            ["expireType"] = 3,
            ["requestTime"] = o.RequestTime.ToUnixTimeMilliseconds(),
            ["orderId"] = o.Id,
            ["symbol"] = o.Instrument.Path,
            ["kind"] = o.Type,
            ["type"] = o.ClosesPosition ? "CLOSE" : "OPEN",
            ["direction"] = Side(o.Direction),
            ["requestVolume"] = o.RequestVolume.ToString(CultureInfo.InvariantCulture),
            ["execPrice"] = Price(o.ExecutePrice, o.Instrument),
            ["digits"] = o.Instrument.Digits,
            ["requestPrice"] = Price(o.RequestPrice, o.Instrument),
            ["status"] = o.Status.ToString(CultureInfo.InvariantCulture),
            ["stoploss"] = Price(o.StopLoss, o.Instrument),
            ["dealid"] = Id(o.LastDealId),
            ["exectime"] = o.ExecuteTime?.ToUnixTimeMilliseconds() ?? 0,
            ["multiple"] = o.Multiple,
            ["productName"] = o.Instrument.Ticker,
            ["currency"] = "usdt",
            ["commission"] = Amount(o.Commission)
        };

        /// <summary>getTradeReport's bit-flag order type (1 market, 2 limit, 4 stop, 16 stop-loss, 32 take-profit).</summary>
        public static int TradeReportOrderType(int dealOrderType) => dealOrderType switch
        {
            DealOrderType.LimitOpen or DealOrderType.LimitClose => 2,
            DealOrderType.StopOpen => 4,
            DealOrderType.StopLossClose => 16,
            DealOrderType.TakeProfitClose => 32,
            _ => 1
        };

        private static string Side(int direction) => direction == 1 ? "BUY" : "SELL";

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        private static string Price(decimal price, SimulatedInstrument instrument) =>
            price.ToString("F" + instrument.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        private static string Amount(decimal amount) => Math.Round(amount, 8).ToString("0.00######", CultureInfo.InvariantCulture);
    }
}
