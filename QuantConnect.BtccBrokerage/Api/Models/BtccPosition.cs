/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>
    /// A position ticket. positionlist items carry <c>deal_id</c>; the single-position replies of
    /// openposition and closeposition carry <c>symbolid</c> and <c>pos_type</c> instead.
    /// </summary>
    public sealed class BtccPosition
    {
        /// <summary>Account id.</summary>
        [JsonProperty("accountid")] public long AccountId { get; set; }
        /// <summary>Close price.</summary>
        [JsonProperty("close_price")] public decimal ClosePrice { get; set; }
        /// <summary>Close time (unix seconds).</summary>
        [JsonProperty("close_time")] public long CloseTime { get; set; }
        /// <summary>Required trading fee.</summary>
        [JsonProperty("commission")] public decimal Commission { get; set; }
        /// <summary>1 buy/long, 2 sell/short.</summary>
        [JsonProperty("direction")] public BtccDirection Direction { get; set; }
        /// <summary>Actual trading fee.</summary>
        [JsonProperty("exec_commission")] public decimal ExecCommission { get; set; }
        /// <summary>Execution price.</summary>
        [JsonProperty("exec_price")] public decimal ExecPrice { get; set; }
        /// <summary>Realised profit.</summary>
        [JsonProperty("exec_profit")] public decimal ExecProfit { get; set; }
        /// <summary>Funding fee.</summary>
        [JsonProperty("exec_swap")] public decimal ExecSwap { get; set; }
        /// <summary>Execution time (unix seconds).</summary>
        [JsonProperty("exec_time")] public long ExecTime { get; set; }
        /// <summary>Executed volume.</summary>
        [JsonProperty("exec_volume")] public decimal ExecVolume { get; set; }
        /// <summary>Group id.</summary>
        [JsonProperty("groupid")] public long GroupId { get; set; }
        /// <summary>Position id.</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>Initially requested volume.</summary>
        [JsonProperty("init_volume")] public decimal InitVolume { get; set; }
        /// <summary>Message.</summary>
        [JsonProperty("msg")] public string Msg { get; set; } = string.Empty;
        /// <summary>Open price.</summary>
        [JsonProperty("open_price")] public decimal OpenPrice { get; set; }
        /// <summary>Open time (unix seconds).</summary>
        [JsonProperty("open_time")] public long OpenTime { get; set; }
        /// <summary>The <c>refid</c> sent with openposition.</summary>
        [JsonProperty("order_refid")] public long OrderRefId { get; set; }
        /// <summary>Floating profit.</summary>
        [JsonProperty("profit")] public decimal Profit { get; set; }
        /// <summary>FX rate at the last open/close/modify.</summary>
        [JsonProperty("rate")] public decimal Rate { get; set; }
        /// <summary>Client-reserved account reference.</summary>
        [JsonProperty("ref_accid")] public long RefAccId { get; set; }
        /// <summary>0 initial, 1 open, 2 closed.</summary>
        [JsonProperty("status")] public BtccPositionStatus Status { get; set; }
        /// <summary>Stop-loss price.</summary>
        [JsonProperty("stop_loss")] public decimal StopLoss { get; set; }
        /// <summary>Funding.</summary>
        [JsonProperty("swap")] public decimal Swap { get; set; }
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>Symbol id (single-position replies only).</summary>
        [JsonProperty("symbolid")] public long? SymbolId { get; set; }
        /// <summary>Take-profit price.</summary>
        [JsonProperty("take_profit")] public decimal TakeProfit { get; set; }
        /// <summary>Current volume.</summary>
        [JsonProperty("volume")] public decimal Volume { get; set; }
        /// <summary>Fill (deal) id (positionlist items only).</summary>
        [JsonProperty("deal_id")] public long? DealId { get; set; }
        /// <summary>Opening margin.</summary>
        [JsonProperty("open_margin")] public decimal OpenMargin { get; set; }
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
        /// <summary>1 own position, 2 lead trading, 3 copy trading (single-position replies only).</summary>
        [JsonProperty("pos_type")] public int? PosType { get; set; }
    }

    /// <summary>Reply of openposition and closeposition.</summary>
    public sealed class BtccPositionResponse : BtccResponse
    {
        /// <summary>The position.</summary>
        [JsonProperty("position")] public BtccPosition Position { get; set; } = new();
    }

    /// <summary>Reply of <c>GET /v1/account/positionlist</c> (one page).</summary>
    public sealed class BtccPositionListResponse : BtccResponse
    {
        /// <summary>The page's positions.</summary>
        [JsonProperty("positions")] public List<BtccPosition> Positions { get; set; } = new();
        /// <summary>Total positions across pages.</summary>
        [JsonProperty("total")] public int Total { get; set; }
    }
}
