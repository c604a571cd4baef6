/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>A data aggregator for tests: records subscriptions and every tick handed to it.</summary>
    public sealed class CollectingDataAggregator : IDataAggregator
    {
        private readonly ConcurrentQueue<Tick> _ticks = new();

        /// <summary>Subscriptions currently added.</summary>
        public ConcurrentDictionary<SubscriptionDataConfig, byte> Subscriptions { get; } = new();

        /// <summary>How many times Update ran concurrently with another Update (must stay 0).</summary>
        public int ConcurrentUpdates;

        private int _inUpdate;

        /// <summary>Every tick received, in order.</summary>
        public IReadOnlyList<Tick> Ticks => _ticks.ToArray();

        /// <summary>Ticks of one symbol and type.</summary>
        public List<Tick> TicksOf(Symbol symbol, TickType type) => _ticks.Where(t => t.Symbol == symbol && t.TickType == type).ToList();

        /// <summary>Forgets the ticks received so far.</summary>
        public void Clear() => _ticks.Clear();

        public void Initialize(DataAggregatorInitializeParameters parameters)
        {
        }

        public IEnumerator<BaseData> Add(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler)
        {
            Subscriptions[dataConfig] = 0;
            return Enumerable.Empty<BaseData>().GetEnumerator();
        }

        public bool Remove(SubscriptionDataConfig dataConfig) => Subscriptions.TryRemove(dataConfig, out _);

        public void Update(BaseData input)
        {
            if (Interlocked.Exchange(ref _inUpdate, 1) == 1)
            {
                Interlocked.Increment(ref ConcurrentUpdates);
            }
            _ticks.Enqueue((Tick)input);
            Interlocked.Exchange(ref _inUpdate, 0);
        }

        public void Dispose()
        {
        }
    }
}
