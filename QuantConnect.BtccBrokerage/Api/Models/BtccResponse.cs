/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>The envelope of every BTCC REST reply: <c>code</c> (0 = success) and <c>msg</c>, payload beside them.</summary>
    public class BtccResponse
    {
        /// <summary>0 on success, otherwise BTCC's error code.</summary>
        [JsonProperty("code")] public int Code { get; set; }

        /// <summary>BTCC's message (error text on failure).</summary>
        [JsonProperty("msg")] public string Msg { get; set; } = string.Empty;
    }

    /// <summary>The envelope of the paged <c>/v1/user/*</c> history replies (<c>list</c> plus paging fields).</summary>
    public abstract class BtccPagedResponse<TItem> : BtccResponse
    {
        /// <summary>The page's items.</summary>
        [JsonProperty("list")] public List<TItem> List { get; set; } = new();

        /// <summary>Current page (1-based).</summary>
        [JsonProperty("pageNo")] public int PageNo { get; set; }

        /// <summary>Items per page.</summary>
        [JsonProperty("pageSize")] public int PageSize { get; set; }

        /// <summary>Total number of items.</summary>
        [JsonProperty("totalSize")] public int TotalSize { get; set; }

        /// <summary>Total number of pages.</summary>
        [JsonProperty("totalPage")] public int TotalPage { get; set; }
    }
}
