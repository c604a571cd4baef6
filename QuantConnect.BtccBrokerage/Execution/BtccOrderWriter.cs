using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Sends LEAN's order requests to BTCC and records on the tracked order every BTCC id they produce, so the fill
    /// engine can attribute the deals that follow: the translator's steps for a new order (closeposition /
    /// openposition / openpending), updatepending and cancelpending. Called under the engine's gate.
    /// </summary>
    internal sealed class BtccOrderWriter
    {
        private readonly BtccRestApiClient _client;
        private readonly BtccBrokerageSettings _settings;
        private readonly TrackedOrders _tracked;
        private readonly IBtccFillSink _sink;
        private readonly Func<string, Symbol?> _leanSymbolOf;
        private readonly Func<IReadOnlySet<long>> _existingOrderIds;
        private readonly long _sessionSeconds;

        /// <summary>Creates the writer.</summary>
        /// <param name="client">The REST client.</param>
        /// <param name="settings">Close direction reading and the unconfirmed-write timeout.</param>
        /// <param name="tracked">The tracked orders the requests' BTCC ids are recorded on.</param>
        /// <param name="sink">Receives order events and messages.</param>
        /// <param name="leanSymbolOf">The LEAN symbol of a BTCC symbol path.</param>
        /// <param name="existingOrderIds">The pending orders known before a request: never its effect.</param>
        /// <param name="sessionSeconds">The engine's session, part of every refid.</param>
        public BtccOrderWriter(BtccRestApiClient client, BtccBrokerageSettings settings, TrackedOrders tracked, IBtccFillSink sink,
            Func<string, Symbol?> leanSymbolOf, Func<IReadOnlySet<long>> existingOrderIds, long sessionSeconds)
        {
            _client = client;
            _settings = settings;
            _tracked = tracked;
            _sink = sink;
            _leanSymbolOf = leanSymbolOf;
            _existingOrderIds = existingOrderIds;
            _sessionSeconds = sessionSeconds;
        }

        /// <summary>
        /// Sends a validated order to <paramref name="instrument"/>, opens at leverage <paramref name="multiple"/>:
        /// Submitted once BTCC accepted, Invalid with BTCC's message when it refused. Returns whether the order went out.
        /// </summary>
        public bool Place(Order order, BtccSymbolInfo instrument, int multiple)
        {
            var path = instrument.Name;
            IReadOnlyList<BtccOrderStep> steps;
            Dictionary<long, BtccPosition> tickets;
            try
            {
                tickets = order.Type == OrderType.Market
                    ? _client.GetAllPositionsAsync().GetAwaiter().GetResult()
                        .Where(p => p.Status != BtccPositionStatus.Closed && p.Volume > 0 && Equals(_leanSymbolOf(p.Symbol), order.Symbol))
                        .ToDictionary(p => p.Id)
                    : new Dictionary<long, BtccPosition>();
                steps = BtccOrderTranslator.Translate(order, tickets.Values.Select(p => new BtccTicket(p.Id, p.Direction, p.Volume, p.OpenTime)));
            }
            catch (BtccApiException error)
            {
                return Refuse(_sink, order, $"BTCC tickets could not be read, order not sent: {error.BtccMessage}");
            }

            var tracked = _tracked.Track(order, path, _client.ServerNowSeconds());
            var sent = 0m;
            for (var step = 0; step < steps.Count; step++)
            {
                var sentAt = _client.ServerNowSeconds() - (long)Math.Ceiling(_settings.Api.WriteMatchClockTolerance.TotalSeconds);
                var existing = steps[step] is BtccOpenPendingStep ? _existingOrderIds() : new HashSet<long>();
                try
                {
                    sent += Send(order, tracked, steps[step], step, tickets, path, multiple, existing);
                }
                catch (BtccAmbiguousResultException error)
                {
                    // it may have taken effect: never sent again, never taken as refused; BTCC's lists settle it
                    var write = new UnconfirmedWrite(steps[step], sentAt, DateTime.UtcNow + _settings.UnconfirmedWriteTimeout, error.BtccMessage)
                    {
                        RefId = steps[step] is BtccOpenPositionStep ? BtccBrokerIds.RefId(_sessionSeconds, order.Id, step) : 0,
                        ExistingOrderIds = existing
                    };
                    tracked.Unconfirmed.Add(write);
                    sent += write.Volume;
                    _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "UnconfirmedWrite",
                        $"Order {order.Id}: BTCC's reply to the {write.Describe()} was lost ({error.BtccMessage}); the order is followed until BTCC's lists show whether it was placed"));
                }
                catch (Exception error) when (error is BtccApiException or InvalidOperationException)
                {
                    var reason = error is BtccApiException api ? $"BTCC refused the order: {api.BtccMessage} (code {api.Code})" : error.Message;
                    if (sent == 0m)
                    {
                        _tracked.Remove(order.Id);
                        return Refuse(_sink, order, reason);
                    }
                    // part of a market order went through: the rest ends Canceled once that part filled
                    tracked.Quantity = sent;
                    tracked.ShortfallReason = reason;
                    _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "PartialSubmission",
                        $"Order {order.Id}: {BtccOrderValidator.Format(sent)} of {BtccOrderValidator.Format(order.AbsoluteQuantity)} sent; the rest was not: {reason}"));
                    break;
                }
            }
            order.Status = OrderStatus.Submitted;
            _sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC accepted the order") { Status = OrderStatus.Submitted });
            return true;
        }

        /// <summary>Changes the price or quantity of a working pending order (LEAN applied the update to <paramref name="order"/>).</summary>
        public bool Update(Order order)
        {
            var tracked = _tracked.Find(order);
            if (tracked?.PendingOrderId is not { } pendingId || tracked.IsTerminal)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not a working BTCC pending order: not updated"));
                return false;
            }
            // BTCC's request_volume is the order's whole volume, the executed part included
            var update = BtccOrderTranslator.TranslateUpdate(order);
            try
            {
                _client.UpdatePendingAsync(new BtccUpdatePendingRequest(pendingId, update.Direction, update.Type, update.Volume, update.Price) { Symbol = tracked.SymbolPath })
                    .GetAwaiter().GetResult();
                tracked.Order = order;
                tracked.Quantity = order.AbsoluteQuantity;
                tracked.PendingPrice = update.Price;
                tracked.LastProgressUtc = DateTime.UtcNow;
                _sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC updated the order") { Status = OrderStatus.UpdateSubmitted });
                return true;
            }
            catch (BtccApiException error)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Order {order.Id} not updated: BTCC says {error.BtccMessage}"));
                return false;
            }
        }

        /// <summary>
        /// Cancels a working pending order; the Canceled event follows once BTCC's lists confirm it, after any fill
        /// that happened first. Returns false when the order is not working at BTCC or the outcome is unknown.
        /// </summary>
        /// <param name="order">The LEAN order.</param>
        /// <param name="requestRefresh">Makes the next poll read everything.</param>
        public bool Cancel(Order order, Action requestRefresh)
        {
            var tracked = _tracked.Find(order);
            if (tracked == null || tracked.IsTerminal)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not working at BTCC: nothing to cancel"));
                return false;
            }
            if (tracked.PendingOrderId is not { } pendingId)
            {
                if (tracked.Unconfirmed.Any(w => w.Step is BtccOpenPendingStep))
                {
                    // BTCC's lists have not shown the pending order yet: the cancel goes out once they do
                    tracked.CancelRequested = true;
                    tracked.CancelDeferred = true;
                    return true;
                }
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotCancelable", $"Order {order.Id} is a market order: BTCC executes it at once, it cannot be canceled"));
                return false;
            }
            try
            {
                SendCancel(tracked, pendingId);
                requestRefresh();
                return true;
            }
            catch (BtccApiException error)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Order {order.Id} cancel outcome unknown: {error.BtccMessage}"));
                return false;
            }
        }

        /// <summary>
        /// Sends cancelpending for a tracked order. A refusal ("not found", "no longer pending": it filled or ended) is
        /// left to the fill engine, which brings the order to its true state; an unknown outcome throws.
        /// </summary>
        public void SendCancel(BtccTrackedOrder tracked, long pendingId)
        {
            try
            {
                var reply = _client.CancelPendingAsync(pendingId).GetAwaiter().GetResult();
                if (reply != null)
                {
                    // the reply tells what executed before the cancel: those fills are still to be reported
                    tracked.NoteExecuted(reply.ExecuteVolume);
                    tracked.CancelConfirmed = true;
                    tracked.CancelledAtBtcc = true;
                }
            }
            catch (BtccApiException error) when (error is not BtccAmbiguousResultException)
            {
                BtccLog.Trace("BtccOrderWriter", "Cancel", $"order {tracked.Order.Id} (BTCC {pendingId}): cancel refused ({error.Code} '{error.BtccMessage}'), resolving from BTCC's lists");
            }
            tracked.CancelRequested = true;
            tracked.CancelDeferred = false;
            tracked.LastProgressUtc = DateTime.UtcNow;
        }

        /// <summary>Raises Invalid for an order BTCC cannot or did not take; returns false.</summary>
        public static bool Refuse(IBtccFillSink sink, Order order, string reason)
        {
            BtccLog.Trace("BtccOrderWriter", "Refuse", $"order {order.Id} invalid: {reason}");
            order.Status = OrderStatus.Invalid;
            sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, reason) { Status = OrderStatus.Invalid });
            return false;
        }

        /// <summary>Sends one step; returns the volume it put in motion.</summary>
        private decimal Send(Order order, BtccTrackedOrder tracked, BtccOrderStep step, int index, IReadOnlyDictionary<long, BtccPosition> tickets, string path, int multiple,
            IReadOnlySet<long> existingOrderIds)
        {
            switch (step)
            {
                case BtccClosePositionStep close:
                {
                    var ticket = tickets[close.PositionId];
                    var direction = _settings.CloseDirectionIsClosingSide ? close.ClosingDirection : close.PositionDirection;
                    // record the close before sending so its deal is attributed however fast it is listed
                    tracked.Closes.Add(new PositionCloseRequest(close.PositionId, close.Volume));
                    try
                    {
                        _client.ClosePositionAsync(new BtccClosePositionRequest(close.PositionId, direction, ticket.Symbol, close.Volume, order.Price)
                        {
                            PositionVolume = ticket.Volume,
                            RefId = BtccBrokerIds.RefId(_sessionSeconds, order.Id, index),
                            ResendWhenNotListed = false
                        }).GetAwaiter().GetResult();
                    }
                    catch (Exception error) when (error is not BtccAmbiguousResultException)
                    {
                        // refused: no close deal will come (an ambiguous close keeps its request: its deal may)
                        tracked.Closes.RemoveAt(tracked.Closes.Count - 1);
                        throw;
                    }
                    AddBrokerId(order, BtccBrokerIds.ForPosition(close.PositionId));
                    return close.Volume;
                }
                case BtccOpenPositionStep open:
                {
                    var refId = BtccBrokerIds.RefId(_sessionSeconds, order.Id, index);
                    tracked.RefIds.Add(refId);
                    var position = _client.OpenPositionAsync(new BtccOpenPositionRequest(path, open.Direction, open.Volume, order.Price, multiple, refId)
                        {
                            ResendWhenNotListed = false
                        }).GetAwaiter().GetResult();
                    if (position.Id != 0)
                    {
                        tracked.OpenedPositionIds.Add(position.Id);
                        AddBrokerId(order, BtccBrokerIds.ForPosition(position.Id));
                    }
                    return open.Volume;
                }
                case BtccOpenPendingStep pending:
                {
                    var placed = _client.OpenPendingAsync(new BtccOpenPendingRequest(path, pending.Direction, pending.Type, pending.Volume, pending.Price, multiple)
                        {
                            ResendWhenNotListed = false,
                            ExistingOrderIds = existingOrderIds
                        }).GetAwaiter().GetResult();
                    if (placed.Status == BtccOrderStatus.Declined)
                    {
                        throw new InvalidOperationException($"BTCC declined the order (pending order {placed.Id})");
                    }
                    tracked.PendingOrderId = placed.Id;
                    tracked.PendingType = pending.Type;
                    tracked.PendingPrice = pending.Price;
                    if (placed.RequestTime > 0)
                    {
                        tracked.RequestTime = Math.Min(tracked.RequestTime, placed.RequestTime);
                    }
                    AddBrokerId(order, BtccBrokerIds.ForPendingOrder(placed.Id));
                    return pending.Volume;
                }
                default:
                    throw new InvalidOperationException($"Unknown order step {step}");
            }
        }

        /// <summary>Adds a BTCC id to a LEAN order's BrokerId once.</summary>
        public static void AddBrokerId(Order order, string brokerId)
        {
            if (!order.BrokerId.Contains(brokerId))
            {
                order.BrokerId.Add(brokerId);
            }
        }
    }
}
