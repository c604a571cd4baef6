/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The triggered-pending-order rule of <see cref="BtccExecutionDiff"/>: BTCC names no order on a deal, so a deal of a
    /// triggered limit or stop open, or a close deal of a triggered limit close or stop-loss, is matched to the tracked
    /// order its characteristics and BTCC's executions of it fit (see <see cref="BtccExecutionDiff"/>'s remarks). A closing
    /// pending order takes close deals of its ticket (of any ticket of its symbol and side when the ticket is not
    /// known). Pure: one instance serves one poll's diff.
    /// </summary>
    internal sealed class BtccPendingFillMatcher
    {
        private readonly Dictionary<long, BtccOrder> _listed;
        private readonly Dictionary<long, decimal> _accounted;
        private readonly Dictionary<long, List<BtccExecutionCheckpoint>> _checkpoints;
        private readonly Dictionary<(int OrderId, long ExecTime), int> _taken = new();
        private readonly Dictionary<(string Symbol, BtccDirection Direction, DealKind Kind), List<Candidate>> _byKind = new();
        private (string Symbol, BtccDirection Direction, DealKind Kind) _lastKey;
        private List<Candidate>? _lastKind;

        /// <summary>Creates the matcher for one poll.</summary>
        /// <param name="tracked">The tracked orders.</param>
        /// <param name="pending">Positions in <paramref name="tracked"/> of those with a BTCC pending order.</param>
        /// <param name="listed">orderList by id.</param>
        /// <param name="accounted">Executed volume explained by attributed fills, per pending order (updated as deals are attributed).</param>
        /// <param name="accountedSince">The last execution an adopted order's accounted volume includes.</param>
        /// <param name="checkpoints">What orderList showed of each order's executions, this poll's listing included.</param>
        public BtccPendingFillMatcher(IReadOnlyList<BtccTrackedOrderView> tracked, List<int> pending, Dictionary<long, BtccOrder> listed, Dictionary<long, decimal> accounted,
            IReadOnlyDictionary<long, long> accountedSince, Dictionary<long, List<BtccExecutionCheckpoint>> checkpoints)
        {
            _listed = listed;
            _accounted = accounted;
            _checkpoints = checkpoints;
            // the orders a deal of one symbol, side and kind can be, each with what every deal reads of it worked out
            // once, by request time (the caller's order among equal ones): no order requested after a deal can be its
            foreach (var at in pending)
            {
                var order = tracked[at];
                if (KindOf(order) is not { } dealKind)
                {
                    continue;
                }
                var key = (order.SymbolPath, order.Direction, dealKind);
                if (!_byKind.TryGetValue(key, out var kind))
                {
                    _byKind[key] = kind = new List<Candidate>();
                }
                var pendingId = order.PendingOrderId!.Value;
                kind.Add(new Candidate(order, at, pendingId, accountedSince.TryGetValue(pendingId, out var since) ? since : null, Limits(order)));
            }
            foreach (var kind in _byKind.Values)
            {
                // List.Sort is not stable: equal request times keep the caller's order by position
                kind.Sort(static (a, b) => a.Order.RequestTime != b.Order.RequestTime ? a.Order.RequestTime.CompareTo(b.Order.RequestTime) : a.At.CompareTo(b.At));
            }
        }

        /// <summary>
        /// The position in tracked of the order a triggered-order deal belongs to, or -1 (none, or the deal must wait for a
        /// history look-up).
        /// </summary>
        /// <param name="fill">The deal.</param>
        /// <param name="filled">Volume attributed so far, by position in tracked.</param>
        /// <param name="reserved">The volume of each order's history-named last deal still to come, by position in tracked.</param>
        public int Match(BtccFill fill, decimal[] filled, decimal[] reserved) => Match(fill, filled, reserved, provenOnly: false, out _);

        /// <summary>
        /// The closing pending order BTCC's executions prove made a close deal, offered before a market close of its
        /// ticket may take it: one that orderList or a write's reply shows executing this much, or whose history names
        /// the deal; -1 otherwise. <paramref name="wait"/> says the deal must wait instead (a closing order that left
        /// orderList may have made it and its history is not read yet): a market close would otherwise take another order's deal.
        /// </summary>
        public int MatchProven(BtccFill fill, decimal[] filled, decimal[] reserved, out bool wait) => Match(fill, filled, reserved, provenOnly: true, out wait);

        private int Match(BtccFill fill, decimal[] filled, decimal[] reserved, bool provenOnly, out bool wait)
        {
            wait = false;
            if (!IsPendingExecution(fill))
            {
                return -1;
            }
            var key = (fill.Symbol, fill.Direction, fill.IsPendingOpen ? fill.OrderType == BtccDealOrderType.LimitOpen ? DealKind.LimitOpen : DealKind.StopOpen : DealKind.Close);
            // deals come one symbol after another: the last kind is compared before the symbol is hashed
            var kind = _lastKind != null && key.Item2 == _lastKey.Direction && key.Item3 == _lastKey.Kind && string.Equals(key.Symbol, _lastKey.Symbol, StringComparison.Ordinal)
                ? _lastKind
                : _byKind.GetValueOrDefault(key);
            if (kind == null)
            {
                return -1;
            }
            (_lastKey, _lastKind) = (key, kind);
            Candidate? best = null;
            var bestAt = -1;
            (int Rank, int Taken, long RequestTime, long Sequence) bestKey = default;
            var bestGrew = (bool?)null;
            var bestGone = false;
            var awaitingHistory = false;
            var candidates = 0;
            var goneUnnamed = false;
            for (var c = 0; c < kind.Count; c++)
            {
                var candidate = kind[c];
                var t = candidate.Order;
                if (fill.ExecTime < t.RequestTime)
                {
                    break; // the rest were requested later still
                }
                if (key.Item3 == DealKind.Close && t.ClosesPositionId != 0 && t.ClosesPositionId != fill.PositionId)
                {
                    continue; // BTCC's close codes do not tell a limit close from a stop-loss: its ticket does
                }
                // a deal up to the last execution the accounted volume includes is in that volume (whole seconds: a
                // second deal of that very second is taken as included too)
                if (candidate.AccountedSince is { } since && fill.ExecTime <= since
                    || fill.Volume > t.Quantity - filled[candidate.At] - (t.HistoryLastDealId == fill.DealId ? 0m : reserved[candidate.At])
                    || !PriceConsistent(candidate, fill))
                {
                    continue;
                }
                var grew = Grew(t, fill);
                var gone = ListingOf(t) == null;
                // listed: its execute_volume must have grown; gone: it may have triggered, unless BTCC confirmed its
                // cancel, and not with a deal after the last one its order history names
                if (!(grew == true || grew == null && !t.CanceledWithoutFills && (t.HistoryLastDealId is not { } last || fill.DealId <= last)))
                {
                    continue;
                }
                awaitingHistory |= grew == null && !t.HistoryLastDealId.HasValue;
                goneUnnamed |= gone && !t.HistoryLastDealId.HasValue;
                candidates++;
                // the deal its history names; an order that executed in full (all its rest must come from deals up to
                // its last one, while growth may also be served by later deals); growth seen in orderList; leaving the list.
                // Orders alike in all that: one price move triggers each of them once, so deals of one second are spread
                // over them before one takes two; then the earliest request, then the first submitted (ties: the caller's order)
                var rank = (t.HistoryLastDealId == fill.DealId ? 0 : gone && t.Completed ? 1 : grew == true ? 2 : 3,
                    _taken.GetValueOrDefault((t.OrderId, fill.ExecTime)), t.RequestTime, t.Sequence);
                if (best == null || rank.CompareTo(bestKey) < 0)
                {
                    (best, bestAt, bestKey, bestGrew, bestGone) = (candidate, c, rank, grew, gone);
                }
            }
            // two orders may have made the deal and one of them left orderList: its history names its last deal exactly
            // (two alike orders that a cancel race filled in the same second show the same growth), so it decides
            awaitingHistory |= candidates > 1 && goneUnnamed;
            if (best == null || !Chosen(best.Order, bestGrew, bestGone, awaitingHistory, fill))
            {
                wait = provenOnly && awaitingHistory;
                return -1;
            }
            if (provenOnly && best.Order.HistoryLastDealId != fill.DealId && bestGrew != true)
            {
                return -1;
            }
            _taken[(best.Order.OrderId, fill.ExecTime)] = _taken.GetValueOrDefault((best.Order.OrderId, fill.ExecTime)) + 1;
            if (filled[best.At] + fill.Volume >= best.Order.Quantity)
            {
                // filled by this deal: no later deal of the poll can be its, so later deals do not look at it again
                kind.RemoveAt(bestAt);
            }
            return best.At;
        }

        /// <summary>Whether a deal may be a triggered pending order's execution: a limit or stop open, or any close but a liquidation.</summary>
        public static bool IsPendingExecution(BtccFill fill)
            => fill.IsPendingOpen || fill.Reason == BtccDealReason.Close && fill.OrderType != BtccDealOrderType.Liquidation;

        /// <summary>
        /// The deals an order's pending type makes: opens of its type, or closes of its ticket (BTCC's close codes do not
        /// tell a limit close from a stop-loss, nor from a market close); null for none.
        /// </summary>
        private static DealKind? KindOf(BtccTrackedOrderView order) => order.PendingType switch
        {
            BtccPendingOrderType.LimitOpen => DealKind.LimitOpen,
            BtccPendingOrderType.StopOpen => DealKind.StopOpen,
            _ when order.ClosesTicket => DealKind.Close,
            _ => null
        };

        /// <summary>Whether the best candidate takes the deal now, or the deal waits for a history look-up.</summary>
        private static bool Chosen(BtccTrackedOrderView best, bool? grew, bool gone, bool awaitingHistory, BtccFill fill)
        {
            if (best.HistoryLastDealId == fill.DealId)
            {
                return true;
            }
            if (grew == true && !(gone && best.Completed))
            {
                // an order that just left orderList may have made this deal as its last one (another's growth at the same
                // price would then be a later deal): its history decides before the growth may take it
                return !awaitingHistory;
            }
            // a gone order whose history is not known yet would be a guess (its own deal may still be unlisted and this
            // one another's): the deal waits for the look-up; one whose history names another deal may take this one
            // only when no gone candidate still awaits its look-up: that one's history may name this deal
            return best.HistoryLastDealId.HasValue && !awaitingHistory;
        }

        /// <summary>
        /// Whether the order's executions BTCC showed leave room for this deal as its next one: true or false while
        /// orderList lists it; once gone, true when a listing or a write's reply showed that growth, unknown (null) when
        /// nothing showed it yet, false when the times BTCC gave rule it out.
        /// </summary>
        private bool? Grew(BtccTrackedOrderView order, BtccFill fill)
        {
            var pendingId = order.PendingOrderId!.Value;
            var done = _accounted.GetValueOrDefault(pendingId);
            var after = done + fill.Volume;
            if (_checkpoints.TryGetValue(pendingId, out var seen) && !FitsCheckpoints(seen, done, after, fill.ExecTime))
            {
                return false;
            }
            var shown = Math.Max(order.KnownExecutedVolume, seen?.Count > 0 ? seen[^1].Executed : 0m);
            if (ListingOf(order) is { } listing)
            {
                return Math.Max(listing.ExecuteVolume, shown) >= after;
            }
            // a cancel BTCC answered says all the order executed; otherwise its history will
            return shown >= after ? true : order.CancelConfirmed ? false : null;
        }

        /// <summary>The order's listing in orderList, unless BTCC said since that it no longer works (the listing lags).</summary>
        private BtccOrder? ListingOf(BtccTrackedOrderView order)
            => !order.NotWorking && _listed.TryGetValue(order.PendingOrderId!.Value, out var listing) ? listing : null;

        /// <summary>
        /// execute_time is the time of the order's last execution: a deal within the volume a listing showed executed by
        /// then, the one that brings the volume to exactly a listing's executed then, and a deal beyond the volume a
        /// listing showed after it.
        /// </summary>
        private static bool FitsCheckpoints(List<BtccExecutionCheckpoint> seen, decimal done, decimal after, long execTime)
        {
            foreach (var checkpoint in seen)
            {
                if (checkpoint.Executed <= done)
                {
                    if (execTime < checkpoint.LastExecution)
                    {
                        return false;
                    }
                    continue;
                }
                if (checkpoint.Executed >= after)
                {
                    return execTime <= checkpoint.LastExecution && (checkpoint.Executed != after || execTime == checkpoint.LastExecution);
                }
            }
            return true;
        }

        /// <summary>A limit fill is at or better than one of the limits the order had (buy: at or below, sell: at or above).</summary>
        private static bool PriceConsistent(Candidate candidate, BtccFill fill)
            => candidate.Limits is not { } limits || (candidate.Order.Direction == BtccDirection.Buy ? fill.Price <= limits.Max : fill.Price >= limits.Min);

        /// <summary>The highest and lowest limit a limit order had (null: not a limit order, or no price known).</summary>
        private static (decimal Max, decimal Min)? Limits(BtccTrackedOrderView order)
        {
            if (order.PendingType is not (BtccPendingOrderType.LimitOpen or BtccPendingOrderType.LimitClose) || order.PendingPrice is not { } current)
            {
                return null;
            }
            if (order.PendingPrices.Count == 0)
            {
                return (current, current);
            }
            decimal max = decimal.MinValue, min = decimal.MaxValue;
            foreach (var price in order.PendingPrices)
            {
                max = Math.Max(max, price);
                min = Math.Min(min, price);
            }
            return (max, min);
        }

        /// <summary>A tracked order (and its position in tracked) with what every deal reads of it: its pending order, the listing's time it was taken over at, its limits.</summary>
        private sealed record Candidate(BtccTrackedOrderView Order, int At, long PendingOrderId, long? AccountedSince, (decimal Max, decimal Min)? Limits);

        /// <summary>What deals a pending order makes: opens of a limit, opens of a stop, or closes of a ticket.</summary>
        private enum DealKind
        {
            LimitOpen,
            StopOpen,
            Close
        }
    }
}
