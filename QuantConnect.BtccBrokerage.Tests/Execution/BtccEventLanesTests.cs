/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccEventLanesTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        [Test]
        public void OneLaneDeliversInTheOrderEventsWerePosted()
        {
            var lanes = new BtccEventLanes();
            var delivered = new ConcurrentQueue<int>();
            using var done = new CountdownEvent(100);
            for (var i = 0; i < 100; i++)
            {
                var n = i;
                lanes.Post(7, () =>
                {
                    delivered.Enqueue(n);
                    done.Signal();
                });
            }

            Assert.That(done.Wait(Timeout), Is.True);
            Assert.That(delivered, Is.EqualTo(Enumerable.Range(0, 100)));
        }

        [Test]
        public void ALaneWaitingInAHandlerDoesNotHoldAnotherLaneBack()
        {
            var lanes = new BtccEventLanes();
            using var other = new ManualResetEventSlim();
            bool? otherArrived = null;
            using var returned = new ManualResetEventSlim();
            lanes.Post(1, () =>
            {
                // a handler that waits for another order's event, as a synchronous market order waits for its fill
                lanes.Post(2, other.Set);
                otherArrived = other.Wait(Timeout);
                returned.Set();
            });

            Assert.That(returned.Wait(Timeout), Is.True);
            Assert.That(otherArrived, Is.True);
        }

        [Test]
        public void EventsPostedFromAHandlerOfItsOwnLaneComeAfterIt()
        {
            var lanes = new BtccEventLanes();
            var delivered = new ConcurrentQueue<string>();
            using var done = new ManualResetEventSlim();
            lanes.Post(1, () =>
            {
                lanes.Post(1, () =>
                {
                    delivered.Enqueue("second");
                    done.Set();
                });
                delivered.Enqueue("first");
            });

            Assert.That(done.Wait(Timeout), Is.True);
            Assert.That(delivered, Is.EqualTo(new[] { "first", "second" }));
        }

        [Test]
        public void AFailingHandlerDoesNotStopItsLane()
        {
            var lanes = new BtccEventLanes();
            using var done = new ManualResetEventSlim();
            lanes.Post(1, () => throw new InvalidOperationException("handler bug"));
            lanes.Post(1, done.Set);

            Assert.That(done.Wait(Timeout), Is.True);
        }
    }
}
