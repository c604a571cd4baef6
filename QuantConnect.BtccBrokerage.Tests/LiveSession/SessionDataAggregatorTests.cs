/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using NodaTime;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    [TestFixture]
    public class SessionDataAggregatorTests
    {
        private static readonly string MarketName = BtccMarket.Register();
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, MarketName);
        private static readonly Symbol Eth = Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, MarketName);

        private static SubscriptionDataConfig Quotes(Symbol symbol)
            => new(typeof(Tick), symbol, Resolution.Tick, DateTimeZone.Utc, DateTimeZone.Utc, false, true, false, tickType: TickType.Quote);

        private static Tick Quote(Symbol symbol, decimal bid) => new(DateTime.UtcNow, symbol, bid, bid + 1m);

        private static Tick Trade(Symbol symbol, decimal price) => new(DateTime.UtcNow, symbol, string.Empty, string.Empty, 1m, price);

        [Test]
        public void SubscriptionReceivesOnlyItsSymbolsQuotesInOrder()
        {
            using var aggregator = new SessionDataAggregator();
            var signals = 0;
            var data = aggregator.Add(Quotes(Btc), (_, _) => signals++);

            aggregator.Update(Quote(Btc, 100m));
            aggregator.Update(Quote(Eth, 5m));
            aggregator.Update(Trade(Btc, 101m));
            aggregator.Update(Quote(Btc, 102m));

            var received = new List<decimal>();
            while (data.MoveNext() && data.Current is Tick tick)
            {
                received.Add(tick.BidPrice);
            }
            Assert.That(received, Is.EqualTo(new[] { 100m, 102m }));
            Assert.That(signals, Is.EqualTo(2));
        }

        [Test]
        public void EnumeratorYieldsNullWhileNoDataWaitsAndEndsWhenRemoved()
        {
            using var aggregator = new SessionDataAggregator();
            var config = Quotes(Btc);
            var data = aggregator.Add(config, (_, _) => { });

            Assert.That(data.MoveNext(), Is.True);
            Assert.That(data.Current, Is.Null);

            Assert.That(aggregator.Remove(config), Is.True);
            aggregator.Update(Quote(Btc, 100m));
            Assert.That(data.MoveNext(), Is.False);
            Assert.That(aggregator.Remove(config), Is.False);
        }

        [Test]
        public void UnreadTicksAreCappedKeepingTheNewest()
        {
            using var aggregator = new SessionDataAggregator();
            var data = aggregator.Add(Quotes(Btc), (_, _) => { });

            for (var i = 0; i < SessionDataAggregator.MaxQueuedPerSubscription + 5; i++)
            {
                aggregator.Update(Quote(Btc, i));
            }

            Assert.That(data.MoveNext(), Is.True);
            Assert.That(((Tick)data.Current).BidPrice, Is.EqualTo(5m));
        }
    }
}
