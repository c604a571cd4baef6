/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>Where candles come from: BTCC serves them only on the quote websocket (<c>ReqKline</c>).</summary>
    public interface IBtccKlineSource
    {
        /// <summary>
        /// Candles of one instrument (its quote SecID, found through <see cref="Data.BtccQuoteRoutes"/>: not always
        /// <see cref="BtccSymbolInfo.CodeId"/>) whose start lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>),
        /// oldest first. Implementations page as needed.
        /// </summary>
        Task<IReadOnlyList<BtccKline>> GetKlinesAsync(long codeId, BtccKlineInterval interval, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

        /// <summary>The quote dictionary SecIDs are routed by; empty when the source has none (code_id is then taken on trust).</summary>
        IReadOnlyList<BtccQuoteProduct> Products => Array.Empty<BtccQuoteProduct>();
    }
}
