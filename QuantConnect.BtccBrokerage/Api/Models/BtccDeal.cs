/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>A fill of dealTodayList / profitTodayList. It names its position, not the pending order behind it.</summary>
    public sealed class BtccDeal
    {
        /// <summary>Account id.</summary>
        [JsonProperty("accountid")] public long AccountId { get; set; }
        /// <summary>Group id.</summary>
        [JsonProperty("groupid")] public long GroupId { get; set; }
        /// <summary>1 buy, 2 sell.</summary>
        [JsonProperty("direction")] public BtccDirection Direction { get; set; }
        /// <summary>Fill price.</summary>
        [JsonProperty("exec_price")] public decimal ExecPrice { get; set; }
        /// <summary>Fill time (unix seconds).</summary>
        [JsonProperty("exec_time")] public long ExecTime { get; set; }
        /// <summary>Fill volume.</summary>
        [JsonProperty("exec_volume")] public decimal ExecVolume { get; set; }
        /// <summary>Deal id (BTCC's doc comment says "Account ID", a copy-paste slip).</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>The position the fill opened or closed.</summary>
        [JsonProperty("positionid")] public long PositionId { get; set; }
        /// <summary>Realised profit.</summary>
        [JsonProperty("profit")] public decimal Profit { get; set; }
        /// <summary>1 open, 2 close.</summary>
        [JsonProperty("reason")] public BtccDealReason Reason { get; set; }
        /// <summary>Opening price.</summary>
        [JsonProperty("src_price")] public decimal SrcPrice { get; set; }
        /// <summary>Opening time.</summary>
        [JsonProperty("src_time")] public long SrcTime { get; set; }
        /// <summary>Opening volume.</summary>
        [JsonProperty("src_volume")] public decimal SrcVolume { get; set; }
        /// <summary>Status (values undocumented).</summary>
        [JsonProperty("status")] public int Status { get; set; }
        /// <summary>Funding.</summary>
        [JsonProperty("swap")] public decimal Swap { get; set; }
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>What caused the fill (1 market open, 2 limit open, 3 stop open, 4/5/6/8/9 close, 7 liquidation, 12 modify).</summary>
        [JsonProperty("order_type")] public BtccDealOrderType OrderType { get; set; }
        /// <summary>Trading fee.</summary>
        [JsonProperty("commission")] public decimal Commission { get; set; }
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
    }

    /// <summary>Reply of dealTodayList and profitTodayList: the list key is <c>orders</c>.</summary>
    public sealed class BtccDealListResponse : BtccResponse
    {
        /// <summary>The last settlement time (fills before it have rolled off to getTradeReport).</summary>
        [JsonProperty("settlement_time")] public long SettlementTime { get; set; }
        /// <summary>Today's fills.</summary>
        [JsonProperty("orders")] public List<BtccDeal> Orders { get; set; } = new();
    }
}
