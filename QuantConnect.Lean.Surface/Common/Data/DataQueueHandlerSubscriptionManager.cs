/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;

namespace QuantConnect.Data
{
    /// <summary>
    /// Counts subscribers per channel so the data source subscribes a symbol once, on its first
    /// subscriber, and unsubscribes it on its last (stand-in for QuantConnect.Data.DataQueueHandlerSubscriptionManager).
    /// </summary>
    public abstract class DataQueueHandlerSubscriptionManager : IDisposable
    {
        /// <summary>Subscribers per channel.</summary>
        protected ConcurrentDictionary<Channel, int> SubscribersByChannel { get; init; } = new ConcurrentDictionary<Channel, int>();

        /// <summary>Adds a subscriber; the first one of a channel subscribes at the source.</summary>
        public virtual void Subscribe(SubscriptionDataConfig dataConfig)
        {
            var channel = ChannelOf(dataConfig.Symbol, dataConfig.TickType);
            lock (SubscribersByChannel)
            {
                if (SubscribersByChannel.TryGetValue(channel, out var count))
                {
                    SubscribersByChannel[channel] = count + 1;
                    return;
                }
                if (Subscribe(new[] { dataConfig.Symbol }, dataConfig.TickType))
                {
                    SubscribersByChannel[channel] = 1;
                }
            }
        }

        /// <summary>Removes a subscriber; the last one of a channel unsubscribes at the source.</summary>
        public void Unsubscribe(SubscriptionDataConfig dataConfig)
        {
            var channel = ChannelOf(dataConfig.Symbol, dataConfig.TickType);
            lock (SubscribersByChannel)
            {
                if (!SubscribersByChannel.TryGetValue(channel, out var count))
                {
                    return;
                }
                if (count > 1)
                {
                    SubscribersByChannel[channel] = count - 1;
                    return;
                }
                if (Unsubscribe(new[] { dataConfig.Symbol }, dataConfig.TickType))
                {
                    SubscribersByChannel.TryRemove(channel, out _);
                }
            }
        }

        /// <summary>Every subscribed symbol.</summary>
        public IEnumerable<Symbol> GetSubscribedSymbols()
            => SubscribersByChannel.Keys.Select(channel => channel.Symbol).Distinct();

        /// <summary>The symbols subscribed for a tick type's channel.</summary>
        public IEnumerable<Symbol> GetSubscribedSymbols(TickType tickType)
        {
            var channelName = ChannelNameFromTickType(tickType);
            return SubscribersByChannel.Keys.Where(channel => channel.Name == channelName).Select(channel => channel.Symbol).Distinct();
        }

        /// <summary>Whether a symbol is subscribed for a tick type's channel.</summary>
        public bool IsSubscribed(Symbol symbol, TickType tickType) => SubscribersByChannel.ContainsKey(ChannelOf(symbol, tickType));

        /// <summary>Forgets every subscriber.</summary>
        public virtual void Dispose()
        {
            SubscribersByChannel.Clear();
        }

        /// <summary>Subscribes symbols at the source; true on success.</summary>
        protected abstract bool Subscribe(IEnumerable<Symbol> symbols, TickType tickType);

        /// <summary>Unsubscribes symbols at the source; true on success.</summary>
        protected abstract bool Unsubscribe(IEnumerable<Symbol> symbols, TickType tickType);

        /// <summary>The channel name of a tick type.</summary>
        protected abstract string ChannelNameFromTickType(TickType tickType);

        private Channel ChannelOf(Symbol symbol, TickType tickType) => new(ChannelNameFromTickType(tickType), symbol);
    }
}
