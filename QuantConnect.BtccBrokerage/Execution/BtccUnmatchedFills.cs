/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Fills that match no LEAN order wait <see cref="BtccBrokerageSettings.UnmatchedFillGrace"/> (their order may be
    /// reported late), then are recorded and reported as fills outside LEAN: Warnings with code <c>ExternalFill</c>
    /// or <c>Liquidation</c> (order_type 7). Held fills are offered to the diff again on every poll (<see cref="Held"/>).
    /// </summary>
    internal sealed class BtccUnmatchedFills
    {
        private readonly Dictionary<long, (BtccFill Fill, DateTime FirstSeenUtc)> _held = new();
        private readonly BtccReportedFillLedger _ledger;
        private readonly BtccTrackedOrders _tracked;
        private readonly BtccFillCatchUp _catchUp;
        private readonly IBtccFillSink _sink;
        private readonly TimeSpan _grace;
        private readonly Func<BtccFill, bool> _mayBeUnconfirmed;

        /// <summary>Creates the holding area.</summary>
        /// <param name="ledger">Records a fill once it is reported as outside LEAN.</param>
        /// <param name="tracked">The tracked orders (a fill their history names waits for them).</param>
        /// <param name="catchUp">Asked for a catch-up when such a fill has left dealTodayList.</param>
        /// <param name="sink">Receives the Warnings.</param>
        /// <param name="grace">How long a fill is held before it is reported.</param>
        /// <param name="mayBeUnconfirmed">Whether a request whose reply was lost may have made the fill: it waits for it.</param>
        public BtccUnmatchedFills(BtccReportedFillLedger ledger, BtccTrackedOrders tracked, BtccFillCatchUp catchUp, IBtccFillSink sink, TimeSpan grace,
            Func<BtccFill, bool> mayBeUnconfirmed)
        {
            _ledger = ledger;
            _tracked = tracked;
            _catchUp = catchUp;
            _sink = sink;
            _grace = grace;
            _mayBeUnconfirmed = mayBeUnconfirmed;
        }

        /// <summary>How many fills are held.</summary>
        public int Count => _held.Count;

        /// <summary>
        /// The fills held: offered to every poll's diff again, also once they left dealTodayList (a settlement) and while
        /// a poll did not read it.
        /// </summary>
        public IEnumerable<BtccFill> Held => _held.Values.Select(h => h.Fill);

        /// <summary>Whether a held fill may be the triggered pending order <paramref name="leg"/>'s deal (an open of its kind, or a close of its ticket).</summary>
        public bool HoldsDealOf(BtccTrackedOrder leg) => _held.Values.Any(h => MayBeDealOf(leg, h.Fill));

        /// <summary>Whether a fill is held already.</summary>
        public bool Holds(long dealId) => _held.ContainsKey(dealId);

        /// <summary>A held fill was attributed after all.</summary>
        public void Forget(long dealId) => _held.Remove(dealId);

        /// <summary>Holds this poll's unmatched fills and reports those whose grace ran out.</summary>
        /// <param name="unmatched">The diff's unmatched fills.</param>
        /// <param name="listedOrderIds">Pending orders orderList lists now.</param>
        public void Report(IReadOnlyList<BtccFill> unmatched, IReadOnlySet<long> listedOrderIds)
        {
            var now = DateTime.UtcNow;
            foreach (var fill in unmatched)
            {
                _held.TryAdd(fill.DealId, (fill, now));
            }
            foreach (var (dealId, (fill, firstSeen)) in _held.ToList())
            {
                if (now - firstSeen < _grace || AwaitsHistory(fill, listedOrderIds) || _mayBeUnconfirmed(fill))
                {
                    continue;
                }
                if (_tracked.All.Any(t => !t.IsTerminal && t.HistoryLastDealId == dealId))
                {
                    // its order's history names it: it is that order's, to be attributed when listed again
                    // (after a settlement only getTradeReport lists it, so catch up from there)
                    _catchUp.Request();
                    continue;
                }
                _held.Remove(dealId);
                if (!_ledger.TryRecord(dealId, fill.ExecTime))
                {
                    continue;
                }
                var liquidation = fill.OrderType == BtccDealOrderType.Liquidation;
                var side = fill.Direction == BtccDirection.Buy ? "buy" : "sell";
                var what = fill.Reason == BtccDealReason.Close ? "closing" : "opening";
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, liquidation ? "Liquidation" : "ExternalFill",
                    $"BTCC {(liquidation ? "liquidated" : "filled")} {side} {BtccOrderValidator.Format(fill.Volume)} {fill.Symbol} @ {BtccOrderValidator.Format(fill.Price)} " +
                    $"({what} ticket {fill.PositionId}, deal {fill.DealId}) outside any LEAN order; holdings and cash include it"));
            }
        }

        /// <summary>
        /// Whether a tracked pending order that left orderList, and whose order history is not known yet, could own
        /// <paramref name="fill"/>: then the fill waits for that look-up rather than being reported as outside LEAN.
        /// </summary>
        private bool AwaitsHistory(BtccFill fill, IReadOnlySet<long> listedOrderIds)
            => BtccPendingFillMatcher.IsPendingExecution(fill)
               && _tracked.All.Any(t => t.PendingOrderId is { } id && !t.IsTerminal && t.HistoryLastDealId == null
                   && (!listedOrderIds.Contains(id) || t.RefusedCancel) && MayBeDealOf(t, fill));

        /// <summary>Whether a deal may be a pending order's: its symbol and side, an open for an opening order, a close of its ticket for a closing one.</summary>
        private static bool MayBeDealOf(BtccTrackedOrder leg, BtccFill fill)
            => BtccPendingFillMatcher.IsPendingExecution(fill) && leg.SymbolPath == fill.Symbol && leg.Direction == fill.Direction
               && (fill.IsPendingOpen ? !leg.IsClosingLeg : leg.IsClosingLeg && (leg.ClosesPositionId == 0 || leg.ClosesPositionId == fill.PositionId));
    }
}
