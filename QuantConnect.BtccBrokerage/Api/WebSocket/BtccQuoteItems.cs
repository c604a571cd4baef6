/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>
    /// The market-data items of one quote message, as <see cref="BtccQuoteMessageParser.Read"/> fills them: reused from
    /// message to message, so reading a message allocates nothing of its own.
    /// </summary>
    public sealed class BtccQuoteItems
    {
        /// <summary>The items of a <c>tickinfo</c> message.</summary>
        public List<BtccTickInfo> Ticks { get; } = new();

        /// <summary>The items of a <c>tickinfo_deep</c> message.</summary>
        public List<BtccDepth> Depths { get; } = new();

        /// <summary>The trades of a <c>dealticksnap</c> message.</summary>
        public List<BtccDealTick> Deals { get; } = new();

        /// <summary>Empties every list.</summary>
        public void Clear()
        {
            Ticks.Clear();
            Depths.Clear();
            Deals.Clear();
        }
    }
}
