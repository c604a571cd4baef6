/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    /// <summary>
    /// The expiry LEAN's own time-in-force rules give a crypto future (DayTimeInForce: the exchange's date passed the
    /// order's; GoodTilDateTimeInForce: it passed the expiry date), which the brokerage applies because LEAN's live
    /// transaction handler does not.
    /// </summary>
    [TestFixture]
    public class BtccTimeInForceTests
    {
        private static Order WithTimeInForce(Order order, TimeInForce timeInForce)
        {
            order.Properties.TimeInForce = timeInForce;
            return order;
        }

        private static LimitOrder LimitAt(DateTime time, TimeInForce timeInForce)
            => (LimitOrder)WithTimeInForce(new LimitOrder(Btc, 1m, 60000m, time), timeInForce);

        [Test]
        public void GoodTilCanceledNeverExpires()
            => Assert.That(BtccTimeInForce.ExpiresAtUtc(LimitAt(Time, TimeInForce.GoodTilCanceled)), Is.Null);

        [TestCase("2025-01-02T00:00:00", "2025-01-03T00:00:00")]
        [TestCase("2025-01-02T23:59:59", "2025-01-03T00:00:00")]
        public void ADayOrderExpiresAtTheUtcMidnightAfterItWasPlaced(string placed, string expires)
        {
            var order = LimitAt(DateTime.SpecifyKind(DateTime.Parse(placed), DateTimeKind.Utc), TimeInForce.Day);

            Assert.That(BtccTimeInForce.ExpiresAtUtc(order), Is.EqualTo(DateTime.SpecifyKind(DateTime.Parse(expires), DateTimeKind.Utc)));
        }

        [Test]
        public void AGoodTilDateOrderWorksThroughItsExpiryDate()
        {
            var order = LimitAt(Time, TimeInForce.GoodTilDate(new DateTime(2025, 1, 5, 9, 30, 0)));

            Assert.That(BtccTimeInForce.ExpiresAtUtc(order), Is.EqualTo(new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc)));
            Assert.That(BtccTimeInForce.IsExpired(order, new DateTime(2025, 1, 5, 23, 59, 59, DateTimeKind.Utc)), Is.False);
            Assert.That(BtccTimeInForce.IsExpired(order, new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc)), Is.True);
        }

        [Test]
        public void ADayOrderFollowsTheExchangesDateNotUtcs()
        {
            // 03:00 UTC is still the 1st in New York: the order expires at New York's midnight, 05:00 UTC on the 2nd
            var order = LimitAt(new DateTime(2025, 1, 2, 3, 0, 0, DateTimeKind.Utc), TimeInForce.Day);

            Assert.That(BtccTimeInForce.ExpiresAtUtc(order, TimeZones.NewYork), Is.EqualTo(new DateTime(2025, 1, 2, 5, 0, 0, DateTimeKind.Utc)));
        }

        [Test]
        public void AMarketOrderHasNoExpiry()
            => Assert.That(BtccTimeInForce.ExpiresAtUtc(WithTimeInForce(Market(1m), TimeInForce.Day)), Is.Null);

        [Test]
        public void EveryTimeInForceLeanShipsIsSupported()
        {
            Assert.That(BtccTimeInForce.IsSupported(TimeInForce.GoodTilCanceled), Is.True);
            Assert.That(BtccTimeInForce.IsSupported(TimeInForce.Day), Is.True);
            Assert.That(BtccTimeInForce.IsSupported(TimeInForce.GoodTilDate(Time)), Is.True);
        }
    }
}
