/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Adaptive polling, pure: which of BTCC's lists a poll reads and when the next one comes, from what the fill engine's
    /// state needs (<see cref="BtccPollDemand"/>), what was asked for at once, and when each list was last read.
    /// </summary>
    /// <remarks>
    /// BTCC has no private websocket and no cheaper reply that says whether anything changed: the account's balance,
    /// margin and position count move with every deal (LEAN's own too, so telling another's apart needs dealTodayList
    /// anyway) and never with a pending order; positionlist misses a ticket opened and closed between two reads;
    /// <c>?id=</c> reads answer for one order or deal only. So each list is its own cheapest detector: orderList shows a
    /// pending order's executions and its end before dealTodayList is read for the deals, dealTodayList shows every deal.
    /// While nothing works, both are read once per idle interval (the longest an order or a fill from outside LEAN goes
    /// unseen); while something works, every fast interval only what it needs: orderList for a pending order,
    /// dealTodayList for a market order's deal (and both at once when the market reaches a working order's price).
    /// </remarks>
    public static class BtccPollPlanner
    {
        /// <summary>What a poll starting at <paramref name="nowUtc"/> reads.</summary>
        /// <param name="demand">What the fill engine needs.</param>
        /// <param name="requested">Lists asked for at once (a write, the market at an order's price, a full refresh).</param>
        /// <param name="last">When each list was last read.</param>
        /// <param name="nowUtc">Now.</param>
        /// <param name="timing">The fast and idle intervals.</param>
        public static BtccPollReads Plan(BtccPollDemand demand, BtccPollReads requested, BtccPollReadTimes last, DateTime nowUtc, BtccPollTiming timing)
        {
            var reads = requested;
            if (demand.OrdersWorking)
            {
                reads |= BtccPollReads.Orders;
            }
            if (demand.AwaitsDeals)
            {
                reads |= BtccPollReads.Deals;
            }
            if (demand.AwaitsTicket)
            {
                reads |= BtccPollReads.Positions;
            }
            // the idle bound: a list due before the next fast poll would come goes with this one
            if (Due(last.Orders, timing.Idle, nowUtc, timing.Fast))
            {
                reads |= BtccPollReads.Orders;
            }
            if (Due(last.Deals, timing.Idle, nowUtc, timing.Fast))
            {
                reads |= BtccPollReads.Deals;
            }
            // the account (cash, funding) goes with the lists' every third idle read
            if (Due(last.Account, timing.Account, nowUtc, timing.Idle / 2))
            {
                reads |= BtccPollReads.Account;
            }
            // deals of a working pending order are matched against the orderList read with them
            if (reads.HasFlag(BtccPollReads.Deals) && demand.OrdersWorking)
            {
                reads |= BtccPollReads.Orders;
            }
            return reads;
        }

        /// <summary>When the poll after one that started at <paramref name="lastPollStartUtc"/> is due.</summary>
        /// <param name="demand">What the fill engine needs.</param>
        /// <param name="last">When each list was last read.</param>
        /// <param name="lastPollStartUtc">When the last poll started (fast polls keep their period, however long a poll takes).</param>
        /// <param name="nowUtc">Now.</param>
        /// <param name="timing">The fast and idle intervals.</param>
        public static DateTime NextDue(BtccPollDemand demand, BtccPollReadTimes last, DateTime lastPollStartUtc, DateTime nowUtc, BtccPollTiming timing)
        {
            var due = Min(Min(After(last.Orders, timing.Idle), After(last.Deals, timing.Idle)), After(last.Account, timing.Account));
            if (demand.IsFast)
            {
                due = Min(due, After(lastPollStartUtc, timing.Fast));
            }
            return due;
        }

        private static bool Due(DateTime lastUtc, TimeSpan period, DateTime nowUtc, TimeSpan slack) => nowUtc >= After(lastUtc, period - slack);

        private static DateTime After(DateTime utc, TimeSpan span) => utc + span;

        private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;
    }
}
