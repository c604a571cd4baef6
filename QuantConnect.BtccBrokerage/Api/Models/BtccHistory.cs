/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;
using QuantConnect.Brokerages.Btcc.Api.Converters;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>An item of getTradeReport (fill history). Ids and several amounts are strings on the wire.</summary>
    public sealed class BtccTradeReportItem
    {
        /// <summary>Execution time in MILLISECONDS.</summary>
        [JsonProperty("execTime")] public long ExecTime { get; set; }
        /// <summary>Deal id (string on the wire).</summary>
        [JsonProperty("dealId")] public string DealId { get; set; } = string.Empty;
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>Bit flags 1 market, 2 limit, 4 stop, 16 stop-loss, 32 take-profit.</summary>
        [JsonProperty("orderType")] public int OrderType { get; set; }
        /// <summary>"OPEN" or "CLOSE".</summary>
        [JsonProperty("reportType")] public string ReportType { get; set; } = string.Empty;
        /// <summary>"BUY" or "SELL".</summary>
        [JsonProperty("direction")] public string Direction { get; set; } = string.Empty;
        /// <summary>Fill price.</summary>
        [JsonProperty("execPrice")] public decimal ExecPrice { get; set; }
        /// <summary>Fill volume.</summary>
        [JsonProperty("execVolume")] public decimal ExecVolume { get; set; }
        /// <summary>Position id (string on the wire).</summary>
        [JsonProperty("positionId")] public string PositionId { get; set; } = string.Empty;
        /// <summary>Fee.</summary>
        [JsonProperty("commission")] public decimal Commission { get; set; }
        /// <summary>Remark.</summary>
        [JsonProperty("remark")] public string Remark { get; set; } = string.Empty;
        /// <summary>Price decimals.</summary>
        [JsonProperty("digits")] public int Digits { get; set; }
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
        /// <summary>Product name.</summary>
        [JsonProperty("productName")] public string ProductName { get; set; } = string.Empty;
        /// <summary>Currency.</summary>
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
        /// <summary>Stop-loss (string).</summary>
        [JsonProperty("stoploss")] public string StopLoss { get; set; } = string.Empty;
        /// <summary>Take-profit (string).</summary>
        [JsonProperty("takeprofit")] public string TakeProfit { get; set; } = string.Empty;
        /// <summary>Profit (string).</summary>
        [JsonProperty("profit")] public string Profit { get; set; } = string.Empty;
        /// <summary>Stop time.</summary>
        [JsonProperty("stoptime")] public long StopTime { get; set; }
        /// <summary>Opening margin (string).</summary>
        [JsonProperty("openmargin")] public string OpenMargin { get; set; } = string.Empty;
        /// <summary>Open price (string).</summary>
        [JsonProperty("openPrice")] public string OpenPrice { get; set; } = string.Empty;
        /// <summary>Close price (string).</summary>
        [JsonProperty("closePrice")] public string ClosePrice { get; set; } = string.Empty;
        /// <summary>Funding (string).</summary>
        [JsonProperty("swap")] public string Swap { get; set; } = string.Empty;

        /// <summary><see cref="DealId"/> as a number, when it is one.</summary>
        [JsonIgnore] public long? DealIdValue => BtccWireText.ParseInt64(DealId);
        /// <summary><see cref="PositionId"/> as a number, when it is one.</summary>
        [JsonIgnore] public long? PositionIdValue => BtccWireText.ParseInt64(PositionId);
        /// <summary><see cref="Profit"/> as a number, when it is one.</summary>
        [JsonIgnore] public decimal? ProfitValue => BtccWireText.ParseDecimal(Profit);
        /// <summary><see cref="Swap"/> as a number, when it is one.</summary>
        [JsonIgnore] public decimal? SwapValue => BtccWireText.ParseDecimal(Swap);
        /// <summary>The side, from <see cref="Direction"/>.</summary>
        [JsonIgnore] public BtccDirection DirectionValue => BtccWireText.ParseDirection(Direction);
    }

    /// <summary>Reply of <c>GET /v1/user/getTradeReport</c>.</summary>
    public sealed class BtccTradeReportResponse : BtccPagedResponse<BtccTradeReportItem>
    {
        /// <summary>Volume on this page.</summary>
        [JsonProperty("subtotalVolume")] public decimal SubtotalVolume { get; set; }
        /// <summary>Volume over all pages.</summary>
        [JsonProperty("totalVolume")] public decimal TotalVolume { get; set; }
    }

    /// <summary>An item of getProfitReport (closed-trade P/L history).</summary>
    public sealed class BtccProfitReportItem
    {
        /// <summary>Deal id (string).</summary>
        [JsonProperty("dealId")] public string DealId { get; set; } = string.Empty;
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>Order type.</summary>
        [JsonProperty("orderType")] public int OrderType { get; set; }
        /// <summary>"BUY" or "SELL".</summary>
        [JsonProperty("openDirection")] public string OpenDirection { get; set; } = string.Empty;
        /// <summary>Open price.</summary>
        [JsonProperty("openPrice")] public decimal OpenPrice { get; set; }
        /// <summary>Closed volume.</summary>
        [JsonProperty("tradeVolume")] public decimal TradeVolume { get; set; }
        /// <summary>Close price.</summary>
        [JsonProperty("tradePrice")] public decimal TradePrice { get; set; }
        /// <summary>Price decimals.</summary>
        [JsonProperty("digits")] public int Digits { get; set; }
        /// <summary>Funding.</summary>
        [JsonProperty("swap")] public decimal Swap { get; set; }
        /// <summary>Fee.</summary>
        [JsonProperty("commission")] public decimal Commission { get; set; }
        /// <summary>Profit.</summary>
        [JsonProperty("profit")] public decimal Profit { get; set; }
        /// <summary>Opening position number (string).</summary>
        [JsonProperty("openNo")] public string OpenNo { get; set; } = string.Empty;
        /// <summary>Open time.</summary>
        [JsonProperty("openTime")] public long OpenTime { get; set; }
        /// <summary>Close time.</summary>
        [JsonProperty("tradeTime")] public long TradeTime { get; set; }
        /// <summary>Remark.</summary>
        [JsonProperty("remark")] public string Remark { get; set; } = string.Empty;
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
        /// <summary>Product name.</summary>
        [JsonProperty("productName")] public string ProductName { get; set; } = string.Empty;
        /// <summary>Currency.</summary>
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
    }

    /// <summary>Reply of <c>GET /v1/user/getProfitReport</c>.</summary>
    public sealed class BtccProfitReportResponse : BtccPagedResponse<BtccProfitReportItem>
    {
        /// <summary>Page volume.</summary>
        [JsonProperty("subTradeVolume")] public decimal SubTradeVolume { get; set; }
        /// <summary>Page funding.</summary>
        [JsonProperty("subSwap")] public decimal SubSwap { get; set; }
        /// <summary>Page profit.</summary>
        [JsonProperty("subProfit")] public decimal SubProfit { get; set; }
        /// <summary>Page fees.</summary>
        [JsonProperty("subCommission")] public decimal SubCommission { get; set; }
        /// <summary>Total volume.</summary>
        [JsonProperty("totalTradeVolume")] public decimal TotalTradeVolume { get; set; }
        /// <summary>Total funding.</summary>
        [JsonProperty("totalSwap")] public decimal TotalSwap { get; set; }
        /// <summary>Total profit.</summary>
        [JsonProperty("totalProfit")] public decimal TotalProfit { get; set; }
        /// <summary>Total fees.</summary>
        [JsonProperty("totalCommission")] public decimal TotalCommission { get; set; }
    }

    /// <summary>An item of getHisOrder (pending-order history). Prices and volumes are strings; <c>orderId</c> is a number.</summary>
    public sealed class BtccHisOrderItem
    {
        /// <summary>Expiry type.</summary>
        [JsonProperty("expireType")] public int ExpireType { get; set; }
        /// <summary>Request time in MILLISECONDS.</summary>
        [JsonProperty("requestTime")] public long RequestTime { get; set; }
        /// <summary>Order id.</summary>
        [JsonProperty("orderId")] public long OrderId { get; set; }
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>Order type.</summary>
        [JsonProperty("kind")] public int Kind { get; set; }
        /// <summary>"OPEN" (contract type).</summary>
        [JsonProperty("type")] public string Type { get; set; } = string.Empty;
        /// <summary>"BUY" or "SELL".</summary>
        [JsonProperty("direction")] public string Direction { get; set; } = string.Empty;
        /// <summary>Requested volume (string).</summary>
        [JsonProperty("requestVolume")] public string RequestVolume { get; set; } = string.Empty;
        /// <summary>Execution price (string).</summary>
        [JsonProperty("execPrice")] public string ExecPrice { get; set; } = string.Empty;
        /// <summary>Price decimals.</summary>
        [JsonProperty("digits")] public int Digits { get; set; }
        /// <summary>Requested price (string).</summary>
        [JsonProperty("requestPrice")] public string RequestPrice { get; set; } = string.Empty;
        /// <summary>Status (string; values undocumented).</summary>
        [JsonProperty("status")] public string Status { get; set; } = string.Empty;
        /// <summary>Stop-loss (string).</summary>
        [JsonProperty("stoploss")] public string StopLoss { get; set; } = string.Empty;
        /// <summary>Deal id (string).</summary>
        [JsonProperty("dealid")] public string DealId { get; set; } = string.Empty;
        /// <summary>Execution time.</summary>
        [JsonProperty("exectime")] public long ExecTime { get; set; }
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
        /// <summary>Product name.</summary>
        [JsonProperty("productName")] public string ProductName { get; set; } = string.Empty;
        /// <summary>Currency.</summary>
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
        /// <summary>Fee (string).</summary>
        [JsonProperty("commission")] public string Commission { get; set; } = string.Empty;

        /// <summary><see cref="RequestVolume"/> as a number, when it is one.</summary>
        [JsonIgnore] public decimal? RequestVolumeValue => BtccWireText.ParseDecimal(RequestVolume);
        /// <summary><see cref="RequestPrice"/> as a number, when it is one.</summary>
        [JsonIgnore] public decimal? RequestPriceValue => BtccWireText.ParseDecimal(RequestPrice);
        /// <summary><see cref="ExecPrice"/> as a number, when it is one.</summary>
        [JsonIgnore] public decimal? ExecPriceValue => BtccWireText.ParseDecimal(ExecPrice);
        /// <summary>The side, from <see cref="Direction"/>.</summary>
        [JsonIgnore] public BtccDirection DirectionValue => BtccWireText.ParseDirection(Direction);
        /// <summary><see cref="Status"/> as an order status, when it is a number.</summary>
        [JsonIgnore] public BtccOrderStatus? StatusValue => BtccWireText.ParseInt64(Status) is { } code ? (BtccOrderStatus)code : null;
    }

    /// <summary>Reply of <c>GET /v1/user/getHisOrder</c>.</summary>
    public sealed class BtccHisOrderResponse : BtccPagedResponse<BtccHisOrderItem>
    {
    }

    /// <summary>An item of getReportDeal (balance ledger, not fills).</summary>
    public sealed class BtccReportDealItem
    {
        /// <summary>Time in milliseconds.</summary>
        [JsonProperty("joinTime")] public long JoinTime { get; set; }
        /// <summary>Ledger entry type.</summary>
        [JsonProperty("reportType")] public int ReportType { get; set; }
        /// <summary>Balance before.</summary>
        [JsonProperty("amountSrc")] public decimal AmountSrc { get; set; }
        /// <summary>Balance after.</summary>
        [JsonProperty("amountDst")] public decimal AmountDst { get; set; }
        /// <summary>Income.</summary>
        [JsonProperty("income")] public decimal Income { get; set; }
        /// <summary>Expenditure.</summary>
        [JsonProperty("expenditure")] public decimal Expenditure { get; set; }
        /// <summary>Proposal number.</summary>
        [JsonProperty("proposalno")] public string ProposalNo { get; set; } = string.Empty;
        /// <summary>Remark.</summary>
        [JsonProperty("remark")] public string Remark { get; set; } = string.Empty;
        /// <summary>Adjustment sub-type.</summary>
        [JsonProperty("adjustSubType")] public string AdjustSubType { get; set; } = string.Empty;
        /// <summary>Coin type.</summary>
        [JsonProperty("coinType")] public string CoinType { get; set; } = string.Empty;
        /// <summary>Deal type.</summary>
        [JsonProperty("dealType")] public string DealType { get; set; } = string.Empty;
        /// <summary>Currency.</summary>
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
    }

    /// <summary>Reply of <c>GET /v1/user/getReportDeal</c>; totals are strings.</summary>
    public sealed class BtccReportDealResponse : BtccPagedResponse<BtccReportDealItem>
    {
        /// <summary>Total income (string).</summary>
        [JsonProperty("totalIncome")] public string TotalIncome { get; set; } = string.Empty;
        /// <summary>Total expenditure (string).</summary>
        [JsonProperty("totalExpenditure")] public string TotalExpenditure { get; set; } = string.Empty;
        /// <summary>Page income (string).</summary>
        [JsonProperty("subIncome")] public string SubIncome { get; set; } = string.Empty;
        /// <summary>Page expenditure (string).</summary>
        [JsonProperty("subExpenditure")] public string SubExpenditure { get; set; } = string.Empty;
    }
}
