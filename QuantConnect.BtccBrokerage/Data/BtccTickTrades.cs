/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>
    /// Trades where BTCC sends no trade stream. Its PDF prints <c>dealticksnap</c> as a push of trades, but its live
    /// servers send it once per ReqSubcri, for the <c>deep</c> contract only: the last 20 trades, then nothing. Every
    /// <c>tickinfo</c> carries the last trade's price C and volume V, stamped T, so a change of C or V is a trade.
    /// <list type="bullet">
    /// <item>The first tickinfo of a SecID restates a trade made before the subscription: it is remembered, not delivered.</item>
    /// <item>A frame with the same C and V is the same trade restated (T moves with every frame), so two trades of
    /// equal price and size in a row count as one; trades printed between two frames collapse to the last.</item>
    /// <item>Where BTCC does stream dealticksnap (a second frame for a SecID with no resubscription between) its trades
    /// are complete, and derivation stops for that SecID. Until then both sources pass one
    /// <see cref="BtccTradeDeduplicator"/>, so the snapshot's copy of a derived trade is dropped.</item>
    /// </list>
    /// Not thread-safe: the caller serialises calls.
    /// </summary>
    public sealed class BtccTickTrades
    {
        private readonly Dictionary<long, LastTrade> _bySecId = new();

        /// <summary>The trade a <c>tickinfo</c> item shows, when it is a new one.</summary>
        public bool TryDerive(in BtccTickInfo tick, out BtccDealTick trade)
        {
            trade = default;
            if (tick.Last <= 0 || tick.Volume <= 0 || tick.Time <= 0)
            {
                return false; // no last trade in this frame (null or empty C/V/T)
            }
            _bySecId.TryGetValue(tick.SecId, out var last);
            _bySecId[tick.SecId] = last with { Price = tick.Last, Volume = tick.Volume, Seen = true };
            if (!last.Seen || last.Streamed || (last.Price == tick.Last && last.Volume == tick.Volume))
            {
                return false;
            }
            trade = new BtccDealTick(tick.SecId, tick.Last, tick.Volume, tick.Time);
            return true;
        }

        /// <summary>Notes a <c>dealticksnap</c> frame of <paramref name="secId"/> on the socket that subscribed it.</summary>
        public void OnSnapshot(long secId)
        {
            _bySecId.TryGetValue(secId, out var last);
            var snapshots = last.SnapshotsSinceSubscribe + 1;
            _bySecId[secId] = last with { SnapshotsSinceSubscribe = snapshots, Streamed = last.Streamed || snapshots >= 2 };
        }

        /// <summary>Whether BTCC streams <paramref name="secId"/>'s dealticksnap (derivation is then off for it).</summary>
        public bool IsStreamed(long secId) => _bySecId.TryGetValue(secId, out var last) && last.Streamed;

        /// <summary>A ReqSubcri was sent (or the socket logged in again): the next snapshot is a one-shot's.</summary>
        public void MarkResync(IEnumerable<long> secIds)
        {
            foreach (var secId in secIds)
            {
                if (_bySecId.TryGetValue(secId, out var last))
                {
                    _bySecId[secId] = last with { SnapshotsSinceSubscribe = 0 };
                }
            }
        }

        /// <summary>Forgets a SecID (after it was unsubscribed).</summary>
        public void Forget(long secId) => _bySecId.Remove(secId);

        private readonly record struct LastTrade(decimal Price, decimal Volume, bool Seen, int SnapshotsSinceSubscribe, bool Streamed);
    }
}
