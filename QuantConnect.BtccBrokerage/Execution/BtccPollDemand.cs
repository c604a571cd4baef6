/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>The BTCC lists (and the account) one poll reads.</summary>
    [Flags]
    public enum BtccPollReads
    {
        /// <summary>Nothing.</summary>
        None = 0,
        /// <summary><c>orderList</c>: the working pending orders, with what each executed.</summary>
        Orders = 1,
        /// <summary><c>dealTodayList</c>: today's deals.</summary>
        Deals = 2,
        /// <summary><c>positionlist</c>: the open tickets.</summary>
        Positions = 4,
        /// <summary><c>account</c>: balance and margin.</summary>
        Account = 8,
        /// <summary>Everything.</summary>
        All = Orders | Deals | Positions | Account
    }

    /// <summary>
    /// What the fill engine's state needs from the next polls, computed under its gate after every poll and every
    /// request it sends. Nothing set: the poller is idle and reads only what the idle interval bounds.
    /// </summary>
    public readonly record struct BtccPollDemand
    {
        /// <summary>
        /// orderList on every fast poll: a LEAN pending order works at BTCC (its executions and its end show there), or
        /// one whose reply was lost or whose cancel waits is looked for.
        /// </summary>
        public bool OrdersWorking { get; init; }

        /// <summary>
        /// dealTodayList on every fast poll: a market order or close awaits its deal, BTCC showed executions not reported
        /// yet, a pending order left orderList unexplained, a fill is held back, or a catch-up is due.
        /// </summary>
        public bool AwaitsDeals { get; init; }

        /// <summary>positionlist on every fast poll: a market open whose reply was lost waits for its ticket.</summary>
        public bool AwaitsTicket { get; init; }

        /// <summary>Whether polls come every fast interval.</summary>
        public bool IsFast => OrdersWorking || AwaitsDeals || AwaitsTicket;
    }

    /// <summary>When each list was last read (<see cref="DateTime.MinValue"/>: never).</summary>
    /// <param name="Orders">orderList.</param>
    /// <param name="Deals">dealTodayList.</param>
    /// <param name="Positions">positionlist.</param>
    /// <param name="Account">account.</param>
    public readonly record struct BtccPollReadTimes(DateTime Orders, DateTime Deals, DateTime Positions, DateTime Account)
    {
        /// <summary>Nothing read yet.</summary>
        public static BtccPollReadTimes Never => new(DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, DateTime.MinValue);

        /// <summary>These times with <paramref name="reads"/> read at <paramref name="atUtc"/>.</summary>
        public BtccPollReadTimes With(BtccPollReads reads, DateTime atUtc) => new(
            reads.HasFlag(BtccPollReads.Orders) ? atUtc : Orders,
            reads.HasFlag(BtccPollReads.Deals) ? atUtc : Deals,
            reads.HasFlag(BtccPollReads.Positions) ? atUtc : Positions,
            reads.HasFlag(BtccPollReads.Account) ? atUtc : Account);
    }

    /// <summary>The poller's two periods.</summary>
    /// <param name="Fast">Between polls while something works (<see cref="BtccBrokerageSettings.PollInterval"/>).</param>
    /// <param name="Idle">The longest any list goes unread (<see cref="BtccBrokerageSettings.IdlePollInterval"/>).</param>
    public sealed record BtccPollTiming(TimeSpan Fast, TimeSpan Idle)
    {
        /// <summary>How many idle intervals pass between two account reads (funding, deposits and cash in AccountChanged).</summary>
        public const int AccountEveryIdleIntervals = 3;

        /// <summary>The longest the account goes unread.</summary>
        public TimeSpan Account => Idle * AccountEveryIdleIntervals;
    }
}
