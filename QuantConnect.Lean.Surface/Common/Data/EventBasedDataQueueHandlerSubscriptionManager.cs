/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Data
{
    /// <summary>
    /// A subscription manager that delegates the source calls to functions
    /// (stand-in for QuantConnect.Data.EventBasedDataQueueHandlerSubscriptionManager).
    /// </summary>
    public class EventBasedDataQueueHandlerSubscriptionManager : DataQueueHandlerSubscriptionManager
    {
        private readonly Func<TickType, string> _getChannelName;

        /// <summary>A manager with one channel for every tick type.</summary>
        public EventBasedDataQueueHandlerSubscriptionManager()
            : this(_ => Channel.Single)
        {
        }

        /// <summary>A manager naming channels by tick type.</summary>
        public EventBasedDataQueueHandlerSubscriptionManager(Func<TickType, string> getChannelName)
        {
            _getChannelName = getChannelName;
        }

        /// <summary>Subscribes symbols at the source.</summary>
        public Func<IEnumerable<Symbol>, TickType, bool> SubscribeImpl { get; set; }

        /// <summary>Unsubscribes symbols at the source.</summary>
        public Func<IEnumerable<Symbol>, TickType, bool> UnsubscribeImpl { get; set; }

        /// <summary>Calls <see cref="SubscribeImpl"/>.</summary>
        protected override bool Subscribe(IEnumerable<Symbol> symbols, TickType tickType) => SubscribeImpl?.Invoke(symbols, tickType) == true;

        /// <summary>Calls <see cref="UnsubscribeImpl"/>.</summary>
        protected override bool Unsubscribe(IEnumerable<Symbol> symbols, TickType tickType) => UnsubscribeImpl?.Invoke(symbols, tickType) == true;

        /// <summary>The channel name of a tick type.</summary>
        protected override string ChannelNameFromTickType(TickType tickType) => _getChannelName(tickType);
    }
}
