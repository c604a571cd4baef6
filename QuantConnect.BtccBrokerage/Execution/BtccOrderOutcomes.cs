/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// What happens to a LEAN order when one of its legs fills or ends: its fill events (every leg's fills aggregated
    /// into the one LEAN order, each exactly once through the ledger), a closing leg whose ticket BTCC closed under it
    /// placed again for the rest, the rest of an order BTCC ended in part cancelled, and the order's end once every leg
    /// ended. Under the engine's gate.
    /// </summary>
    internal sealed class BtccOrderOutcomes
    {
        private readonly BtccTrackedOrders _tracked;
        private readonly BtccReportedFillLedger _ledger;
        private readonly IBtccFillSink _sink;
        private readonly Func<BtccLeanOrder, decimal, string?> _placeRest;
        private readonly Action<BtccLeanOrder> _cancelLegs;

        /// <summary>Creates the outcomes.</summary>
        /// <param name="tracked">The tracked orders.</param>
        /// <param name="ledger">Makes every fill reported once.</param>
        /// <param name="sink">Receives the order events.</param>
        /// <param name="placeRest">Places more of an order against the tickets open now; returns why not, or null.</param>
        /// <param name="cancelLegs">Cancels an order's working legs.</param>
        public BtccOrderOutcomes(BtccTrackedOrders tracked, BtccReportedFillLedger ledger, IBtccFillSink sink,
            Func<BtccLeanOrder, decimal, string?> placeRest, Action<BtccLeanOrder> cancelLegs)
        {
            _tracked = tracked;
            _ledger = ledger;
            _sink = sink;
            _placeRest = placeRest;
            _cancelLegs = cancelLegs;
        }

        /// <summary>Reports one attributed fill of a leg, exactly once, as a fill of its LEAN order.</summary>
        public void Fill(BtccTrackedOrder leg, BtccFill fill)
        {
            var parent = leg.Parent;
            if (leg.IsTerminal || parent.IsTerminal || !_ledger.TryRecord(fill.DealId, fill.ExecTime, parent.Order.Id, fill.Volume, leg.PendingOrderId ?? 0))
            {
                return;
            }
            var order = parent.Order;
            leg.Filled += fill.Volume;
            parent.Filled += fill.Volume;
            leg.LastProgressUtc = DateTime.UtcNow;
            BtccUnconfirmedWriteSettler.Confirm(leg, fill);
            if (fill.Reason == BtccDealReason.Open && fill.PositionId != 0)
            {
                leg.OpenedPositionIds.Add(fill.PositionId);
                BtccOrderWriter.AddBrokerId(order, BtccBrokerIds.ForPosition(fill.PositionId));
            }
            leg.Status = leg.Filled >= leg.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
            var status = parent.Filled >= parent.Quantity && parent.ShortfallReason == null ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
            parent.Status = status;
            order.Status = status;
            var time = fill.ExecTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(fill.ExecTime).UtcDateTime : DateTime.UtcNow;
            var fee = new OrderFee(new CashAmount(fill.Commission, BtccBrokerage.AccountCurrency));
            _sink.OrderEvent(new OrderEvent(order.Id, order.Symbol, time, status, order.Direction, fill.Price,
                fill.Volume * Math.Sign(order.Quantity), fee, $"BTCC deal {fill.DealId}"));
            if (parent.ShortfallReason != null && parent.Filled >= parent.Quantity)
            {
                Finish(parent, OrderStatus.Canceled, $"The unsent rest of the order was canceled: {parent.ShortfallReason}");
            }
            else if (status == OrderStatus.Filled)
            {
                _tracked.Remove(parent);
            }
            else if (leg.CancelledAtBtcc && !leg.AwaitsFills(_ledger.Contains))
            {
                // the fills that beat the cancel are all reported: now the rest is canceled
                EndLeg(leg, OrderStatus.Canceled, "BTCC canceled the rest of the order");
            }
            else if (leg.IsTerminal)
            {
                // its other legs may have ended before this one filled
                TryFinish(parent, OrderStatus.Canceled, "BTCC canceled the rest of the order");
            }
        }

        /// <summary>
        /// BTCC ended a leg without (all of) its fill: cancelled, declined, or never placed. A closing leg BTCC cancelled
        /// without being asked lost its ticket (closed by another order, BTCC's web app or a liquidation): the rest is
        /// placed again as LEAN's order still wants it. Any other leg BTCC ended by itself ends the whole order: its
        /// other legs are cancelled. The LEAN order ends once every leg has.
        /// </summary>
        public void EndLeg(BtccTrackedOrder leg, OrderStatus status, string message)
        {
            if (leg.IsTerminal)
            {
                return;
            }
            var parent = leg.Parent;
            leg.Status = status;
            if (parent.IsTerminal)
            {
                return;
            }
            if (!leg.CancelRequested && !parent.CancelRequested)
            {
                var rest = leg.Quantity - leg.Filled;
                if (status == OrderStatus.Canceled && leg.IsClosingLeg && rest > 0m)
                {
                    leg.Quantity = leg.Filled;
                    BtccLog.Trace("BtccOrderOutcomes", "EndLeg", $"order {parent.Order.Id}: BTCC canceled its closing order {leg.PendingOrderId} (its ticket closed); placing the rest {BtccOrderValidator.Format(rest)} again");
                    if (_placeRest(parent, rest) is { } refusal)
                    {
                        parent.Ending ??= (OrderStatus.Canceled, $"BTCC canceled closing order {leg.PendingOrderId} when its ticket closed, and the rest could not be placed again: {refusal}");
                        parent.CancelRequested = true;
                        _cancelLegs(parent);
                    }
                }
                else if (status is OrderStatus.Canceled or OrderStatus.Invalid)
                {
                    parent.Ending ??= (status, message);
                    parent.CancelRequested = true;
                    _cancelLegs(parent);
                }
            }
            TryFinish(parent, status, message);
        }

        /// <summary>
        /// A leg's request whose reply was lost left no trace: <paramref name="volume"/> of it was not placed. An order left
        /// with nothing placed ends Invalid; one whose placed part all filled ends Canceled, and so does one whose other legs
        /// all ended already; otherwise it ends so later.
        /// </summary>
        public void Unplaced(BtccTrackedOrder leg, decimal volume, string reason)
        {
            var parent = leg.Parent;
            leg.Quantity -= volume;
            parent.Unplace(volume, reason);
            if (leg.Quantity <= leg.Filled && !leg.IsTerminal && leg.Unconfirmed.Count == 0)
            {
                leg.Status = leg.Filled > 0m ? OrderStatus.Filled : OrderStatus.Canceled;
            }
            if (parent.Quantity <= 0m)
            {
                Finish(parent, OrderStatus.Invalid, reason);
            }
            else if (parent.Filled >= parent.Quantity)
            {
                Finish(parent, OrderStatus.Canceled, $"The rest of the order was not placed: {reason}");
            }
            else
            {
                // the leg may have been the last one working (the others cancelled, or ended by BTCC, meanwhile)
                TryFinish(parent, OrderStatus.Canceled, $"The rest of the order was not placed: {reason}");
            }
        }

        /// <summary>Day and GoodTilDate orders whose time in force ended at <paramref name="nowUtc"/>: their legs are cancelled.</summary>
        public void Expire(DateTime nowUtc)
        {
            foreach (var parent in _tracked.Orders.Where(p => !p.IsTerminal && !p.CancelRequested && p.ExpiresAtUtc <= nowUtc).ToList())
            {
                BtccLog.Trace("BtccOrderOutcomes", "Expire", $"order {parent.Order.Id}: its {BtccTimeInForce.Describe(parent.Order.TimeInForce)} time in force ended; canceling it");
                parent.Ending = (OrderStatus.Canceled, $"The order expired ({BtccTimeInForce.Describe(parent.Order.TimeInForce)})");
                parent.CancelRequested = true;
                _cancelLegs(parent);
            }
        }

        /// <summary>Ends the LEAN order once no leg works any more: with how something ended it, else with the last leg's end.</summary>
        private void TryFinish(BtccLeanOrder parent, OrderStatus status, string message)
        {
            if (parent.IsTerminal || parent.WorkingLegs.Any())
            {
                return;
            }
            var (final, text) = parent.Ending ?? (status, message);
            if (final == OrderStatus.Invalid && parent.Filled > 0m)
            {
                // part of it filled: it cannot be Invalid any more
                final = OrderStatus.Canceled;
            }
            Finish(parent, final, text);
        }

        /// <summary>Ends the LEAN order with a non-fill status (Canceled, Invalid) and stops tracking it.</summary>
        private void Finish(BtccLeanOrder parent, OrderStatus status, string message)
        {
            if (parent.IsTerminal)
            {
                return;
            }
            parent.Status = status;
            parent.Order.Status = status;
            foreach (var leg in parent.WorkingLegs)
            {
                leg.Status = status;
            }
            _tracked.Remove(parent);
            _sink.OrderEvent(new OrderEvent(parent.Order, DateTime.UtcNow, OrderFee.Zero, message) { Status = status });
        }
    }
}
