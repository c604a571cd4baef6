using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccOrderDirectionTests
    {
        [TestCase(OrderDirection.Buy, 1)]
        [TestCase(OrderDirection.Sell, 2)]
        public void LeanDirectionMapsToBtccCode(OrderDirection direction, int code)
        {
            Assert.That((int)BtccOrderDirection.FromLean(direction), Is.EqualTo(code));
        }

        [TestCase(1, OrderDirection.Buy)]
        [TestCase(2, OrderDirection.Sell)]
        public void BtccCodeMapsToLeanDirection(int code, OrderDirection direction)
        {
            Assert.That(BtccOrderDirection.ToLean((BtccDirection)code), Is.EqualTo(direction));
        }

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
        public void HoldHasNoBtccCode()
        {
            Assert.That(() => BtccOrderDirection.FromLean(OrderDirection.Hold), Throws.TypeOf<ArgumentOutOfRangeException>());
        }

        [Test]
        public void ZeroQuantityHasNoBtccCode()
        {
            Assert.That(() => BtccOrderDirection.FromQuantity(0m), Throws.TypeOf<ArgumentOutOfRangeException>());
        }

        [TestCase(0)]
        [TestCase(3)]
        public void UnknownCodeHasNoLeanDirection(int code)
        {
            Assert.That(() => BtccOrderDirection.ToLean((BtccDirection)code), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => BtccOrderDirection.Opposite((BtccDirection)code), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
