/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections;
using System.Collections.Concurrent;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The live session's <see cref="IDataAggregator"/>: the part of LEAN's engine (its AggregationManager) that
    /// receives the data queue handler's ticks. Ticks are kept raw (no consolidation into bars): each
    /// subscription gets its own queue, read through the enumerator <see cref="Add"/> returns, and the
    /// subscription's new-data handler is called on every tick, as LEAN's live data feed expects.
    /// </summary>
    internal sealed class SessionDataAggregator : IDataAggregator
    {
        /// <summary>Ticks a subscription may hold unread; beyond it the oldest are dropped (a stalled reader must not grow memory).</summary>
        internal const int MaxQueuedPerSubscription = 10_000;

        private readonly ConcurrentDictionary<SubscriptionDataConfig, Subscription> _subscriptions = new();

        /// <summary>Nothing to initialize: the session needs no algorithm settings.</summary>
        public void Initialize(DataAggregatorInitializeParameters parameters)
        {
        }

        /// <summary>Adds a subscription; its enumerator yields the subscription's ticks, null while none is waiting.</summary>
        public IEnumerator<BaseData> Add(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler)
        {
            ArgumentNullException.ThrowIfNull(dataConfig);
            var subscription = new Subscription(dataConfig, newDataAvailableHandler);
            _subscriptions[dataConfig] = subscription;
            return subscription;
        }

        /// <summary>Removes a subscription; its enumerator ends.</summary>
        public bool Remove(SubscriptionDataConfig dataConfig)
        {
            if (!_subscriptions.TryRemove(dataConfig, out var subscription))
            {
                return false;
            }
            subscription.Complete();
            return true;
        }

        /// <summary>Hands a tick to every subscription of its symbol and tick type.</summary>
        public void Update(BaseData input)
        {
            ArgumentNullException.ThrowIfNull(input);
            foreach (var subscription in _subscriptions.Values)
            {
                if (subscription.Accepts(input))
                {
                    subscription.Enqueue(input);
                }
            }
        }

        /// <summary>Ends every subscription.</summary>
        public void Dispose()
        {
            foreach (var config in _subscriptions.Keys.ToList())
            {
                Remove(config);
            }
        }

        /// <summary>One subscription's queue, read as LEAN reads data queue handler enumerators.</summary>
        private sealed class Subscription : IEnumerator<BaseData>
        {
            private readonly SubscriptionDataConfig _config;
            private readonly EventHandler? _newDataAvailable;
            private readonly ConcurrentQueue<BaseData> _queue = new();
            private volatile bool _completed;

            public Subscription(SubscriptionDataConfig config, EventHandler? newDataAvailable)
            {
                _config = config;
                _newDataAvailable = newDataAvailable;
            }

            public BaseData Current { get; private set; } = null!;

            object IEnumerator.Current => Current;

            public bool Accepts(BaseData data)
                => !_completed && data.Symbol == _config.Symbol && (data is not Tick tick || tick.TickType == _config.TickType);

            public void Enqueue(BaseData data)
            {
                _queue.Enqueue(data);
                while (_queue.Count > MaxQueuedPerSubscription && _queue.TryDequeue(out _))
                {
                }
                _newDataAvailable?.Invoke(this, EventArgs.Empty);
            }

            public void Complete() => _completed = true;

            /// <summary>True with the next tick, true with a null <see cref="Current"/> when none is waiting, false once removed.</summary>
            public bool MoveNext()
            {
                if (_queue.TryDequeue(out var next))
                {
                    Current = next;
                    return true;
                }
                Current = null!;
                return !_completed;
            }

            public void Reset() => throw new NotSupportedException("Live data cannot be replayed.");

            public void Dispose() => _completed = true;
        }
    }
}
