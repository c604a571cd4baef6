/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// BTCC's <see cref="BtccDirection"/> (1 buy / long, 2 sell / short) and LEAN's signed quantities: a quantity's direction, a
    /// direction's sign, the other side.
    /// </summary>
    public static class BtccOrderDirection
    {
        /// <summary>The BTCC direction of a signed quantity: positive buys, negative sells.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For zero.</exception>
        public static BtccDirection FromQuantity(decimal quantity) => quantity switch
        {
            > 0m => BtccDirection.Buy,
            < 0m => BtccDirection.Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A zero quantity has no BTCC direction")
        };

        /// <summary>The other side: buy ↔ sell.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a direction other than buy or sell.</exception>
        public static BtccDirection Opposite(BtccDirection direction) => direction switch
        {
            BtccDirection.Buy => BtccDirection.Sell,
            BtccDirection.Sell => BtccDirection.Buy,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
        };

        /// <summary>+1 for a long direction, -1 for a short one: the sign LEAN gives the quantity.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a direction other than buy or sell.</exception>
        public static int Sign(BtccDirection direction) => direction switch
        {
            BtccDirection.Buy => 1,
            BtccDirection.Sell => -1,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
        };
    }
}
