/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Drops repeated quotes: a quote equal to the previous one of its SecID (prices, sizes and exchange second) is
    /// a duplicate. Right after a reconnect BTCC restates the book, so the first quote of each resynchronised
    /// SecID is also dropped when only its timestamp changed. Not thread-safe: the caller serialises calls.
    /// </summary>
    public sealed class BtccQuoteDeduplicator
    {
        private readonly Dictionary<long, LastQuote> _last = new();

        /// <summary>True when the quote differs from the last one delivered for <paramref name="secId"/> (and remembers it).</summary>
        public bool IsNew(long secId, decimal bid, decimal bidSize, decimal ask, decimal askSize, long time)
        {
            var quote = new LastQuote(bid, bidSize, ask, askSize, time, false);
            if (_last.TryGetValue(secId, out var last))
            {
                var samePrices = last.Bid == bid && last.Ask == ask && last.BidSize == bidSize && last.AskSize == askSize;
                if (samePrices && (last.Time == time || last.Resync))
                {
                    _last[secId] = last with { Resync = false };
                    return false;
                }
            }
            _last[secId] = quote;
            return true;
        }

        /// <summary>Marks SecIDs as restated by a reconnect: their next quote is dropped if only its time changed.</summary>
        public void MarkResync(IEnumerable<long> secIds)
        {
            foreach (var secId in secIds)
            {
                if (_last.TryGetValue(secId, out var last))
                {
                    _last[secId] = last with { Resync = true };
                }
            }
        }

        /// <summary>Forgets a SecID (after it was unsubscribed).</summary>
        public void Forget(long secId) => _last.Remove(secId);

        private readonly record struct LastQuote(decimal Bid, decimal BidSize, decimal Ask, decimal AskSize, long Time, bool Resync);
    }
}
