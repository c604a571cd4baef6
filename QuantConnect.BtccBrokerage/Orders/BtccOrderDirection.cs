using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// BTCC's <c>direction</c> codes (1 buy / long, 2 sell / short) and their mapping to LEAN's <see cref="OrderDirection"/>.
    /// </summary>
    public static class BtccOrderDirection
    {
        /// <summary>Buy; on a position, long.</summary>
        public const int Buy = 1;

        /// <summary>Sell; on a position, short.</summary>
        public const int Sell = 2;

        /// <summary>The BTCC code of a LEAN direction; <see cref="OrderDirection.Hold"/> has none.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For Hold.</exception>
        public static int FromLean(OrderDirection direction) => direction switch
        {
            OrderDirection.Buy => Buy,
            OrderDirection.Sell => Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "A Hold order has no BTCC direction")
        };

        /// <summary>The BTCC code of a signed quantity: positive buys, negative sells.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For zero.</exception>
        public static int FromQuantity(decimal quantity) => quantity switch
        {
            > 0m => Buy,
            < 0m => Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A zero quantity has no BTCC direction")
        };

        /// <summary>The LEAN direction of a BTCC code.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a code other than 1 or 2.</exception>
        public static OrderDirection ToLean(int direction) => direction switch
        {
            Buy => OrderDirection.Buy,
            Sell => OrderDirection.Sell,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
        };

        /// <summary>The other side: 1 ↔ 2.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a code other than 1 or 2.</exception>
        public static int Opposite(int direction) => direction switch
        {
            Buy => Sell,
            Sell => Buy,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
        };

        /// <summary>+1 for a long direction, -1 for a short one: the sign LEAN gives the quantity.</summary>
        /// <exception cref="ArgumentOutOfRangeException">For a code other than 1 or 2.</exception>
        public static int Sign(int direction) => direction switch
        {
            Buy => 1,
            Sell => -1,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "BTCC directions are 1 (buy) and 2 (sell)")
        };
    }
}
