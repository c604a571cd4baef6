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
    /// <summary>
    /// Sends LEAN's order requests to BTCC and records on the tracked legs every BTCC id they produce, so the fill
    /// engine can attribute the deals that follow: the translator's steps for a new order (closeposition /
    /// openposition, or a closing openpending per ticket and an opening one), updatepending and cancelpending of every
    /// leg (<c>.Changes</c>). Called under the engine's gate; raises no event itself (they go to the sink, which hands
    /// them to LEAN after the gate is released).
    /// </summary>
    internal sealed partial class BtccOrderWriter
    {
        private readonly BtccRestApiClient _client;
        private readonly BtccBrokerageSettings _settings;
        private readonly BtccTrackedOrders _tracked;
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
        public BtccOrderWriter(BtccRestApiClient client, BtccBrokerageSettings settings, BtccTrackedOrders tracked, IBtccFillSink sink,
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
        /// Submitted once BTCC accepted, Invalid with the reason when it cannot go (expired, reduce-only) or BTCC refused.
        /// Returns whether the order went out.
        /// </summary>
        public bool Place(Order order, BtccSymbolInfo instrument, int multiple)
        {
            if (BtccTimeInForce.ExpiresAtUtc(order) is { } expiry && _settings.Clock.GetUtcNow().UtcDateTime >= expiry)
            {
                return Refuse(_sink, order, $"The order's {BtccTimeInForce.Describe(order.TimeInForce)} time in force ended at {expiry:yyyy-MM-dd HH:mm} UTC: not sent");
            }
            var parent = new BtccLeanOrder(order, instrument.Name, multiple) { MinimumVolume = instrument.VolumesMin };
            IReadOnlyList<BtccOrderStep> steps;
            Dictionary<long, BtccPosition> tickets;
            try
            {
                tickets = parent.Hedge ? new Dictionary<long, BtccPosition>() : ReadTickets(order.Symbol);
                steps = BtccOrderTranslator.Translate(order, Describe(tickets.Values, parent), new BtccTranslation(parent.Hedge, parent.MinimumVolume));
            }
            catch (BtccApiException error)
            {
                return Refuse(_sink, order, $"BTCC tickets could not be read, order not sent: {error.BtccMessage}");
            }
            if (parent.ReduceOnly && BtccOrderTranslator.OpeningVolume(steps) is var opening and > 0m)
            {
                return Refuse(_sink, order, $"Reduce-only order {order.Id} would open {BtccOrderValidator.Format(opening)} beyond the " +
                    $"{BtccOrderValidator.Format(order.AbsoluteQuantity - opening)} the opposite tickets hold: not sent");
            }

            _tracked.Track(parent);
            var (sent, refusal) = SendLegs(parent, steps, tickets);
            if (refusal != null)
            {
                if (sent == 0m)
                {
                    _tracked.Remove(parent);
                    return Refuse(_sink, order, refusal);
                }
                if (!steps.Any(s => s is BtccClosePendingStep or BtccOpenPendingStep))
                {
                    // part of a market order went through: the rest ends Canceled once that part filled
                    parent.Unplace(parent.Quantity - sent, refusal);
                    _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "PartialSubmission",
                        $"Order {order.Id}: {BtccOrderValidator.Format(sent)} of {BtccOrderValidator.Format(order.AbsoluteQuantity)} sent; the rest was not: {refusal}"));
                }
                else if (!WithdrawLegs(parent, refusal))
                {
                    // nothing of what was placed executed: as if none of it had been sent
                    _tracked.Remove(parent);
                    return Refuse(_sink, order, refusal);
                }
            }
            order.Status = OrderStatus.Submitted;
            _sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC accepted the order") { Status = OrderStatus.Submitted });
            return true;
        }

        /// <summary>
        /// The tickets the current poll read (positionlist), or null when it read none: more of an order placed during
        /// the poll is translated against them rather than reading them again (a refusal reads them afresh).
        /// </summary>
        public IReadOnlyList<BtccPosition>? PollPositions { get; set; }

        /// <summary>
        /// Places <paramref name="volume"/> more of a working limit or stop order against the tickets open now (one of
        /// its closing orders lost its ticket, or its quantity grew), at <paramref name="multiple"/> when the order was
        /// adopted without its own. Returns null once placed (or followed after a lost reply), else why not; what could not
        /// be placed is dropped from the order's quantity.
        /// </summary>
        public string? PlaceRest(BtccLeanOrder parent, decimal volume, int multiple)
        {
            if (parent.Multiple == 0)
            {
                parent.Multiple = multiple;
            }
            var fresh = PollPositions == null;
            for (var attempt = 0; ; attempt++)
            {
                var (sent, refusal) = SendRest(parent, volume, fresh);
                if (refusal != null && sent == 0m && !fresh && attempt == 0)
                {
                    // the poll's tickets may be gone already: once more against what BTCC lists now
                    fresh = true;
                    continue;
                }
                if (refusal != null && sent < volume)
                {
                    parent.Unplace(volume - sent, refusal);
                }
                return sent == 0m ? refusal : null;
            }
        }

        private (decimal Sent, string? Refusal) SendRest(BtccLeanOrder parent, decimal volume, bool fresh)
        {
            var order = parent.Order;
            IReadOnlyList<BtccOrderStep> steps;
            Dictionary<long, BtccPosition> tickets;
            try
            {
                tickets = parent.Hedge ? new Dictionary<long, BtccPosition>() : fresh ? ReadTickets(order.Symbol) : TicketsOf(PollPositions!, order.Symbol);
                var (_, price) = BtccOrderTranslator.PendingPrice(order);
                steps = BtccOrderTranslator.Translate(order.Type, BtccOrderDirection.FromQuantity(order.Quantity), volume, price,
                    Describe(tickets.Values, parent, free: true), new BtccTranslation(parent.Hedge, parent.MinimumVolume));
            }
            catch (BtccApiException error)
            {
                return (0m, $"BTCC tickets could not be read: {error.BtccMessage}");
            }
            if (parent.ReduceOnly && BtccOrderTranslator.OpeningVolume(steps) is var opening and > 0m)
            {
                return (0m, $"the order is reduce-only and {BtccOrderValidator.Format(opening)} of it would open a ticket");
            }
            return SendLegs(parent, steps, tickets);
        }

        /// <summary>Raises Invalid for an order BTCC cannot or did not take; returns false.</summary>
        public static bool Refuse(IBtccFillSink sink, Order order, string reason)
        {
            BtccLog.Trace("BtccOrderWriter", "Refuse", $"order {order.Id} invalid: {reason}");
            order.Status = OrderStatus.Invalid;
            sink.OrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, reason) { Status = OrderStatus.Invalid });
            return false;
        }

        /// <summary>Adds a BTCC id to a LEAN order's BrokerId once.</summary>
        public static void AddBrokerId(Order order, string brokerId)
        {
            if (!order.BrokerId.Contains(brokerId))
            {
                order.BrokerId.Add(brokerId);
            }
        }

        /// <summary>The open tickets of the order's symbol (every leverage path), by id, as BTCC lists them now.</summary>
        private Dictionary<long, BtccPosition> ReadTickets(Symbol symbol) => TicketsOf(_client.GetAllPositionsAsync().GetAwaiter().GetResult(), symbol);

        private Dictionary<long, BtccPosition> TicketsOf(IEnumerable<BtccPosition> positions, Symbol symbol)
            => positions.Where(p => p.Status != BtccPositionStatus.Closed && p.Volume > 0 && Equals(_leanSymbolOf(p.Symbol), symbol))
                .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());

        /// <summary>
        /// The tickets as the translator sees them: whether other LEAN orders' closing orders rest on each, and (for more
        /// of an order already working) without what the order's own closing orders already close.
        /// </summary>
        private IEnumerable<BtccTicket> Describe(IEnumerable<BtccPosition> positions, BtccLeanOrder parent, bool free = false)
        {
            var closing = _tracked.All.Where(l => !l.IsTerminal && l.IsClosingLeg && l.ClosesPositionId != 0).ToList();
            foreach (var position in positions)
            {
                var own = free ? closing.Where(l => l.Parent == parent && l.ClosesPositionId == position.Id).Sum(l => l.Quantity - l.Filled) : 0m;
                yield return new BtccTicket(position.Id, position.Direction, Math.Max(0m, position.Volume - own), position.OpenTime)
                {
                    CarriesClosingOrders = closing.Any(l => l.Parent != parent && l.ClosesPositionId == position.Id)
                };
            }
        }

        /// <summary>
        /// Sends the steps in order as the order's legs: market steps share one leg, each pending order is a leg of its
        /// own. Stops at the first refusal. Returns the volume put in motion (a lost reply counts: BTCC's lists settle
        /// it) and the refusal, if any.
        /// </summary>
        private (decimal Sent, string? Refusal) SendLegs(BtccLeanOrder parent, IReadOnlyList<BtccOrderStep> steps, IReadOnlyDictionary<long, BtccPosition> tickets)
        {
            var order = parent.Order;
            var sent = 0m;
            BtccTrackedOrder? marketLeg = null;
            for (var step = 0; step < steps.Count; step++)
            {
                var sentAt = _client.ServerNowSeconds() - (long)Math.Ceiling(_settings.Api.WriteMatchClockTolerance.TotalSeconds);
                var leg = steps[step] switch
                {
                    BtccClosePositionStep or BtccOpenPositionStep => marketLeg ??= _tracked.AddLeg(parent, parent.SymbolPath, 0m, sentAt),
                    BtccClosePendingStep close => _tracked.AddLeg(parent, tickets[close.PositionId].Symbol, close.Volume, _client.ServerNowSeconds()),
                    _ => _tracked.AddLeg(parent, parent.SymbolPath, StepVolume(steps[step]), _client.ServerNowSeconds())
                };
                if (leg == marketLeg)
                {
                    leg.Quantity += StepVolume(steps[step]);
                }
                var existing = steps[step] is BtccOpenPendingStep or BtccClosePendingStep ? _existingOrderIds() : new HashSet<long>();
                try
                {
                    sent += Send(order, leg, steps[step], step, tickets, parent.Multiple, existing);
                }
                catch (BtccAmbiguousResultException error)
                {
                    // it may have taken effect: never sent again, never taken as refused; BTCC's lists settle it
                    var write = new BtccUnconfirmedWrite(steps[step], sentAt, DateTime.UtcNow + _settings.UnconfirmedWriteTimeout, error.BtccMessage)
                    {
                        RefId = steps[step] is BtccOpenPositionStep ? BtccBrokerIds.RefId(_sessionSeconds, order.Id, step) : 0,
                        ExistingOrderIds = existing,
                        SentDirection = steps[step] switch
                        {
                            BtccOpenPendingStep open => open.Direction,
                            BtccClosePendingStep close => CloseDirection(close.PositionDirection),
                            _ => null
                        }
                    };
                    leg.Unconfirmed.Add(write);
                    sent += write.Volume;
                    _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "BtccUnconfirmedWrite",
                        $"Order {order.Id}: BTCC's reply to the {write.Describe()} was lost ({error.BtccMessage}); the order is followed until BTCC's lists show whether it was placed"));
                }
                catch (Exception error) when (error is BtccApiException or InvalidOperationException)
                {
                    if (leg == marketLeg)
                    {
                        leg.Quantity -= StepVolume(steps[step]);
                    }
                    else
                    {
                        _tracked.RemoveLeg(leg);
                    }
                    if (marketLeg is { Quantity: 0m })
                    {
                        _tracked.RemoveLeg(marketLeg);
                    }
                    return (sent, error is BtccApiException api ? $"BTCC refused the order: {api.BtccMessage} (code {api.Code})" : error.Message);
                }
            }
            return (sent, null);
        }

        /// <summary>Sends one step for <paramref name="leg"/>; returns the volume it put in motion.</summary>
        private decimal Send(Order order, BtccTrackedOrder leg, BtccOrderStep step, int index, IReadOnlyDictionary<long, BtccPosition> tickets, int multiple,
            IReadOnlySet<long> existingOrderIds)
        {
            switch (step)
            {
                case BtccClosePositionStep close:
                {
                    var ticket = tickets[close.PositionId];
                    // record the close before sending so its deal is attributed however fast it is listed
                    leg.Closes.Add(new BtccPositionCloseRequest(close.PositionId, close.Volume));
                    try
                    {
                        _client.ClosePositionAsync(new BtccClosePositionRequest(close.PositionId, CloseDirection(close.PositionDirection), ticket.Symbol, close.Volume, order.Price)
                        {
                            PositionVolume = ticket.Volume,
                            RefId = BtccBrokerIds.RefId(_sessionSeconds, order.Id, index),
                            ResendWhenNotListed = false
                        }).GetAwaiter().GetResult();
                    }
                    catch (Exception error) when (error is not BtccAmbiguousResultException)
                    {
                        // refused: no close deal will come (an ambiguous close keeps its request: its deal may)
                        leg.Closes.RemoveAt(leg.Closes.Count - 1);
                        throw;
                    }
                    AddBrokerId(order, BtccBrokerIds.ForPosition(close.PositionId));
                    return close.Volume;
                }
                case BtccOpenPositionStep open:
                {
                    var refId = BtccBrokerIds.RefId(_sessionSeconds, order.Id, index);
                    leg.RefIds.Add(refId);
                    var position = _client.OpenPositionAsync(new BtccOpenPositionRequest(leg.SymbolPath, open.Direction, open.Volume, order.Price, multiple, refId)
                        {
                            ResendWhenNotListed = false
                        }).GetAwaiter().GetResult();
                    if (position.Id != 0)
                    {
                        leg.OpenedPositionIds.Add(position.Id);
                        AddBrokerId(order, BtccBrokerIds.ForPosition(position.Id));
                    }
                    return open.Volume;
                }
                case BtccOpenPendingStep pending:
                    leg.PendingType = pending.Type;
                    leg.PendingPrice = pending.Price;
                    return SendPending(order, leg, new BtccOpenPendingRequest(leg.SymbolPath, pending.Direction, pending.Type, pending.Volume, pending.Price, multiple)
                    {
                        ResendWhenNotListed = false,
                        ExistingOrderIds = existingOrderIds
                    });
                case BtccClosePendingStep close:
                    leg.PendingType = close.Type;
                    leg.PendingPrice = close.Price;
                    leg.ClosesPositionId = close.PositionId;
                    return SendPending(order, leg, new BtccOpenPendingRequest(leg.SymbolPath, CloseDirection(close.PositionDirection), close.Type, close.Volume, close.Price, multiple)
                    {
                        PositionId = close.PositionId,
                        ResendWhenNotListed = false,
                        ExistingOrderIds = existingOrderIds
                    });
                default:
                    throw new InvalidOperationException($"Unknown order step {step}");
            }
        }

        /// <summary>openpending for a leg: the pending order's id goes on the leg and into the LEAN order's BrokerId.</summary>
        private decimal SendPending(Order order, BtccTrackedOrder leg, BtccOpenPendingRequest request)
        {
            var placed = _client.OpenPendingAsync(request).GetAwaiter().GetResult();
            if (placed.Status == BtccOrderStatus.Declined)
            {
                throw new InvalidOperationException($"BTCC declined the order (pending order {placed.Id})");
            }
            leg.PendingOrderId = placed.Id;
            if (placed.RequestTime > 0)
            {
                leg.RequestTime = Math.Min(leg.RequestTime, placed.RequestTime);
            }
            AddBrokerId(order, BtccBrokerIds.ForPendingOrder(placed.Id));
            return request.Volume;
        }

        /// <summary>The <c>direction</c> a close of a ticket on <paramref name="positionDirection"/>'s side is sent with (BTCC's docs leave it open).</summary>
        private BtccDirection CloseDirection(BtccDirection positionDirection)
            => _settings.CloseDirectionIsClosingSide ? BtccOrderDirection.Opposite(positionDirection) : positionDirection;

        private static decimal StepVolume(BtccOrderStep step) => step switch
        {
            BtccClosePositionStep close => close.Volume,
            BtccOpenPositionStep open => open.Volume,
            BtccOpenPendingStep pending => pending.Volume,
            BtccClosePendingStep close => close.Volume,
            _ => 0m
        };
    }
}
