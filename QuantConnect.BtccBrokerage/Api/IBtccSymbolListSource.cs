/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>Where the account's instrument list comes from (<c>GET /v1/config/symbollist</c>).</summary>
    public interface IBtccSymbolListSource
    {
        /// <summary>Every instrument the logged-in account sees, with the account's own symbol paths.</summary>
        Task<IReadOnlyList<BtccSymbolInfo>> GetSymbolListAsync(CancellationToken cancellationToken = default);
    }
}
