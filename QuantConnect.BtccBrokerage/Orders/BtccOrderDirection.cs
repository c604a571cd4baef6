using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// BTCC's <see cref="BtccDirection"/> (1 buy / long, 2 sell / short) and its mapping to LEAN's <see cref="OrderDirection"/>.
    /// </summary>
    public static class BtccOrderDirection
    {
        /// <summary>The BTCC direction of a LEAN direction; <see cref="OrderDirection.Hold"/> has none.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For Hold.</exception>
        public static BtccDirection FromLean(OrderDirection direction) => direction switch
        {
            OrderDirection.Buy => BtccDirection.Buy,
            OrderDirection.Sell => BtccDirection.Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "A Hold order has no BTCC direction")
        };

        /// <summary>The BTCC direction of a signed quantity: positive buys, negative sells.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For zero.</exception>
        public static BtccDirection FromQuantity(decimal quantity) => quantity switch
        {
            > 0m => BtccDirection.Buy,
            < 0m => BtccDirection.Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A zero quantity has no BTCC direction")
        };

        /// <summary>The LEAN direction of a BTCC direction.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a direction other than buy or sell.</exception>
        public static OrderDirection ToLean(BtccDirection direction) => direction switch
        {
            BtccDirection.Buy => OrderDirection.Buy,
            BtccDirection.Sell => OrderDirection.Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
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
