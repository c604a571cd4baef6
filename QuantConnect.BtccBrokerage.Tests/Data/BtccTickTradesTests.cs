/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>Trades read from tickinfo's last price and volume where BTCC streams no dealticksnap.</summary>
    [TestFixture]
    public class BtccTickTradesTests
    {
        private const long SecId = 3289142;

        private static BtccTickInfo Tick(decimal last, decimal volume, long time) => new(SecId, last + 0.1m, last - 0.1m, time, volume, last);

        /// <summary>The trades a run of tickinfo frames yields, as "price x volume @ time".</summary>
        private static string[] Derive(BtccTickTrades trades, params BtccTickInfo[] frames)
        {
            var derived = new List<string>();
            foreach (var frame in frames)
            {
                if (trades.TryDerive(frame, out var trade))
                {
                    derived.Add($"{trade.Price} x {trade.Volume} @ {trade.Time}");
                }
            }
            return derived.ToArray();
        }

        [Test]
        public void FirstFrameRestatesAnEarlierTradeAndIsNotDelivered()
        {
            Assert.That(Derive(new BtccTickTrades(), Tick(100m, 1m, 10)), Is.Empty);
        }

        [Test]
        public void ChangedLastPriceIsATradeStampedWithTheFramesTime()
        {
            Assert.That(Derive(new BtccTickTrades(), Tick(100m, 1m, 10), Tick(100.5m, 1m, 11)), Is.EqualTo(new[] { "100.5 x 1 @ 11" }));
        }

        [Test]
        public void ChangedLastVolumeAloneIsATrade()
        {
            Assert.That(Derive(new BtccTickTrades(), Tick(100m, 1m, 10), Tick(100m, 2m, 11)), Is.EqualTo(new[] { "100 x 2 @ 11" }));
        }

        [Test]
        public void FrameRepeatingTheLastTradeIsNoTradeWhateverItsTime()
        {
            Assert.That(Derive(new BtccTickTrades(), Tick(100m, 1m, 10), Tick(100m, 1m, 11), Tick(100m, 1m, 12)), Is.Empty);
        }

        [TestCase(0, 1, 11)]
        [TestCase(101, 0, 11)]
        [TestCase(101, 1, 0)]
        public void FrameWithoutALastTradeIsSkippedAndKeepsTheLastOne(int last, int volume, long time)
        {
            var trades = new BtccTickTrades();

            var derived = Derive(trades, Tick(100m, 1m, 10), Tick(last, volume, time), Tick(100m, 1m, 12));

            Assert.That(derived, Is.Empty);
        }

        [Test]
        public void OneSnapshotPerSubscriptionLeavesDerivationOn()
        {
            var trades = new BtccTickTrades();
            trades.OnSnapshot(SecId);
            trades.MarkResync(new[] { SecId });
            trades.OnSnapshot(SecId);

            Assert.That(trades.IsStreamed(SecId), Is.False);
            Assert.That(Derive(trades, Tick(100m, 1m, 10), Tick(101m, 1m, 11)), Has.Length.EqualTo(1));
        }

        [Test]
        public void SecondSnapshotWithoutResubscriptionIsAStreamAndStopsDerivation()
        {
            var trades = new BtccTickTrades();
            trades.OnSnapshot(SecId);
            trades.OnSnapshot(SecId);

            Assert.That(trades.IsStreamed(SecId), Is.True);
            Assert.That(Derive(trades, Tick(100m, 1m, 10), Tick(101m, 1m, 11)), Is.Empty);
        }

        [Test]
        public void ForgottenSecIdStartsOverWithARestatement()
        {
            var trades = new BtccTickTrades();
            Derive(trades, Tick(100m, 1m, 10));
            trades.Forget(SecId);

            Assert.That(Derive(trades, Tick(101m, 1m, 11)), Is.Empty);
        }

        [Test]
        public void DerivedTradeAndTheSnapshotsCopyOfItAreDeliveredOnce()
        {
            var trades = new BtccTickTrades();
            var dedupe = new BtccTradeDeduplicator(TimeSpan.FromSeconds(60));
            Derive(trades, Tick(100m, 1m, 10));
            trades.TryDerive(Tick(101m, 2m, 11), out var derived);

            var delivered = new[] { derived, new BtccDealTick(SecId, 101m, 2m, 11), new BtccDealTick(SecId, 100.9m, 1m, 11) }.Count(t => dedupe.IsNew(t));

            Assert.That(delivered, Is.EqualTo(2));
        }
    }
}
