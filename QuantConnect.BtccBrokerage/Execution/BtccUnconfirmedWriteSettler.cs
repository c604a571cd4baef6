/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Settles requests whose reply was lost from BTCC's lists: an openpending by the order in orderList (or, once it
    /// is due, in the order history) that matches it and that nobody else owns; an openposition by the ticket echoing
    /// its refid, or by its deal; a closeposition by a close deal on its ticket. A request nothing showed by its
    /// deadline is taken as not placed: the order's quantity drops by its volume, and an order left with nothing placed
    /// ends Invalid. Meanwhile fills and orders it may have made are not reported as outside LEAN.
    /// </summary>
    internal sealed class BtccUnconfirmedWriteSettler
    {
        private readonly BtccRestApiClient _client;
        private readonly BtccTrackedOrders _tracked;
        private readonly Action<BtccTrackedOrder, decimal, string> _unplaced;

        /// <summary>Creates the settler.</summary>
        /// <param name="client">REST client for the order-history search of an openpending that is due.</param>
        /// <param name="tracked">The tracked orders.</param>
        /// <param name="unplaced">Takes a leg's volume as not placed, with the reason.</param>
        public BtccUnconfirmedWriteSettler(BtccRestApiClient client, BtccTrackedOrders tracked, Action<BtccTrackedOrder, decimal, string> unplaced)
        {
            _client = client;
            _tracked = tracked;
            _unplaced = unplaced;
        }

        /// <summary>
        /// Settles what this poll's lists show; returns the orders whose pending order was found now (with its id),
        /// so a cancel LEAN asked for meanwhile can be sent.
        /// </summary>
        public List<(BtccTrackedOrder Order, long PendingOrderId)> Settle(BtccExecutionSnapshot snapshot)
        {
            var found = new List<(BtccTrackedOrder, long)>();
            foreach (var tracked in Waiting())
            {
                foreach (var write in tracked.Unconfirmed.ToList())
                {
                    switch (write.Step)
                    {
                        case BtccOpenPendingStep or BtccClosePendingStep:
                            var listed = snapshot.Orders
                                .Where(o => IsFree(o.Id, write) && Matches(o, tracked.SymbolPath, write))
                                .OrderBy(o => o.RequestTime).ThenBy(o => o.Id)
                                .FirstOrDefault();
                            if (listed != null)
                            {
                                Adopt(tracked, write, listed.Id, listed.RequestTime);
                                tracked.NoteExecuted(listed.ExecuteVolume);
                                found.Add((tracked, listed.Id));
                            }
                            break;
                        case BtccOpenPositionStep when snapshot.Positions?.FirstOrDefault(p => p.OrderRefId == write.RefId) is { } ticket:
                            tracked.OpenedPositionIds.Add(ticket.Id);
                            BtccOrderWriter.AddBrokerId(tracked.Order, BtccBrokerIds.ForPosition(ticket.Id));
                            Settled(tracked, write, $"ticket {ticket.Id} echoes its refid");
                            break;
                    }
                }
            }
            return found;
        }

        /// <summary>Whether an openposition waits for its ticket to be listed: positionlist is read on every poll meanwhile.</summary>
        public bool AwaitsTicket => Waiting().Any(t => t.Unconfirmed.Any(w => w.Step is BtccOpenPositionStep));

        /// <summary>A fill attributed to <paramref name="tracked"/> shows the market request that made it took effect.</summary>
        public static void Confirm(BtccTrackedOrder tracked, BtccFill fill)
        {
            var write = tracked.Unconfirmed.FirstOrDefault(w => w.Step switch
            {
                BtccOpenPositionStep => fill.Reason == BtccDealReason.Open && !fill.IsPendingOpen,
                BtccClosePositionStep close => fill.Reason == BtccDealReason.Close && fill.PositionId == close.PositionId,
                _ => false
            });
            if (write != null)
            {
                Settled(tracked, write, $"deal {fill.DealId} is its");
            }
        }

        /// <summary>Whether a fill nobody owns may have been made by a request still unconfirmed (then it is not reported as outside LEAN yet).</summary>
        public bool MayOwn(BtccFill fill) => Waiting().Any(t => t.Unconfirmed.Any(w => fill.ExecTime >= w.SentAt && w.Step switch
        {
            BtccOpenPendingStep pending => fill.IsPendingOpen && fill.Symbol == t.SymbolPath && fill.Direction == pending.Direction
                && fill.OrderType == (pending.Type == BtccPendingOrderType.StopOpen ? BtccDealOrderType.StopOpen : BtccDealOrderType.LimitOpen),
            BtccClosePendingStep close => fill.Reason == BtccDealReason.Close && fill.PositionId == close.PositionId,
            BtccOpenPositionStep open => fill.Reason == BtccDealReason.Open && fill.OrderType == BtccDealOrderType.MarketOpen
                && fill.Symbol == t.SymbolPath && fill.Direction == open.Direction,
            BtccClosePositionStep close => fill.Reason == BtccDealReason.Close && fill.PositionId == close.PositionId,
            _ => false
        }));

        /// <summary>Whether an order in orderList nobody owns may be a pending request still unconfirmed.</summary>
        public bool MayOwn(BtccOrder order) => Waiting().Any(t => t.Unconfirmed.Any(w =>
            w.Step is BtccOpenPendingStep or BtccClosePendingStep && IsFree(order.Id, w) && Matches(order, t.SymbolPath, w)));

        /// <summary>
        /// Requests past their deadline: an openpending is searched in the order history (it may have triggered at
        /// once and never been listed); whatever nothing showed is taken as not placed.
        /// </summary>
        public async Task ExpireAsync(CancellationToken cancellationToken)
        {
            var now = DateTime.UtcNow;
            foreach (var tracked in Waiting().ToList())
            {
                foreach (var write in tracked.Unconfirmed.Where(w => w.DeadlineUtc <= now).ToList())
                {
                    if (write.Step is BtccOpenPendingStep or BtccClosePendingStep)
                    {
                        BtccHisOrderItem? match;
                        try
                        {
                            match = await FindInHistoryAsync(tracked, write, cancellationToken).ConfigureAwait(false);
                        }
                        catch (BtccApiException error)
                        {
                            // no evidence either way: look again on the next poll
                            BtccLog.Trace("BtccUnconfirmedWriteSettler", "Expire", $"order {tracked.Order.Id}: order history unreadable ({error.BtccMessage}); retrying");
                            continue;
                        }
                        if (match != null)
                        {
                            Adopt(tracked, write, match.OrderId, match.RequestTime / 1000);
                            continue;
                        }
                    }
                    Drop(tracked, write);
                }
            }
        }

        private IEnumerable<BtccTrackedOrder> Waiting() => _tracked.All.Where(t => !t.IsTerminal && t.Unconfirmed.Count > 0);

        private bool IsFree(long pendingOrderId, BtccUnconfirmedWrite write) => !write.ExistingOrderIds.Contains(pendingOrderId) && !_tracked.OwnsPending(pendingOrderId);

        /// <summary>
        /// An order in orderList is the openpending's effect when it has its symbol, direction, type, volume and price and
        /// was placed after it.
        /// </summary>
        private static bool Matches(BtccOrder order, string path, BtccUnconfirmedWrite write)
            => Pending(write) is var (type, direction, volume, price)
               && order.Symbol == path && (direction == null || order.Direction == direction) && order.Type == type
               && order.RequestVolume == volume && order.RequestPrice == price && order.RequestTime >= write.SentAt;

        /// <summary>The type, direction sent (null when not known), volume and price of an openpending.</summary>
        private static (BtccPendingOrderType Type, BtccDirection? Direction, decimal Volume, decimal Price) Pending(BtccUnconfirmedWrite write) => write.Step switch
        {
            BtccOpenPendingStep open => (open.Type, write.SentDirection ?? open.Direction, open.Volume, open.Price),
            BtccClosePendingStep close => (close.Type, write.SentDirection, close.Volume, close.Price),
            _ => throw new ArgumentException($"{write.Step} is not an openpending", nameof(write))
        };

        private async Task<BtccHisOrderItem?> FindInHistoryAsync(BtccTrackedOrder tracked, BtccUnconfirmedWrite write, CancellationToken cancellationToken)
        {
            var (type, direction, volume, price) = Pending(write);
            var reply = await _client.GetHisOrderAsync(new BtccHistoryQuery
            {
                BeginTime = write.SentAt * 1000,
                Symbol = tracked.SymbolPath,
                Direction = direction,
                PageNo = 1,
                PageSize = 100
            }, cancellationToken).ConfigureAwait(false);
            return reply.List
                .Where(i => IsFree(i.OrderId, write) && i.Symbol == tracked.SymbolPath && i.Kind == (int)type
                    && i.RequestVolumeValue == volume && i.RequestPriceValue == price && i.RequestTime / 1000 >= write.SentAt)
                .OrderBy(i => i.RequestTime).ThenBy(i => i.OrderId)
                .FirstOrDefault();
        }

        private static void Adopt(BtccTrackedOrder tracked, BtccUnconfirmedWrite write, long pendingOrderId, long requestTime)
        {
            tracked.PendingOrderId = pendingOrderId;
            if (write.Step is BtccClosePendingStep)
            {
                // BTCC's lists do not show which ticket a closing order closes: of two alike whose replies were both lost,
                // this one may be the other's, so it takes close deals of any ticket of its symbol and side
                tracked.ClosesPositionId = 0;
            }
            if (requestTime > 0)
            {
                tracked.RequestTime = Math.Min(tracked.RequestTime, requestTime);
            }
            BtccOrderWriter.AddBrokerId(tracked.Order, BtccBrokerIds.ForPendingOrder(pendingOrderId));
            Settled(tracked, write, $"BTCC lists it as pending order {pendingOrderId}");
        }

        private static void Settled(BtccTrackedOrder tracked, BtccUnconfirmedWrite write, string evidence)
        {
            tracked.Unconfirmed.Remove(write);
            tracked.LastProgressUtc = DateTime.UtcNow;
            BtccLog.Trace("BtccUnconfirmedWriteSettler", "Settled", $"order {tracked.Order.Id}: the {write.Describe()} took effect ({evidence})");
        }

        /// <summary>Nothing showed the request: the volume it carried is not placed.</summary>
        private void Drop(BtccTrackedOrder tracked, BtccUnconfirmedWrite write)
        {
            tracked.Unconfirmed.Remove(write);
            if (write.Step is BtccClosePositionStep close)
            {
                tracked.Closes.RemoveAll(c => c.PositionId == close.PositionId && c.Volume == close.Volume && c.Attributed == 0m);
            }
            var reason = $"BTCC shows no trace of the {write.Describe()} whose reply was lost ({write.Reason}): it was not placed";
            BtccLog.Trace("BtccUnconfirmedWriteSettler", "Drop", $"order {tracked.Order.Id}: {reason}");
            _unplaced(tracked, write.Volume, reason);
        }
    }
}
