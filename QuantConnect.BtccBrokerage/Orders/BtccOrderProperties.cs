/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// BTCC's order properties for LEAN orders (<c>LimitOrder(symbol, quantity, price, orderProperties: new BtccOrderProperties { ... })</c>,
    /// or the algorithm's <c>DefaultOrderProperties</c>). Without them an order is sent as BTCC's tickets make LEAN's net
    /// quantity: it closes the opposite tickets first and opens only the part past zero (see <see cref="BtccOrderTranslator"/>).
    /// </summary>
    public class BtccOrderProperties : OrderProperties
    {
        /// <summary>
        /// Open a new ticket for the whole quantity even against an opposite position, leaving BTCC hedged (a long and a
        /// short ticket side by side; LEAN's holding is their net). BTCC margins, charges fees and funding on both.
        /// </summary>
        public bool Hedge { get; set; }

        /// <summary>
        /// The order may only close existing tickets: an order any part of which would open one is Invalid, with the
        /// volume it would open as the reason, and nothing is sent.
        /// </summary>
        public bool ReduceOnly { get; set; }

        /// <summary>
        /// The leverage to send (BTCC's <c>multiple</c>), a whole number within what BTCC allows on the instrument; null
        /// sends the security's LEAN leverage (what the margin model holds it at), else <c>btcc-leverage</c>.
        /// </summary>
        public decimal? Leverage { get; set; }

        /// <summary>A copy.</summary>
        public override IOrderProperties Clone() => (BtccOrderProperties)MemberwiseClone();
    }
}
