/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// One open BTCC position ("ticket") of an instrument, as <see cref="BtccOrderTranslator"/> needs it.
    /// BTCC keeps MT4-style tickets: every open creates one, and long and short tickets can coexist (hedged).
    /// </summary>
    /// <param name="PositionId">The position id (<c>positionlist</c>'s <c>id</c>).</param>
    /// <param name="Direction">buy (long) or sell (short).</param>
    /// <param name="Volume">The open volume, positive.</param>
    /// <param name="OpenTime">When it was opened (<c>open_time</c>, unix seconds); orders closes oldest first.</param>
    public sealed record BtccTicket(long PositionId, BtccDirection Direction, decimal Volume, long OpenTime)
    {
        /// <summary>
        /// Whether working closing orders of LEAN orders rest on the ticket: a market order closes such tickets last, since
        /// closing one at market ends those orders at BTCC and they must then be placed again.
        /// </summary>
        public bool CarriesClosingOrders { get; init; }
    }
}
