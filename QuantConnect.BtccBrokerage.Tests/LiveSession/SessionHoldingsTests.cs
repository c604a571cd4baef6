/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    [TestFixture]
    public class SessionHoldingsTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        [Test]
        public void AddingToAPositionAveragesTheEntryPrice()
        {
            var holdings = new SessionHoldings();
            holdings.ApplyFill(Btc, 1m, 100m);

            var (before, after) = holdings.ApplyFill(Btc, 3m, 200m);

            Assert.That(before, Is.EqualTo(new SessionHoldings.Position(1m, 100m)));
            Assert.That(after, Is.EqualTo(new SessionHoldings.Position(4m, 175m)));
        }

        [Test]
        public void ReducingAPositionKeepsItsEntryPrice()
        {
            var holdings = new SessionHoldings();
            holdings.ApplyFill(Btc, -2m, 100m);

            var (_, after) = holdings.ApplyFill(Btc, 1m, 90m);

            Assert.That(after, Is.EqualTo(new SessionHoldings.Position(-1m, 100m)));
        }

        [Test]
        public void CrossingThroughZeroStartsANewPositionAtTheFillPrice()
        {
            var holdings = new SessionHoldings();
            holdings.Set(Btc, 1m, 100m);

            var (_, after) = holdings.ApplyFill(Btc, -3m, 120m);

            Assert.That(after, Is.EqualTo(new SessionHoldings.Position(-2m, 120m)));
        }

        [Test]
        public void ClosingLeavesAZeroHoldingWithoutPrice()
        {
            var holdings = new SessionHoldings();
            holdings.Set(Btc, 1m, 100m);

            holdings.ApplyFill(Btc, -1m, 120m);

            Assert.That(holdings.Get(Btc), Is.EqualTo(new SessionHoldings.Position(0m, 0m)));
            Assert.That(holdings.All().Select(h => h.Symbol), Is.EqualTo(new[] { Btc }));
        }
    }
}
