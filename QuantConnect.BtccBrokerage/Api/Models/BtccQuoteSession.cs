/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary><c>data</c> of the quote-login result packet; <c>LoginResult</c> 0 means success.</summary>
    public sealed class BtccQuoteLoginResult
    {
        /// <summary>Uncommented by BTCC (4 in its example).</summary>
        [JsonProperty("Result")] public int Result { get; set; }
        /// <summary>Whether the market data source is stable.</summary>
        [JsonProperty("DataSourceState")] public int DataSourceState { get; set; }
        /// <summary>0 success, otherwise failure.</summary>
        [JsonProperty("LoginResult")] public int LoginResult { get; set; }
        /// <summary>Reserved.</summary>
        [JsonProperty("Reserve")] public int Reserve { get; set; }
        /// <summary>Token (empty in BTCC's example).</summary>
        [JsonProperty("token")] public string Token { get; set; } = string.Empty;
        /// <summary>Sequence.</summary>
        [JsonProperty("Seq")] public long Seq { get; set; }
        /// <summary>Market-server year.</summary>
        [JsonProperty("Year")] public int Year { get; set; }
        /// <summary>Market-server month.</summary>
        [JsonProperty("Month")] public int Month { get; set; }
        /// <summary>Market-server day.</summary>
        [JsonProperty("Day")] public int Day { get; set; }
        /// <summary>Market-server time (unix seconds).</summary>
        [JsonProperty("Time")] public long Time { get; set; }
    }

    /// <summary>A quote envelope <c>{code, msg, data}</c> (the login packets carry no action).</summary>
    public sealed class BtccQuoteEnvelope<T>
    {
        /// <summary>0 success.</summary>
        [JsonProperty("code")] public int Code { get; set; }
        /// <summary>Message.</summary>
        [JsonProperty("msg")] public string Msg { get; set; } = string.Empty;
        /// <summary>Action, when sent.</summary>
        [JsonProperty("action")] public string? Action { get; set; }
        /// <summary>Uid, when sent.</summary>
        [JsonProperty("uid")] public string? Uid { get; set; }
        /// <summary>Payload.</summary>
        [JsonProperty("data")] public T? Data { get; set; }
    }

    /// <summary><c>data</c> of the dictionary packet.</summary>
    public sealed class BtccQuoteDictionary
    {
        /// <summary>Number of products.</summary>
        [JsonProperty("Num")] public int Num { get; set; }
        /// <summary>The products.</summary>
        [JsonProperty("DictInfo")] public List<BtccQuoteProduct> DictInfo { get; set; } = new();
    }

    /// <summary>A product of the quote dictionary.</summary>
    public sealed class BtccQuoteProduct
    {
        /// <summary>Product code (the SecID = symbollist code_id).</summary>
        [JsonProperty("SecID")] public long SecId { get; set; }
        /// <summary>Short name, e.g. "BTC/USDT.100x".</summary>
        [JsonProperty("ShortName")] public string ShortName { get; set; } = string.Empty;
        /// <summary>Second board (';'-list).</summary>
        [JsonProperty("Big")] public string Big { get; set; } = string.Empty;
        /// <summary>Not in use.</summary>
        [JsonProperty("Gb")] public string Gb { get; set; } = string.Empty;
        /// <summary>Decimals.</summary>
        [JsonProperty("Digit")] public int Digit { get; set; }
        /// <summary>Not in use.</summary>
        [JsonProperty("Pips")] public int Pips { get; set; }
        /// <summary>First board.</summary>
        [JsonProperty("Zone")] public int Zone { get; set; }
        /// <summary>Not in use.</summary>
        [JsonProperty("Type")] public int Type { get; set; }
        /// <summary>Not in use.</summary>
        [JsonProperty("TimeType")] public int TimeType { get; set; }
        /// <summary>Company type.</summary>
        [JsonProperty("CompanyType")] public int CompanyType { get; set; }
        /// <summary>Option flag.</summary>
        [JsonProperty("CallOrPutFlag")] public int CallOrPutFlag { get; set; }
        /// <summary>Company type (64-bit).</summary>
        [JsonProperty("New64CompanyType")] public long New64CompanyType { get; set; }
        /// <summary>Trading minutes in daylight-saving time.</summary>
        [JsonProperty("XlsStartEndTimeRange")] public BtccQuoteTimeRange XlsStartEndTimeRange { get; set; } = new();
        /// <summary>Trading minutes in standard time.</summary>
        [JsonProperty("DlsStartEndTimeRange")] public BtccQuoteTimeRange DlsStartEndTimeRange { get; set; } = new();
    }

    /// <summary>Minutes after 00:00.</summary>
    public sealed class BtccQuoteTimeRange
    {
        /// <summary>Start minute.</summary>
        [JsonProperty("StartTime")] public int StartTime { get; set; }
        /// <summary>End minute.</summary>
        [JsonProperty("EndTime")] public int EndTime { get; set; }
    }

    /// <summary>An item of the <c>AllProducts</c> market-hours packet.</summary>
    public sealed class BtccProductSchedule
    {
        /// <summary>0 Sunday … 6 Saturday.</summary>
        [JsonProperty("weekday")] public int Weekday { get; set; }
        /// <summary>0 daylight-saving, 1 standard.</summary>
        [JsonProperty("xlsOrDls")] public int XlsOrDls { get; set; }
        /// <summary>Short product name, e.g. AAPLUSDT.</summary>
        [JsonProperty("szname")] public string SzName { get; set; } = string.Empty;
        /// <summary>Open periods.</summary>
        [JsonProperty("schedule")] public List<BtccScheduleRange> Schedule { get; set; } = new();
    }

    /// <summary>An open period in minutes from 00:00.</summary>
    public sealed class BtccScheduleRange
    {
        /// <summary>Begin minute.</summary>
        [JsonProperty("begin")] public int Begin { get; set; }
        /// <summary>End minute.</summary>
        [JsonProperty("end")] public int End { get; set; }
    }
}
