/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccReportedFillLedgerTests
    {
        [Test]
        public void EachDealIsRecordedOnce()
        {
            var ledger = new BtccReportedFillLedger();
            Assert.That(ledger.TryRecord(1, 100), Is.True);
            Assert.That(ledger.TryRecord(1, 100), Is.False);
            Assert.That(ledger.Contains(1), Is.True);
        }

        [Test]
        public void SeedRunsOnlyOnTheFirstConnect()
        {
            var ledger = new BtccReportedFillLedger();
            ledger.Seed(new[] { (1L, 100L), (2L, 150L) });
            ledger.Seed(new[] { (3L, 300L) });
            Assert.That(ledger.IsSeeded, Is.True);
            Assert.That(ledger.Contains(2), Is.True);
            Assert.That(ledger.Contains(3), Is.False);
            Assert.That(ledger.LatestExecTime, Is.EqualTo(150));
        }

        [Test]
        public void LatestExecTimeFollowsRecordedDeals()
        {
            var ledger = new BtccReportedFillLedger();
            ledger.TryRecord(5, 500);
            ledger.TryRecord(4, 400);
            Assert.That(ledger.LatestExecTime, Is.EqualTo(500));
        }

        [Test]
        public void DealsBeforeTheFirstSeedAreHistoryEvenWhenNotListedThen()
        {
            var ledger = new BtccReportedFillLedger();
            ledger.Seed(new[] { (1L, 900L) }, horizon: 1000);

            Assert.That(ledger.IsHistory(999), Is.True, "settled before the first start: not in dealTodayList, still history");
            Assert.That(ledger.IsHistory(1000), Is.False);
            var restored = new BtccReportedFillLedger();
            restored.Restore(ledger.ToDocument("x", 1, TimeSpan.FromDays(3)));
            Assert.That(restored.HistoryHorizon, Is.EqualTo(1000), "the horizon survives a restart");
        }
    }
}
