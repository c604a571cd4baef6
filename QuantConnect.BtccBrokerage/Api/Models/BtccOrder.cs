/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>A pending order (uses <c>execute_*</c>, unlike positions' <c>exec_*</c>). No positionid/refid is echoed.</summary>
    public sealed class BtccOrder
    {
        /// <summary>Account id.</summary>
        [JsonProperty("accountid")] public long AccountId { get; set; }
        /// <summary>1 buy, 2 sell.</summary>
        [JsonProperty("direction")] public BtccDirection Direction { get; set; }
        /// <summary>Execution price.</summary>
        [JsonProperty("execute_price")] public decimal ExecutePrice { get; set; }
        /// <summary>Execution time (unix seconds).</summary>
        [JsonProperty("execute_time")] public long ExecuteTime { get; set; }
        /// <summary>Executed volume.</summary>
        [JsonProperty("execute_volume")] public decimal ExecuteVolume { get; set; }
        /// <summary>Expiry time.</summary>
        [JsonProperty("expire_time")] public long ExpireTime { get; set; }
        /// <summary>0 initial, 3 perpetual.</summary>
        [JsonProperty("expire_type")] public int ExpireType { get; set; }
        /// <summary>Group id.</summary>
        [JsonProperty("groupid")] public long GroupId { get; set; }
        /// <summary>Order id.</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>Initial volume.</summary>
        [JsonProperty("init_volume")] public decimal InitVolume { get; set; }
        /// <summary>Requested price.</summary>
        [JsonProperty("request_price")] public decimal RequestPrice { get; set; }
        /// <summary>Request time (unix seconds).</summary>
        [JsonProperty("request_time")] public long RequestTime { get; set; }
        /// <summary>Requested volume.</summary>
        [JsonProperty("request_volume")] public decimal RequestVolume { get; set; }
        /// <summary>Order status.</summary>
        [JsonProperty("status")] public BtccOrderStatus Status { get; set; }
        /// <summary>Stop-loss price.</summary>
        [JsonProperty("stop_loss")] public decimal StopLoss { get; set; }
        /// <summary>Symbol path.</summary>
        [JsonProperty("symbol")] public string Symbol { get; set; } = string.Empty;
        /// <summary>Take-profit price.</summary>
        [JsonProperty("take_profit")] public decimal TakeProfit { get; set; }
        /// <summary>Pending type (1..5).</summary>
        [JsonProperty("type")] public BtccPendingOrderType Type { get; set; }
        /// <summary>Leverage.</summary>
        [JsonProperty("multiple")] public int Multiple { get; set; }
    }

    /// <summary>Reply of openpending, updatepending and cancelpending.</summary>
    public sealed class BtccOrderResponse : BtccResponse
    {
        /// <summary>The order.</summary>
        [JsonProperty("order")] public BtccOrder Order { get; set; } = new();
    }

    /// <summary>Reply of <c>GET /v1/account/orderList</c> (working pending orders; no paging).</summary>
    public sealed class BtccOrderListResponse : BtccResponse
    {
        /// <summary>The orders.</summary>
        [JsonProperty("orders")] public List<BtccOrder> Orders { get; set; } = new();
    }
}
