/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>Trades and quotes repeated by BTCC's snapshots and by reconnects are delivered once.</summary>
    [TestFixture]
    public class BtccDeduplicatorTests
    {
        private static BtccDealTick Deal(long time, decimal price, decimal volume, long secId = 7) => new(secId, price, volume, time);

        [Test]
        public void ARepeatedSnapshotDeliversOnlyItsNewTrades()
        {
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(60));
            var first = new[] { Deal(100, 10m, 1m), Deal(99, 10m, 2m) };
            var second = new[] { Deal(101, 11m, 1m), Deal(100, 10m, 1m), Deal(99, 10m, 2m) };

            var delivered = first.Concat(second).Where(d => dedupe.IsNew(d)).ToList();

            Assert.That(delivered, Is.EqualTo(new[] { Deal(100, 10m, 1m), Deal(99, 10m, 2m), Deal(101, 11m, 1m) }));
        }

        [Test]
        public void TradesOlderThanTheWindowAreStale()
        {
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(10));
            Assert.That(dedupe.IsNew(Deal(1000, 10m, 1m)), Is.True);

            Assert.That(dedupe.IsNew(Deal(989, 9m, 1m)), Is.False);
            Assert.That(dedupe.IsNew(Deal(991, 9m, 1m)), Is.True);
        }

        [Test]
        public void SymbolsAreDeduplicatedSeparately()
        {
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(10));

            Assert.That(dedupe.IsNew(Deal(1000, 10m, 1m, secId: 1)), Is.True);
            Assert.That(dedupe.IsNew(Deal(1000, 10m, 1m, secId: 2)), Is.True);
        }

        [Test]
        public void ForgottenSymbolsStartAfresh()
        {
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(10));
            dedupe.IsNew(Deal(1000, 10m, 1m));

            dedupe.Forget(7);

            Assert.That(dedupe.IsNew(Deal(1000, 10m, 1m)), Is.True);
        }

        [Test]
        public void KeysLeaveTheWindowAsTimeAdvances()
        {
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(5));
            dedupe.IsNew(Deal(100, 10m, 1m));
            dedupe.IsNew(Deal(200, 10m, 1m));

            Assert.That(dedupe.IsNew(Deal(196, 10m, 1m)), Is.True, "same price and volume, different second");
            Assert.That(dedupe.IsNew(Deal(200, 10m, 1m)), Is.False);
        }

        [Test]
        public void AnIdenticalQuoteInTheSameSecondIsDropped()
        {
            var dedupe = new BtccQuoteDeduplicator();

            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 2m, 100), Is.True);
            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 2m, 100), Is.False);
            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 3m, 100), Is.True, "a size change is news");
        }

        [Test]
        public void AnUnchangedBookRestatedAfterAReconnectIsDroppedOnce()
        {
            var dedupe = new BtccQuoteDeduplicator();
            dedupe.IsNew(1, 10m, 1m, 11m, 2m, 100);

            dedupe.MarkResync(new[] { 1L });

            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 2m, 105), Is.False);
            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 2m, 106), Is.True, "later the same book in a new second is a fresh quote");
        }

        [Test]
        public void WithoutAReconnectTheSameBookInANewSecondIsDelivered()
        {
            var dedupe = new BtccQuoteDeduplicator();
            dedupe.IsNew(1, 10m, 1m, 11m, 2m, 100);

            Assert.That(dedupe.IsNew(1, 10m, 1m, 11m, 2m, 101), Is.True);
        }
    }
}
