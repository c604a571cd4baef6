/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>A trading account (<c>account</c> of login and <c>/v1/account/account</c>).</summary>
    public sealed class BtccAccount
    {
        /// <summary>Account id (the <c>accountid</c> parameter of later calls).</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>User id.</summary>
        [JsonProperty("userid")] public long UserId { get; set; }
        /// <summary>Account group id (the <c>account_group_id</c> of symbollist).</summary>
        [JsonProperty("account_groupid")] public long AccountGroupId { get; set; }
        /// <summary>Balance.</summary>
        [JsonProperty("balance")] public decimal Balance { get; set; }
        /// <summary>Equity.</summary>
        [JsonProperty("equity")] public decimal Equity { get; set; }
        /// <summary>Used margin.</summary>
        [JsonProperty("margin")] public decimal Margin { get; set; }
        /// <summary>Free margin.</summary>
        [JsonProperty("free_margin")] public decimal FreeMargin { get; set; }
        /// <summary>Margin level.</summary>
        [JsonProperty("margin_level")] public decimal MarginLevel { get; set; }
        /// <summary>Liquidation margin level.</summary>
        [JsonProperty("margin_stopout")] public decimal MarginStopout { get; set; }
        /// <summary>Account number, a string on the wire (the quote-websocket login <c>name</c>).</summary>
        [JsonProperty("account_no")] public string AccountNo { get; set; } = string.Empty;
        /// <summary>Number of positions.</summary>
        [JsonProperty("positions")] public int Positions { get; set; }
        /// <summary>Coupon balance.</summary>
        [JsonProperty("bonus")] public decimal Bonus { get; set; }
        /// <summary>0 normal, 1 deleted.</summary>
        [JsonProperty("status")] public int Status { get; set; }
    }

    /// <summary>Reply of <c>POST /v1/user/login</c>.</summary>
    public sealed class BtccLoginResponse : BtccResponse
    {
        /// <summary>Session token.</summary>
        [JsonProperty("token")] public string Token { get; set; } = string.Empty;
        /// <summary>The logged-in account.</summary>
        [JsonProperty("account")] public BtccAccount Account { get; set; } = new();
        /// <summary>Server time (unix seconds).</summary>
        [JsonProperty("server_time")] public long ServerTime { get; set; }
    }

    /// <summary>Reply of <c>GET /v1/user/keepalive</c>.</summary>
    public sealed class BtccKeepAliveResponse : BtccResponse
    {
        /// <summary>Account id.</summary>
        [JsonProperty("accountid")] public long AccountId { get; set; }
        /// <summary>Server time (unix seconds).</summary>
        [JsonProperty("server_time")] public long ServerTime { get; set; }
    }

    /// <summary>Reply of <c>GET /v1/account/account</c>.</summary>
    public sealed class BtccAccountResponse : BtccResponse
    {
        /// <summary>The account.</summary>
        [JsonProperty("account")] public BtccAccount Account { get; set; } = new();
    }

    /// <summary>Reply of <c>GET /v1/config/symbollist</c>.</summary>
    public sealed class BtccSymbolListResponse : BtccResponse
    {
        /// <summary>The account's instruments.</summary>
        [JsonProperty("symbols")] public List<BtccSymbolInfo> Symbols { get; set; } = new();
    }

    /// <summary>An account group (<c>/v1/config/accountgroup</c>).</summary>
    public sealed class BtccAccountGroup
    {
        /// <summary>Company id.</summary>
        [JsonProperty("companyid")] public long CompanyId { get; set; }
        /// <summary>Currency.</summary>
        [JsonProperty("currency")] public string Currency { get; set; } = string.Empty;
        /// <summary>Enabled.</summary>
        [JsonProperty("enable")] public bool Enable { get; set; }
        /// <summary>Group id.</summary>
        [JsonProperty("id")] public long Id { get; set; }
        /// <summary>Margin-call level.</summary>
        [JsonProperty("margin_call_level")] public decimal MarginCallLevel { get; set; }
        /// <summary>Group name.</summary>
        [JsonProperty("name")] public string Name { get; set; } = string.Empty;
        /// <summary>Platform.</summary>
        [JsonProperty("platform")] public string Platform { get; set; } = string.Empty;
        /// <summary>Status.</summary>
        [JsonProperty("status")] public int Status { get; set; }
        /// <summary>Stop-out level.</summary>
        [JsonProperty("stop_out_level")] public decimal StopOutLevel { get; set; }
        /// <summary>Decimals.</summary>
        [JsonProperty("digits")] public int Digits { get; set; }
    }

    /// <summary>Reply of <c>GET /v1/config/accountgroup</c>.</summary>
    public sealed class BtccAccountGroupResponse : BtccResponse
    {
        /// <summary>The group.</summary>
        [JsonProperty("account_group")] public BtccAccountGroup AccountGroup { get; set; } = new();
    }

    /// <summary>Reply of <c>GET /v1/user/getSymbolDetail</c> (all strings).</summary>
    public sealed class BtccSymbolDetailResponse : BtccResponse
    {
        /// <summary>Block explorer.</summary>
        [JsonProperty("blockQuery")] public string BlockQuery { get; set; } = string.Empty;
        /// <summary>Description.</summary>
        [JsonProperty("content")] public string Content { get; set; } = string.Empty;
        /// <summary>Circulating supply.</summary>
        [JsonProperty("currentCount")] public string CurrentCount { get; set; } = string.Empty;
        /// <summary>Issue price.</summary>
        [JsonProperty("fundingPrice")] public string FundingPrice { get; set; } = string.Empty;
        /// <summary>Total supply.</summary>
        [JsonProperty("issueCount")] public string IssueCount { get; set; } = string.Empty;
        /// <summary>Issue date.</summary>
        [JsonProperty("issueDate")] public string IssueDate { get; set; } = string.Empty;
        /// <summary>Official website.</summary>
        [JsonProperty("officialWebsite")] public string OfficialWebsite { get; set; } = string.Empty;
        /// <summary>Symbol name.</summary>
        [JsonProperty("symbolName")] public string SymbolName { get; set; } = string.Empty;
        /// <summary>White paper.</summary>
        [JsonProperty("whiteBook")] public string WhiteBook { get; set; } = string.Empty;
    }
}
