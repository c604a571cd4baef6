/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Drops trades already seen. BTCC's <c>dealticksnap</c> is a snapshot of recent trades (ItemCount 20) and a
    /// reconnect or resubscription may send trades again, yet trades carry no id: a trade is identified by
    /// (SecID, T, P, V). Per SecID, keys of the last <see cref="Window"/> (by exchange time, relative to the newest
    /// trade seen) are remembered; trades older than that are stale and dropped.
    /// Trade-off, by design: two genuine trades with equal price and volume in the same second count as one.
    /// Not thread-safe: the caller serialises calls.
    /// </summary>
    public sealed class BtccTradeDeduplicator
    {
        private readonly Dictionary<long, SymbolTrades> _bySecId = new();

        /// <summary>Creates a deduplicator remembering trades for <paramref name="window"/> of exchange time.</summary>
        public BtccTradeDeduplicator(TimeSpan window)
        {
            if (window < TimeSpan.FromSeconds(1)) throw new ArgumentOutOfRangeException(nameof(window), window, "the window must be at least one second (BTCC stamps trades in seconds)");
            Window = window;
        }

        /// <summary>How long a trade key is remembered, in exchange time.</summary>
        public TimeSpan Window { get; }

        /// <summary>True when <paramref name="deal"/> was not seen before (and remembers it).</summary>
        public bool IsNew(in BtccDealTick deal)
        {
            if (!_bySecId.TryGetValue(deal.SecId, out var trades))
            {
                trades = new SymbolTrades();
                _bySecId[deal.SecId] = trades;
            }
            return trades.Add(deal, (long)Window.TotalSeconds);
        }

        /// <summary>Forgets a SecID's trades (after it was unsubscribed).</summary>
        public void Forget(long secId) => _bySecId.Remove(secId);

        private sealed class SymbolTrades
        {
            private readonly HashSet<(long Time, decimal Price, decimal Volume)> _seen = new();
            private readonly Queue<(long Time, decimal Price, decimal Volume)> _order = new();
            private long _newest = long.MinValue;

            public bool Add(in BtccDealTick deal, long windowSeconds)
            {
                if (_newest != long.MinValue && deal.Time < _newest - windowSeconds)
                {
                    return false; // older than anything remembered: already delivered or too old to matter
                }
                var key = (deal.Time, deal.Price, deal.Volume);
                if (!_seen.Add(key))
                {
                    return false;
                }
                _order.Enqueue(key);
                if (deal.Time > _newest)
                {
                    _newest = deal.Time;
                    while (_order.Count > 0 && _order.Peek().Time < _newest - windowSeconds)
                    {
                        _seen.Remove(_order.Dequeue());
                    }
                }
                return true;
            }
        }
    }
}
