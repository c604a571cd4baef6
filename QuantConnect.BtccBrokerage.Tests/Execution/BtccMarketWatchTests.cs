/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccMarketWatchTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());
        private static readonly Symbol Eth = Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private static BtccOrderTrigger Trigger(BtccDirection direction, BtccPendingOrderType type, decimal price, int leg = 1, decimal executed = 0m, Symbol? symbol = null)
            => new(leg, symbol ?? Btc, direction, type, price, executed);

        // bid, ask around a price of 100
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 99.9, 100.0, true, TestName = "A buy limit is reached when the ask is at its limit")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100.0, 100.1, false, TestName = "A buy limit is not reached while the ask is above it")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.LimitOpen, 100.0, 100.1, true, TestName = "A sell limit is reached when the bid is at its limit")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.LimitOpen, 99.9, 100.0, false, TestName = "A sell limit is not reached while the bid is below it")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.StopOpen, 99.9, 100.0, true, TestName = "A buy stop is reached when the ask rises to it")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.StopOpen, 99.8, 99.9, false, TestName = "A buy stop is not reached while the ask is below it")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.StopOpen, 100.0, 100.1, true, TestName = "A sell stop is reached when the bid falls to it")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.StopOpen, 100.1, 100.2, false, TestName = "A sell stop is not reached while the bid is above it")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.LimitClose, 100.0, 100.1, true, TestName = "A limit closing a long ticket is reached when the bid is at its limit")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.LimitClose, 99.9, 100.0, false, TestName = "A limit closing a long ticket is not reached while the bid is below it")]
        [TestCase(BtccDirection.Sell, BtccPendingOrderType.MarketStopLoss, 100.0, 100.1, true, TestName = "A stop-loss closing a long ticket is reached when the bid falls to it")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.MarketStopLoss, 99.8, 99.9, false, TestName = "A stop-loss closing a short ticket is not reached while the ask is below it")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.MarketTakeProfit, 99.9, 100.0, true, TestName = "A take-profit closing a short ticket is reached when the ask is at its price")]
        [TestCase(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 99.0, 0.0, false, TestName = "A quote without the side the order trades against reaches nothing")]
        public void AQuoteReachesAnOrderWhenTheSideItTradesAgainstIsAtOrThroughItsPrice(BtccDirection direction, BtccPendingOrderType type, decimal bid, decimal ask, bool reached)
            => Assert.That(BtccMarketWatch.Reaches(Trigger(direction, type, 100m), bid, ask), Is.EqualTo(reached));

        [Test]
        public void EachReachFiresOnceUntilTheMarketLeavesTheOrder()
        {
            var watch = new BtccMarketWatch();
            watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100m) });

            Assert.That(watch.OnQuote(Btc, 100.5m, 100.6m), Is.False, "not reached");
            Assert.That(watch.OnQuote(Btc, 99.9m, 100m), Is.True, "reached");
            Assert.That(watch.OnQuote(Btc, 99.8m, 99.9m), Is.False, "still there: the poller was told already");
            Assert.That(watch.OnQuote(Btc, 100.5m, 100.6m), Is.False, "left");
            Assert.That(watch.OnQuote(Btc, 99.9m, 100m), Is.True, "reached again");
        }

        [Test]
        public void AnExecutionBtccShowedReArmsTheOrder()
        {
            var watch = new BtccMarketWatch();
            watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100m) });
            Assert.That(watch.OnQuote(Btc, 99.9m, 100m), Is.True);

            Assert.That(watch.OnQuote(Btc, 99.8m, 99.9m), Is.False, "still reached: told once");

            Assert.That(watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100m, executed: 0.5m) }), Is.False,
                "the quote that made the execution is not news");
            Assert.That(watch.OnQuote(Btc, 99.7m, 99.8m), Is.True, "the next quote at it may bring the next execution");
        }

        [Test]
        public void AnOrderTheLastQuoteAlreadyReachesIsReportedWhenWatched()
        {
            var watch = new BtccMarketWatch();
            watch.OnQuote(Btc, 99.9m, 100m);

            Assert.That(watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 101m) }), Is.True, "placed through the market");
            Assert.That(watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 101m) }), Is.False, "unchanged: told once");
            Assert.That(watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 102m) }), Is.True, "its price was updated");
        }

        [Test]
        public void TheLegsOfOneOrderAreWatchedEachAtItsOwnPrice()
        {
            var watch = new BtccMarketWatch();
            watch.Watch(new[]
            {
                Trigger(BtccDirection.Sell, BtccPendingOrderType.LimitClose, 100m, leg: 1),
                Trigger(BtccDirection.Sell, BtccPendingOrderType.LimitOpen, 101m, leg: 2)
            });

            Assert.That(watch.OnQuote(Btc, 100m, 100.1m), Is.True, "the closing leg is reached");
            Assert.That(watch.OnQuote(Btc, 100.5m, 100.6m), Is.False, "the closing leg was told already, the opening one is not reached");
            Assert.That(watch.OnQuote(Btc, 101m, 101.1m), Is.True, "the opening leg is reached");
        }

        [Test]
        public void QuotesOfAnotherSymbolReachNothing()
        {
            var watch = new BtccMarketWatch();
            watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100m, symbol: Eth) });
            Assert.That(watch.OnQuote(Btc, 50m, 51m), Is.False);
        }

        [Test]
        public void AnOrderNoLongerWatchedIsNotReached()
        {
            var watch = new BtccMarketWatch();
            watch.Watch(new[] { Trigger(BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 100m) });
            watch.Watch(Array.Empty<BtccOrderTrigger>());
            Assert.That(watch.OnQuote(Btc, 99m, 99.5m), Is.False);
            Assert.That(watch.IsEmpty, Is.True);
        }
    }
}
