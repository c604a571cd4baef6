/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using NUnit.Framework;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class SubscriptionManagerTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);
        private static readonly Symbol Eth = Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, Market.Binance);

        private readonly List<(string Call, Symbol[] Symbols, TickType TickType)> _calls = new();

        [SetUp]
        public void SetUp() => _calls.Clear();

        [Test]
        public void OnlyTheFirstSubscriberOfASymbolSubscribesAtTheSource()
        {
            using var manager = CreateManager();

            manager.Subscribe(Config(Btc, TickType.Trade));
            manager.Subscribe(Config(Btc, TickType.Trade));

            Assert.That(_calls, Has.Count.EqualTo(1));
            Assert.That(_calls[0].Call, Is.EqualTo("subscribe"));
            Assert.That(_calls[0].Symbols, Is.EqualTo(new[] { Btc }));
            Assert.That(manager.IsSubscribed(Btc, TickType.Trade), Is.True);
        }

        [Test]
        public void OnlyTheLastUnsubscriberUnsubscribesAtTheSource()
        {
            using var manager = CreateManager();
            manager.Subscribe(Config(Btc, TickType.Trade));
            manager.Subscribe(Config(Btc, TickType.Trade));

            manager.Unsubscribe(Config(Btc, TickType.Trade));
            Assert.That(_calls.Count(call => call.Call == "unsubscribe"), Is.EqualTo(0));
            Assert.That(manager.IsSubscribed(Btc, TickType.Trade), Is.True);

            manager.Unsubscribe(Config(Btc, TickType.Trade));
            Assert.That(_calls.Count(call => call.Call == "unsubscribe"), Is.EqualTo(1));
            Assert.That(manager.IsSubscribed(Btc, TickType.Trade), Is.False);
            Assert.That(manager.GetSubscribedSymbols(), Is.Empty);
        }

        [Test]
        public void WithOneChannelTradeAndQuoteShareASubscription()
        {
            using var manager = CreateManager();

            manager.Subscribe(Config(Btc, TickType.Trade));
            manager.Subscribe(Config(Btc, TickType.Quote));
            manager.Unsubscribe(Config(Btc, TickType.Trade));

            Assert.That(_calls.Select(call => call.Call), Is.EqualTo(new[] { "subscribe" }));
            Assert.That(manager.IsSubscribed(Btc, TickType.Quote), Is.True);
        }

        [Test]
        public void WithAChannelPerTickTypeEachTickTypeSubscribesSeparately()
        {
            using var manager = CreateManager(tickType => tickType.ToString());

            manager.Subscribe(Config(Btc, TickType.Trade));
            manager.Subscribe(Config(Btc, TickType.Quote));

            Assert.That(_calls.Select(call => call.TickType), Is.EqualTo(new[] { TickType.Trade, TickType.Quote }));
            Assert.That(manager.GetSubscribedSymbols(TickType.Quote), Is.EqualTo(new[] { Btc }));
            Assert.That(manager.GetSubscribedSymbols(), Is.EqualTo(new[] { Btc }));
        }

        [Test]
        public void AFailedSourceSubscriptionIsNotCounted()
        {
            using var manager = CreateManager();
            manager.SubscribeImpl = (symbols, tickType) => false;

            manager.Subscribe(Config(Eth, TickType.Trade));

            Assert.That(manager.IsSubscribed(Eth, TickType.Trade), Is.False);
        }

        [Test]
        public void UnsubscribingAnUnknownSymbolDoesNothing()
        {
            using var manager = CreateManager();

            manager.Unsubscribe(Config(Eth, TickType.Trade));

            Assert.That(_calls, Is.Empty);
        }

        private EventBasedDataQueueHandlerSubscriptionManager CreateManager(Func<TickType, string>? channelName = null)
        {
            var manager = channelName == null
                ? new EventBasedDataQueueHandlerSubscriptionManager()
                : new EventBasedDataQueueHandlerSubscriptionManager(channelName);
            manager.SubscribeImpl = (symbols, tickType) =>
            {
                _calls.Add(("subscribe", symbols.ToArray(), tickType));
                return true;
            };
            manager.UnsubscribeImpl = (symbols, tickType) =>
            {
                _calls.Add(("unsubscribe", symbols.ToArray(), tickType));
                return true;
            };
            return manager;
        }

        private static SubscriptionDataConfig Config(Symbol symbol, TickType tickType)
            => new(typeof(Tick), symbol, Resolution.Tick, DateTimeZone.Utc, DateTimeZone.Utc, false, false, false, false, tickType);
    }
}
