/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    // Market is process-wide state: each test uses its own names and ids in 990-999, which nothing else claims.
    [TestFixture]
    public class MarketTests
    {
        [Test]
        public void AddingAMarketMakesItEncodeAndDecode()
        {
            Market.Add("surface-added", 990);

            Assert.That(Market.Encode("surface-added"), Is.EqualTo(990));
            Assert.That(Market.Encode("SURFACE-ADDED"), Is.EqualTo(990));
            Assert.That(Market.Decode(990), Is.EqualTo("surface-added"));
        }

        [Test]
        public void GuardingAddWithEncodeMakesRegistrationIdempotent()
        {
            for (var i = 0; i < 3; i++)
            {
                if (Market.Encode("surface-guarded") == null)
                {
                    Market.Add("surface-guarded", 991);
                }
            }

            Assert.That(Market.Encode("surface-guarded"), Is.EqualTo(991));
        }

        [Test]
        public void AddingTheSameMarketAndIdTwiceThrows()
        {
            Market.Add("surface-twice", 992);

            Assert.That(() => Market.Add("surface-twice", 992), Throws.ArgumentException);
        }

        [Test]
        public void AddingAnotherMarketWithATakenIdThrows()
        {
            Market.Add("surface-first-owner", 993);

            Assert.That(() => Market.Add("surface-second-owner", 993), Throws.ArgumentException);
            Assert.That(Market.Encode("surface-second-owner"), Is.Null);
        }

        [Test]
        public void AddingAKnownMarketWithAnotherIdThrows()
        {
            Market.Add("surface-moved", 994);

            Assert.That(() => Market.Add("surface-moved", 995), Throws.ArgumentException);
            Assert.That(Market.Encode("surface-moved"), Is.EqualTo(994));
        }

        [Test]
        public void AddingAnIdOfAThousandOrMoreThrows()
        {
            Assert.That(() => Market.Add("surface-too-big", 1000), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(Market.Encode("surface-too-big"), Is.Null);
        }

        [Test]
        public void LeanMarketsKeepTheirCodes()
        {
            Assert.That(Market.Encode(Market.Binance), Is.EqualTo(16));
            Assert.That(Market.Encode(Market.Bybit), Is.EqualTo(37));
            Assert.That(Market.Decode(43), Is.EqualTo("krx"));
        }
    }
}
