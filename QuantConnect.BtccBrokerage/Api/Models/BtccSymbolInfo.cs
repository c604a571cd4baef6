/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>
    /// One instrument of <c>GET /v1/config/symbollist</c> (key <c>symbols</c>). <see cref="Name"/> is the
    /// account's symbol path, e.g. <c>GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x</c>.
    /// </summary>
    public sealed class BtccSymbolInfo
    {
        /// <summary>Product id.</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>Id to fetch the latest product attributes with.</summary>
        [JsonProperty("uuid")] public long Uuid { get; set; }
        /// <summary>The symbol path taken by the <c>symbol</c> parameter of trading calls.</summary>
        [JsonProperty("name")] public string Name { get; set; } = string.Empty;
        /// <summary>"Is the product delisted" in BTCC's words; its sense is ambiguous, so it is kept but not relied on.</summary>
        [JsonProperty("enable")] public bool Enable { get; set; }
        /// <summary>Price decimals.</summary>
        [JsonProperty("digits")] public int Digits { get; set; }
        /// <summary>Minimum order volume.</summary>
        [JsonProperty("volumes_min")] public decimal VolumesMin { get; set; }
        /// <summary>Volume step.</summary>
        [JsonProperty("volumes_step")] public decimal VolumesStep { get; set; }
        /// <summary>Maximum order volume.</summary>
        [JsonProperty("volumes_max")] public decimal VolumesMax { get; set; }
        /// <summary>Base currency, e.g. BTC.</summary>
        [JsonProperty("base_currency")] public string BaseCurrency { get; set; } = string.Empty;
        /// <summary>Profit currency, e.g. USDT.</summary>
        [JsonProperty("profit_currency")] public string ProfitCurrency { get; set; } = string.Empty;
        /// <summary>Margin currency, e.g. USDT.</summary>
        [JsonProperty("margin_currency")] public string MarginCurrency { get; set; } = string.Empty;
        /// <summary>0 not tradable, 1 tradable, 2 buy only, 3 sell only.</summary>
        [JsonProperty("tradable")] public BtccTradable Tradable { get; set; }
        /// <summary>Listing start (unix seconds).</summary>
        [JsonProperty("start_time")] public long StartTime { get; set; }
        /// <summary>Expiry (unix seconds).</summary>
        [JsonProperty("expiry_time")] public long ExpiryTime { get; set; }
        /// <summary>Creation time (unix seconds).</summary>
        [JsonProperty("create_time")] public long CreateTime { get; set; }
        /// <summary>0 normal, 1 deleted.</summary>
        [JsonProperty("status")] public int Status { get; set; }
        /// <summary>Contract size.</summary>
        [JsonProperty("contract_size")] public decimal ContractSize { get; set; }
        /// <summary>Margin levels by volume range.</summary>
        [JsonProperty("symbol_margin_level")] public List<BtccSymbolMarginLevel> SymbolMarginLevel { get; set; } = new();
        /// <summary>Commission schedule.</summary>
        [JsonProperty("commissions")] public List<BtccSymbolCommission> Commissions { get; set; } = new();
        /// <summary>Long funding rate.</summary>
        [JsonProperty("long_swap")] public decimal LongSwap { get; set; }
        /// <summary>Short funding rate.</summary>
        [JsonProperty("short_swap")] public decimal ShortSwap { get; set; }
        /// <summary>Minimum TP/SL distance.</summary>
        [JsonProperty("stop_level")] public decimal StopLevel { get; set; }
        /// <summary>Maximum TP/SL distance.</summary>
        [JsonProperty("maxstop_level")] public decimal MaxStopLevel { get; set; }
        /// <summary>Holiday interest.</summary>
        [JsonProperty("three_days_swap")] public decimal ThreeDaysSwap { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("pips_ratio")] public decimal PipsRatio { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("spread")] public decimal Spread { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("spread_balance")] public decimal SpreadBalance { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("range_init")] public decimal RangeInit { get; set; }
        /// <summary>The quote-websocket SecID of this instrument (undocumented; inferred from the feed).</summary>
        [JsonProperty("code_id")] public long CodeId { get; set; }
        /// <summary>Maximum position volume.</summary>
        [JsonProperty("position_volumes_max")] public decimal PositionVolumesMax { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("margin_initial")] public decimal MarginInitial { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("calc_margin_type")] public int CalcMarginType { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("default_first")] public int DefaultFirst { get; set; }
        /// <summary>A ';'-joined list of numbers, e.g. "0.1;0.5;1;20" (a string on the wire).</summary>
        [JsonProperty("volumes_list")] public string VolumesList { get; set; } = string.Empty;
        /// <summary>Undocumented.</summary>
        [JsonProperty("max_pos_value")] public decimal MaxPosValue { get; set; }
        /// <summary>Undocumented.</summary>
        [JsonProperty("gap_value")] public decimal GapValue { get; set; }
    }

    /// <summary>BTCC's <c>tradable</c> flag.</summary>
    public enum BtccTradable
    {
        /// <summary>Not tradable.</summary>
        No = 0,
        /// <summary>Tradable both ways.</summary>
        Yes = 1,
        /// <summary>Only buy orders are accepted.</summary>
        BuyOnly = 2,
        /// <summary>Only sell orders are accepted.</summary>
        SellOnly = 3
    }

    /// <summary>An item of <c>symbol_margin_level</c>.</summary>
    public sealed class BtccSymbolMarginLevel
    {
        [JsonProperty("symbol_id")] public long SymbolId { get; set; }
        [JsonProperty("range_min")] public decimal RangeMin { get; set; }
        [JsonProperty("range_max")] public decimal RangeMax { get; set; }
        [JsonProperty("margin_initial")] public decimal MarginInitial { get; set; }
        [JsonProperty("margin_maintenance")] public decimal MarginMaintenance { get; set; }
        [JsonProperty("margin_stopout")] public decimal MarginStopout { get; set; }
        [JsonProperty("margin_hedged")] public decimal MarginHedged { get; set; }
        [JsonProperty("special_margin_initial")] public decimal SpecialMarginInitial { get; set; }
        [JsonProperty("special_margin_maintenance")] public decimal SpecialMarginMaintenance { get; set; }
        [JsonProperty("special_margin_stopout")] public decimal SpecialMarginStopout { get; set; }
        [JsonProperty("special_margin_hedged")] public decimal SpecialMarginHedged { get; set; }
        [JsonProperty("holiday_margin_initial")] public decimal HolidayMarginInitial { get; set; }
        [JsonProperty("holiday_margin_maintenance")] public decimal HolidayMarginMaintenance { get; set; }
        [JsonProperty("holiday_margin_stopout")] public decimal HolidayMarginStopout { get; set; }
        [JsonProperty("holiday_margin_hedged")] public decimal HolidayMarginHedged { get; set; }
        [JsonProperty("create_time")] public long CreateTime { get; set; }
        [JsonProperty("create_user_id")] public long CreateUserId { get; set; }
        [JsonProperty("modi_time")] public long ModiTime { get; set; }
        [JsonProperty("modi_user_id")] public long ModiUserId { get; set; }
        [JsonProperty("status")] public int Status { get; set; }
    }

    /// <summary>An item of <c>commissions</c>.</summary>
    public sealed class BtccSymbolCommission
    {
        [JsonProperty("symbol_id")] public long SymbolId { get; set; }
        [JsonProperty("commission_rebate")] public decimal CommissionRebate { get; set; }
        [JsonProperty("trigger_mode")] public int TriggerMode { get; set; }
        [JsonProperty("type")] public int Type { get; set; }
        [JsonProperty("method")] public int Method { get; set; }
        [JsonProperty("range_min")] public decimal RangeMin { get; set; }
        [JsonProperty("range_max")] public decimal RangeMax { get; set; }
        [JsonProperty("value")] public decimal Value { get; set; }
        [JsonProperty("currency_type")] public int CurrencyType { get; set; }
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
        [JsonProperty("comment")] public string Comment { get; set; } = string.Empty;
        [JsonProperty("status")] public int Status { get; set; }
    }
}
