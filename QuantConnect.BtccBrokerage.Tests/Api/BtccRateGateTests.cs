/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    public class BtccRateGateTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

        [Test]
        public async Task BurstPassesThenRequestsWaitForTheBucketToRefill()
        {
            // one token every two seconds: the third request cannot pass before the bucket's first refill
            using var gate = new BtccRateGate(0.5, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

            await gate.WaitAsync();
            await gate.WaitAsync();
            var third = gate.WaitAsync();

            Assert.That(third.IsCompleted, Is.False);
            Assert.That(gate.RequestsSent, Is.EqualTo(2));
            await third.WaitAsync(Wait);
            Assert.That(gate.RequestsSent, Is.EqualTo(3));
        }

        [Test]
        public async Task AfterABurstTheNextRequestWaitsForAWholeRequestOfRefill()
        {
            // 2 a second, bursts of 2: the bucket's timer next refills 0.2 s after the burst, the budget only 0.5 s after it
            using var gate = new BtccRateGate(2, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
            await Task.Delay(300);
            await gate.WaitAsync();
            await gate.WaitAsync();
            var burstEnd = DateTime.UtcNow;

            await gate.WaitAsync().WaitAsync(Wait);

            Assert.That(DateTime.UtcNow - burstEnd, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(495)));
        }

        [Test]
        public async Task ThrottleHoldsEveryRequestUntilThePauseEnds()
        {
            var clock = new ManualTimeProvider();
            using var gate = new BtccRateGate(100, 10, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), clock);

            var pause = gate.ReportThrottled();
            var held = gate.WaitAsync();

            Assert.That(pause, Is.EqualTo(TimeSpan.FromMilliseconds(20)));
            Assert.That(gate.PausedUntil, Is.EqualTo(clock.GetUtcNow() + pause));
            Assert.That(held.IsCompleted, Is.False);
            clock.Advance(pause);
            await held.WaitAsync(Wait);
            Assert.That(gate.RequestsSent, Is.EqualTo(1));
            Assert.That(gate.ThrottledCount, Is.EqualTo(1));
        }

        [Test]
        public void RepeatedThrottlesDoubleThePauseUpToTheMaximum()
        {
            using var gate = new BtccRateGate(5, 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), new ManualTimeProvider());

            var pauses = Enumerable.Range(0, 5).Select(_ => gate.ReportThrottled()).ToArray();

            Assert.That(pauses, Is.EqualTo(new[] { 1, 2, 4, 5, 5 }.Select(s => TimeSpan.FromSeconds(s))));
            Assert.That(gate.ThrottledCount, Is.EqualTo(5));
        }

        [Test]
        public void SuccessResetsThePause()
        {
            using var gate = new BtccRateGate(5, 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new ManualTimeProvider());
            gate.ReportThrottled();
            gate.ReportThrottled();

            gate.ReportSuccess();

            Assert.That(gate.NextBackoff, Is.EqualTo(TimeSpan.FromSeconds(1)));
        }
    }
}
