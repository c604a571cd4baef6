/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>One working BTCC pending order ("leg") of a LEAN order, as <see cref="BtccLegPlan"/> needs it.</summary>
    /// <param name="Key">Which leg (the caller's id).</param>
    /// <param name="Closes">Whether it closes a ticket (type 3 or 4) rather than opening one: only an opening leg can grow.</param>
    /// <param name="RequestVolume">BTCC's <c>request_volume</c>: its whole volume, the executed part included.</param>
    /// <param name="Executed">What BTCC executed of it (reported to LEAN or not yet).</param>
    /// <param name="Price">Its limit or stop price.</param>
    public sealed record BtccLeg(int Key, bool Closes, decimal RequestVolume, decimal Executed, decimal Price)
    {
        /// <summary>What is left to execute.</summary>
        public decimal Remaining => RequestVolume - Executed;
    }

    /// <summary>What an update does to one leg.</summary>
    /// <param name="Key">The leg.</param>
    /// <param name="RequestVolume">Its new <c>request_volume</c> (updatepending), or its executed volume when it is cancelled.</param>
    /// <param name="Cancel">Whether nothing is left for it: cancelpending instead of updatepending.</param>
    public sealed record BtccLegChange(int Key, decimal RequestVolume, bool Cancel);

    /// <summary>The requests that carry out an update of a LEAN order sent as several BTCC pending orders.</summary>
    /// <param name="Changes">Per leg that changes, its new volume and price or its cancel; legs not listed stay as they are.</param>
    /// <param name="Extra">Volume no leg can take (it has no opening leg to grow): placed as new legs.</param>
    public sealed record BtccLegAmendment(IReadOnlyList<BtccLegChange> Changes, decimal Extra);

    /// <summary>
    /// Spreads a LEAN order's new quantity and price over its working legs. Pure. What executed stays executed (BTCC's
    /// request_volume includes it); the order's remaining volume is taken off the last legs first — the opening part past
    /// zero, then the closes of the newest tickets — and added to its opening leg, or returned as extra when it has none
    /// (closing legs cannot close more than their ticket). A leg left with nothing to execute is cancelled.
    /// </summary>
    public static class BtccLegPlan
    {
        /// <summary>The changes that make the legs execute <paramref name="remaining"/> more in total, at <paramref name="price"/>.</summary>
        /// <param name="legs">The working legs, in the order they were placed (closes oldest ticket first, then the opening leg).</param>
        /// <param name="remaining">What the order is to execute from now on: its new quantity minus what BTCC executed of it.</param>
        /// <param name="price">Its new limit or stop price.</param>
        /// <exception cref="ArgumentOutOfRangeException">A negative remaining volume (the order executed more than its new quantity).</exception>
        public static BtccLegAmendment Amend(IReadOnlyList<BtccLeg> legs, decimal remaining, decimal price)
        {
            ArgumentNullException.ThrowIfNull(legs);
            if (remaining < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(remaining), remaining, "The order executed more than its new quantity");
            }
            var planned = legs.Select(l => l.Remaining).ToArray();
            var delta = remaining - planned.Sum();
            for (var i = legs.Count - 1; i >= 0 && delta < 0m; i--)
            {
                var cut = Math.Min(planned[i], -delta);
                planned[i] -= cut;
                delta += cut;
            }
            var extra = 0m;
            if (delta > 0m)
            {
                var open = LastIndex(legs, l => !l.Closes);
                if (open >= 0)
                {
                    planned[open] += delta;
                }
                else
                {
                    extra = delta;
                }
            }
            var changes = new List<BtccLegChange>();
            for (var i = 0; i < legs.Count; i++)
            {
                var leg = legs[i];
                if (planned[i] == 0m)
                {
                    changes.Add(new BtccLegChange(leg.Key, leg.Executed, Cancel: true));
                }
                else if (planned[i] != leg.Remaining || price != leg.Price)
                {
                    changes.Add(new BtccLegChange(leg.Key, leg.Executed + planned[i], Cancel: false));
                }
            }
            return new BtccLegAmendment(changes, extra);
        }

        private static int LastIndex(IReadOnlyList<BtccLeg> legs, Func<BtccLeg, bool> match)
        {
            for (var i = legs.Count - 1; i >= 0; i--)
            {
                if (match(legs[i]))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
