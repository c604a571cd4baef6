/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>Updates and cancels of working orders: every leg of the order, also after part of it filled.</summary>
    internal sealed partial class BtccOrderWriter
    {
        /// <summary>
        /// Changes the price or quantity of a working limit or stop order (LEAN applied the update to <paramref name="order"/>):
        /// updatepending of every leg with the new price, the quantity's change taken off the last legs first (a leg left
        /// with nothing is cancelled) or added to the opening leg, else placed as new legs against the tickets.
        /// </summary>
        public bool Update(Order order, int multiple)
        {
            var parent = _tracked.Find(order);
            var legs = parent?.WorkingLegs.Where(l => l.PendingOrderId.HasValue).ToList() ?? new List<BtccTrackedOrder>();
            if (parent == null || parent.IsTerminal || parent.CancelRequested || legs.Count == 0)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not a working BTCC pending order: not updated"));
                return false;
            }
            var (type, price) = BtccOrderTranslator.PendingPrice(order);
            // what BTCC executed stays executed; a leg whose placement is unconfirmed keeps its volume
            var committed = parent.Filled + legs.Sum(l => l.Executed - l.Filled)
                + parent.WorkingLegs.Where(l => !l.PendingOrderId.HasValue).Sum(l => l.Quantity - l.Filled);
            var remaining = order.AbsoluteQuantity - parent.Unplaced - committed;
            if (remaining < 0m)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "UpdateBelowExecuted",
                    $"Order {order.Id} not updated: BTCC executed {BtccOrderValidator.Format(committed)} of it already, more than the new quantity {BtccOrderValidator.Format(order.AbsoluteQuantity)}"));
                return false;
            }
            var plan = BtccLegPlan.Amend(legs.Select(l => new BtccLeg(l.Key, l.IsClosingLeg, l.Quantity, l.Executed, l.PendingPrice ?? price)).ToList(), remaining, price);
            var byKey = legs.ToDictionary(l => l.Key);
            try
            {
                foreach (var change in plan.Changes)
                {
                    var leg = byKey[change.Key];
                    if (change.Cancel)
                    {
                        // the leg keeps what it executed; the cancel reply tells what that is
                        leg.Quantity = change.RequestVolume;
                        SendCancel(leg, leg.PendingOrderId!.Value);
                        continue;
                    }
                    _client.UpdatePendingAsync(new BtccUpdatePendingRequest(leg.PendingOrderId!.Value, SentDirection(leg), type, leg.ExecutedBefore + change.RequestVolume, price)
                    {
                        Symbol = leg.SymbolPath
                    }).GetAwaiter().GetResult();
                    leg.Quantity = change.RequestVolume;
                    leg.PendingPrice = price;
                    leg.LastProgressUtc = DateTime.UtcNow;
                }
            }
            catch (BtccApiException error)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Order {order.Id} not updated: BTCC says {error.BtccMessage}"));
                return false;
            }
            parent.Order = order;
            parent.Quantity = order.AbsoluteQuantity - parent.Unplaced;
            if (plan.Extra > 0m && PlaceRest(parent, plan.Extra, multiple) is { } refusal)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "PartialUpdate",
                    $"Order {order.Id}: {BtccOrderValidator.Format(plan.Extra)} more could not be placed: {refusal}"));
            }
            _sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC updated the order") { Status = OrderStatus.UpdateSubmitted });
            return true;
        }

        /// <summary>
        /// Cancels every working leg of an order; the Canceled event follows once BTCC's lists confirm each, after any
        /// fill that happened first. Returns false when the order is not working at BTCC or a cancel's outcome is unknown.
        /// </summary>
        /// <param name="order">The LEAN order.</param>
        /// <param name="requestRefresh">Makes the next poll read everything.</param>
        public bool Cancel(Order order, Action requestRefresh)
        {
            var parent = _tracked.Find(order);
            if (parent == null || parent.IsTerminal)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not working at BTCC: nothing to cancel"));
                return false;
            }
            if (!parent.WorkingLegs.Any(l => l.PendingOrderId.HasValue || l.Unconfirmed.Any(w => w.Step is BtccOpenPendingStep or BtccClosePendingStep)))
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotCancelable", $"Order {order.Id} is a market order: BTCC executes it at once, it cannot be canceled"));
                return false;
            }
            parent.CancelRequested = true;
            var unknown = CancelWorkingLegs(parent);
            requestRefresh();
            return unknown == 0;
        }

        /// <summary>
        /// Cancels the order's working legs (LEAN's cancel, its expiry, or the rest of an order BTCC ended in part); a leg
        /// BTCC has not listed yet is cancelled once it is, one whose cancel's outcome stayed unknown again while it is listed.
        /// Returns how many cancels have an unknown outcome (each reported).
        /// </summary>
        public int CancelWorkingLegs(BtccLeanOrder parent)
        {
            var unknown = 0;
            foreach (var leg in parent.WorkingLegs.Where(l => !l.CancelRequested).ToList())
            {
                if (leg.PendingOrderId is { } pendingId)
                {
                    try
                    {
                        SendCancel(leg, pendingId);
                    }
                    catch (BtccApiException error)
                    {
                        // a cancel is safe to repeat: it goes out again while BTCC still lists the order
                        unknown++;
                        leg.CancelDeferred = true;
                        _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code,
                            $"Order {parent.Order.Id} cancel outcome unknown: {error.BtccMessage}; sent again while BTCC lists the order"));
                    }
                }
                else if (leg.Unconfirmed.Any(w => w.Step is BtccOpenPendingStep or BtccClosePendingStep))
                {
                    // BTCC's lists have not shown the pending order yet: the cancel goes out once they do
                    leg.CancelRequested = true;
                    leg.CancelDeferred = true;
                }
            }
            return unknown;
        }

        /// <summary>
        /// Sends cancelpending for a leg. A refusal ("not found", "no longer pending": it filled or ended) is left to the
        /// fill engine, which brings the leg to its true state; an unknown outcome throws.
        /// </summary>
        public void SendCancel(BtccTrackedOrder leg, long pendingId)
        {
            try
            {
                var reply = _client.CancelPendingAsync(pendingId).GetAwaiter().GetResult();
                if (reply != null)
                {
                    // the reply tells what executed before the cancel: those fills are still to be reported
                    leg.NoteExecuted(reply.ExecuteVolume);
                    leg.CancelConfirmed = true;
                    leg.CancelledAtBtcc = true;
                }
            }
            catch (BtccApiException error) when (error is not BtccAmbiguousResultException)
            {
                // BTCC answered (not a throttle or a server fault): the order is not working any more
                leg.RefusedCancel |= error.HttpStatus is not { } status || (int)status < 500 && status != System.Net.HttpStatusCode.TooManyRequests;
                BtccLog.Trace("BtccOrderWriter", "Cancel", $"order {leg.Order.Id} (BTCC {pendingId}): cancel refused ({error.Code} '{error.BtccMessage}'), resolving from BTCC's lists");
            }
            leg.CancelRequested = true;
            leg.CancelDeferred = false;
            leg.LastProgressUtc = DateTime.UtcNow;
        }

        /// <summary>
        /// A new limit or stop order BTCC refused in part: the legs already placed are cancelled and the order is to end
        /// Invalid with the refusal. Returns false when BTCC confirmed every cancel with nothing executed (the order is as
        /// if never sent), true when part of it may have executed (it ends once its legs have, Canceled if anything filled).
        /// </summary>
        private bool WithdrawLegs(BtccLeanOrder parent, string refusal)
        {
            parent.Ending = (OrderStatus.Invalid, refusal);
            parent.CancelRequested = true;
            CancelWorkingLegs(parent);
            return parent.Legs.Any(l => !l.CancelConfirmed || l.KnownExecutedVolume > 0m);
        }

        /// <summary>The <c>direction</c> a leg's pending order was placed with (a closing one's follows closeposition's reading).</summary>
        private BtccDirection SentDirection(BtccTrackedOrder leg)
            => leg.IsClosingLeg && !_settings.CloseDirectionIsClosingSide ? BtccOrderDirection.Opposite(leg.Direction) : leg.Direction;
    }
}
