/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>Where the fill engine's news goes: the brokerage turns it into LEAN's events.</summary>
    internal interface IBtccFillSink
    {
        /// <summary>An order event for LEAN (Submitted, fills, Canceled, Invalid, UpdateSubmitted).</summary>
        void OrderEvent(OrderEvent orderEvent);

        /// <summary>A brokerage message for LEAN.</summary>
        void Message(BrokerageMessageEvent message);

        /// <summary>The account as a poll read it (cash may have moved).</summary>
        void AccountRead(BtccAccount account);
    }
}
