/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The one place that defines what goes into a LEAN order's <c>BrokerId</c> list and into openposition's
    /// <c>refid</c>:
    /// <list type="bullet">
    /// <item>a pending (limit/stop) order adds its BTCC order id, e.g. <c>"123"</c>;</item>
    /// <item>a market order adds every ticket it opened or closed as <c>"P"</c> + position id, e.g. <c>"P456"</c>
    /// (the prefix keeps position ids from colliding with order ids in LEAN's look-ups); a triggered pending
    /// order adds the ticket it opened the same way.</item>
    /// </list>
    /// A refid is unique per openposition request: <c>session × 10^9 + (LEAN order id mod 10^7) × 100 + step</c>,
    /// where session is the brokerage's start time in unix seconds, so ids differ across restarts too.
    /// </summary>
    public static class BtccBrokerIds
    {
        /// <summary>Prefix of a position id in BrokerId.</summary>
        public const string PositionPrefix = "P";

        /// <summary>BrokerId entry of a pending order.</summary>
        public static string ForPendingOrder(long orderId) => orderId.ToString(CultureInfo.InvariantCulture);

        /// <summary>BrokerId entry of a ticket.</summary>
        public static string ForPosition(long positionId) => PositionPrefix + positionId.ToString(CultureInfo.InvariantCulture);

        /// <summary>Reads a pending order id entry.</summary>
        public static bool TryParsePendingOrder(string brokerId, out long orderId)
            => long.TryParse(brokerId, NumberStyles.None, CultureInfo.InvariantCulture, out orderId);

        /// <summary>Reads a position id entry.</summary>
        public static bool TryParsePosition(string brokerId, out long positionId)
        {
            positionId = 0;
            return brokerId.StartsWith(PositionPrefix, StringComparison.Ordinal)
                && long.TryParse(brokerId.AsSpan(PositionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out positionId);
        }

        /// <summary>The refid of step <paramref name="step"/> (0–99) of LEAN order <paramref name="leanOrderId"/>.</summary>
        public static long RefId(long sessionSeconds, int leanOrderId, int step)
        {
            if (step is < 0 or > 99)
            {
                throw new ArgumentOutOfRangeException(nameof(step), step, "A refid step is 0 to 99");
            }
            return sessionSeconds * 1_000_000_000L + (Math.Abs(leanOrderId) % 10_000_000L) * 100L + step;
        }
    }
}
