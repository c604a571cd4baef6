/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Models
{
    /// <summary>Top of book of one <c>tickinfo</c> item: Y SecID, A/B first ask/bid, T unix seconds, V last volume, C current price.</summary>
    public readonly record struct BtccTickInfo(long SecId, decimal Ask, decimal Bid, long Time, decimal Volume, decimal Last);

    /// <summary>One trade of a <c>dealticksnap</c> item (no side is published).</summary>
    public readonly record struct BtccDealTick(long SecId, decimal Price, decimal Volume, long Time);

    /// <summary>
    /// One <c>tickinfo_deep</c> item: up to 7 levels. Ask prices ascend (A), bid prices descend (B);
    /// U/M are ask/bid volumes; L/I cumulative ask/bid volumes; R/E cumulative ask/bid ratios.
    /// </summary>
    public readonly record struct BtccDepth(
        long SecId,
        long Time,
        decimal Volume,
        decimal Last,
        decimal[] AskPrices,
        decimal[] AskVolumes,
        decimal[] BidPrices,
        decimal[] BidVolumes,
        decimal[] AskCumulativeVolumes,
        decimal[] BidCumulativeVolumes,
        decimal[] AskCumulativeRatios,
        decimal[] BidCumulativeRatios)
    {
        /// <summary>The number of levels BTCC sends.</summary>
        public const int Levels = 7;
    }

    /// <summary>A <c>Kline</c> reply: the bars of one ReqKline, identified by CodeId and Interval.</summary>
    public sealed record BtccKlineReply(int Code, string Msg, string Uid, long Seq, long StartTime, long CodeId, int Interval, int Count, IReadOnlyList<BtccKline> Bars);

    /// <summary>What a quote-websocket message is: a market-data push by its <c>action</c>, any other packet by its data.</summary>
    public enum BtccQuoteMessageKind
    {
        /// <summary>Not recognised; ignored.</summary>
        Unknown,
        /// <summary>Login reply packet 1 (data.LoginResult; no action in the PDF, <c>Login</c> live).</summary>
        LoginResult,
        /// <summary>Login reply packet 2 (data.DictInfo; no action in the PDF, <c>Dict</c> live).</summary>
        Dictionary,
        /// <summary>Login reply packet 3, market hours (<c>AllProducts</c> in the PDF's text, <c>All Products</c> live).</summary>
        AllProducts,
        /// <summary><c>keeplive</c> heartbeat reply.</summary>
        KeepAlive,
        /// <summary><c>tickinfo</c>.</summary>
        TickInfo,
        /// <summary><c>tickinfo_deep</c>.</summary>
        TickInfoDeep,
        /// <summary><c>dealticksnap</c>.</summary>
        DealTickSnap,
        /// <summary><c>Kline</c>.</summary>
        Kline,
        /// <summary>An empty text frame (BTCC's live answer to a later ReqSubcri); ignored quietly.</summary>
        Empty
    }
}
