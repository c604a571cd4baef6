/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccPollPlannerTests
    {
        private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        private static readonly BtccPollTiming Timing = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(20));

        private static readonly BtccPollDemand Idle = new();
        private static readonly BtccPollDemand PendingWorks = new() { OrdersWorking = true };
        private static readonly BtccPollDemand MarketAwaitsDeal = new() { AwaitsDeals = true };

        /// <summary>Every list read <paramref name="secondsAgo"/> before now (the account too unless given).</summary>
        private static BtccPollReadTimes ReadAgo(double secondsAgo, double? accountSecondsAgo = null)
        {
            var at = Now - TimeSpan.FromSeconds(secondsAgo);
            return new BtccPollReadTimes(at, at, at, Now - TimeSpan.FromSeconds(accountSecondsAgo ?? secondsAgo));
        }

        private static BtccPollReads Plan(BtccPollDemand demand, BtccPollReadTimes last, BtccPollReads requested = BtccPollReads.None)
            => BtccPollPlanner.Plan(demand, requested, last, Now, Timing);

        [Test]
        public void AnIdlePollerReadsBothListsOncePerIdleInterval()
        {
            Assert.That(Plan(Idle, ReadAgo(20, accountSecondsAgo: 1)), Is.EqualTo(BtccPollReads.Orders | BtccPollReads.Deals));
            Assert.That(Plan(Idle, ReadAgo(5, accountSecondsAgo: 1)), Is.EqualTo(BtccPollReads.None));
        }

        [Test]
        public void AnIdlePollerIsDueOneIdleIntervalAfterItsLastRead()
        {
            var due = BtccPollPlanner.NextDue(Idle, ReadAgo(5, accountSecondsAgo: 1), Now - TimeSpan.FromSeconds(5), Now, Timing);
            Assert.That(due, Is.EqualTo(Now + TimeSpan.FromSeconds(15)));
        }

        [TestCase(60, true, TestName = "The account goes with the third idle read")]
        [TestCase(40, false, TestName = "The account does not go with the second idle read")]
        public void TheAccountIsReadEveryThirdIdleInterval(double accountSecondsAgo, bool read)
            => Assert.That(Plan(Idle, ReadAgo(20, accountSecondsAgo)).HasFlag(BtccPollReads.Account), Is.EqualTo(read));

        [Test]
        public void AWorkingPendingOrderIsFollowedThroughOrderListAlone()
        {
            Assert.That(Plan(PendingWorks, ReadAgo(0.5)), Is.EqualTo(BtccPollReads.Orders));
            var due = BtccPollPlanner.NextDue(PendingWorks, ReadAgo(0.5), Now - TimeSpan.FromMilliseconds(200), Now, Timing);
            Assert.That(due, Is.EqualTo(Now + TimeSpan.FromMilliseconds(300)), "fast polls keep their period from the last poll's start");
        }

        [Test]
        public void AMarketOrderAwaitingItsDealIsFollowedThroughDealTodayListAlone()
            => Assert.That(Plan(MarketAwaitsDeal, ReadAgo(0.5)), Is.EqualTo(BtccPollReads.Deals));

        [Test]
        public void DealsOfAWorkingPendingOrderComeWithTheOrderListTheyAreMatchedAgainst()
        {
            Assert.That(Plan(PendingWorks with { AwaitsDeals = true }, ReadAgo(0.5)), Is.EqualTo(BtccPollReads.Orders | BtccPollReads.Deals));
            Assert.That(Plan(PendingWorks, ReadAgo(0.5), requested: BtccPollReads.Deals), Is.EqualTo(BtccPollReads.Orders | BtccPollReads.Deals));
        }

        [Test]
        public void TheMarketAtAWorkingOrderAsksForBothListsAtOnce()
            => Assert.That(Plan(PendingWorks, ReadAgo(0.1), requested: BtccPollReads.Orders | BtccPollReads.Deals), Is.EqualTo(BtccPollReads.Orders | BtccPollReads.Deals));

        [Test]
        public void AMarketOpenWhoseReplyWasLostReadsPositionListEveryPoll()
            => Assert.That(Plan(new BtccPollDemand { AwaitsTicket = true, AwaitsDeals = true }, ReadAgo(0.5)), Is.EqualTo(BtccPollReads.Deals | BtccPollReads.Positions));

        [Test]
        public void TheIdleBoundHoldsWhileOrdersWork()
        {
            // orderList every fast poll; dealTodayList still once per idle interval, with the fast poll before it is due
            var last = new BtccPollReadTimes(Now - TimeSpan.FromSeconds(0.5), Now - TimeSpan.FromSeconds(19.6), DateTime.MinValue, Now);
            Assert.That(Plan(PendingWorks, last), Is.EqualTo(BtccPollReads.Orders | BtccPollReads.Deals));
        }

        [Test]
        public void AFullRefreshReadsEverything()
            => Assert.That(Plan(Idle, ReadAgo(1), requested: BtccPollReads.All), Is.EqualTo(BtccPollReads.All));

        [Test]
        public void NothingReadYetIsDueAtOnce()
            => Assert.That(BtccPollPlanner.NextDue(Idle, BtccPollReadTimes.Never, DateTime.MinValue, Now, Timing), Is.LessThanOrEqualTo(Now));

        [Test]
        public void PollsAreFastWhileAnythingWorks()
        {
            Assert.That(Idle.IsFast, Is.False);
            Assert.That(PendingWorks.IsFast, Is.True);
            Assert.That(MarketAwaitsDeal.IsFast, Is.True);
            Assert.That(new BtccPollDemand { AwaitsTicket = true }.IsFast, Is.True);
        }
    }
}
