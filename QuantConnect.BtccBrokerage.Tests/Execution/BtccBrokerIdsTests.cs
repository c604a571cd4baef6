/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccBrokerIdsTests
    {
        [Test]
        public void PositionAndPendingIdsRoundTripWithoutColliding()
        {
            Assert.That(BtccBrokerIds.TryParsePosition(BtccBrokerIds.ForPosition(42), out var position), Is.True);
            Assert.That(position, Is.EqualTo(42));
            Assert.That(BtccBrokerIds.TryParsePendingOrder(BtccBrokerIds.ForPosition(42), out _), Is.False);
            Assert.That(BtccBrokerIds.TryParsePosition(BtccBrokerIds.ForPendingOrder(42), out _), Is.False);
        }

        [Test]
        public void RefIdsDifferPerStepOrderAndSession()
        {
            var ids = new[]
            {
                BtccBrokerIds.RefId(1_700_000_000, 1, 0), BtccBrokerIds.RefId(1_700_000_000, 1, 1),
                BtccBrokerIds.RefId(1_700_000_000, 2, 0), BtccBrokerIds.RefId(1_700_000_001, 1, 0)
            };
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.All.GreaterThan(0));
        }
    }
}
