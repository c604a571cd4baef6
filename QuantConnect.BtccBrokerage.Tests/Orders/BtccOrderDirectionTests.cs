/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccOrderDirectionTests
    {
        [TestCase(0.01, 1)]
        [TestCase(-3, 2)]
        public void QuantitySignGivesTheDirection(decimal quantity, int code)
        {
            Assert.That((int)BtccOrderDirection.FromQuantity(quantity), Is.EqualTo(code));
        }

        [TestCase(1, 2)]
        [TestCase(2, 1)]
        public void OppositeSwapsSides(int code, int opposite)
        {
            Assert.That(BtccOrderDirection.Opposite((BtccDirection)code), Is.EqualTo((BtccDirection)opposite));
        }

        [TestCase(1, 1)]
        [TestCase(2, -1)]
        public void SignIsPositiveForLong(int code, int sign)
        {
            Assert.That(BtccOrderDirection.Sign((BtccDirection)code), Is.EqualTo(sign));
        }

        [Test]
        public void ZeroQuantityHasNoBtccCode()
        {
            Assert.That(() => BtccOrderDirection.FromQuantity(0m), Throws.TypeOf<ArgumentOutOfRangeException>());
        }

        [TestCase(0)]
        [TestCase(3)]
        public void UnknownCodeHasNoOppositeOrSign(int code)
        {
            Assert.That(() => BtccOrderDirection.Opposite((BtccDirection)code), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => BtccOrderDirection.Sign((BtccDirection)code), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
