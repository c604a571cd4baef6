using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;

namespace QuantConnect.Brokerages.Btcc
{
    public partial class BtccBrokerage
    {
        /// <summary>
        /// Sends a Market, Limit or StopMarket order. The validator refuses what BTCC cannot take (an Invalid
        /// event, nothing sent); the translator turns the order and the current tickets into closeposition /
        /// openposition / openpending steps. Submitted is raised once BTCC accepted; Invalid with BTCC's message
        /// when it refused. Fills arrive later from the fill engine. Opens carry the order's leverage as
        /// <c>multiple</c> (<see cref="LeverageOf"/>) on the path that allows it; a leverage above the instrument's
        /// maximum is refused (Invalid) naming the maximum.
        /// </summary>
        public override bool PlaceOrder(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            BtccLeverageChoice? choice = null;
            string? leverageError = null;
            if (_symbolMapper != null && order.Symbol is not null && _symbolMapper.TryChoose(order.Symbol, LeverageOf(order.Symbol), out var chosen, out leverageError))
            {
                choice = chosen;
            }
            // listed, but not up to this leverage (disconnected: the validator says so first)
            if (choice == null && leverageError != null && IsTradingConnected)
            {
                return Refuse(order, leverageError);
            }
            var validation = BtccOrderValidator.Validate(order, choice?.Instrument, IsTradingConnected);
            if (!validation.IsValid)
            {
                return Refuse(order, validation.Message);
            }
            var path = choice!.Instrument.Name;
            var multiple = choice.Multiple;
            var client = _restClient!;

            _orderGate.Wait();
            try
            {
                IReadOnlyList<BtccOrderStep> steps;
                Dictionary<long, BtccPosition> tickets;
                try
                {
                    tickets = order.Type == OrderType.Market
                        ? client.GetAllPositionsAsync().GetAwaiter().GetResult()
                            .Where(p => p.Status != BtccPositionStatus.Closed && p.Volume > 0 && Equals(LeanSymbolOf(p.Symbol), order.Symbol))
                            .ToDictionary(p => p.Id)
                        : new Dictionary<long, BtccPosition>();
                    steps = BtccOrderTranslator.Translate(order, tickets.Values.Select(p => new BtccTicket(p.Id, (int)p.Direction, p.Volume, p.OpenTime)));
                }
                catch (BtccApiException error)
                {
                    return Refuse(order, $"BTCC tickets could not be read, order not sent: {error.BtccMessage}");
                }

                var tracked = new BtccTrackedOrder(order, path, client.ServerNowSeconds(), Interlocked.Increment(ref _sequence));
                _tracked[order.Id] = tracked;
                var sent = 0m;
                for (var step = 0; step < steps.Count; step++)
                {
                    try
                    {
                        sent += Send(order, tracked, steps[step], step, tickets, path, multiple);
                    }
                    catch (Exception error) when (error is BtccApiException or InvalidOperationException)
                    {
                        var reason = error is BtccApiException api ? $"BTCC refused the order: {api.BtccMessage} (code {api.Code})" : error.Message;
                        if (sent == 0m)
                        {
                            _tracked.Remove(order.Id);
                            return Refuse(order, reason);
                        }
                        // part of a market order went through: the rest ends Canceled once that part filled
                        tracked.Quantity = sent;
                        tracked.ShortfallReason = reason;
                        OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "PartialSubmission",
                            $"Order {order.Id}: {BtccOrderValidator.Format(sent)} of {BtccOrderValidator.Format(order.AbsoluteQuantity)} sent; the rest was not: {reason}"));
                        break;
                    }
                }
                order.Status = OrderStatus.Submitted;
                OnOrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC accepted the order") { Status = OrderStatus.Submitted });
                return true;
            }
            finally
            {
                _orderGate.Release();
            }
        }

        /// <summary>
        /// Changes the price or quantity of a working Limit or StopMarket order (updatepending). LEAN has applied
        /// the update to <paramref name="order"/> already.
        /// </summary>
        public override bool UpdateOrder(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            var instrument = InstrumentOf(order.Symbol);
            var validation = BtccOrderValidator.ValidateUpdate(order, instrument, IsTradingConnected);
            if (!validation.IsValid)
            {
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, validation.Rule.ToString(), $"Order {order.Id} not updated: {validation.Message}"));
                return false;
            }
            _orderGate.Wait();
            try
            {
                var tracked = TrackedOf(order);
                if (tracked?.PendingOrderId is not { } pendingId || tracked.IsTerminal)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not a working BTCC pending order: not updated"));
                    return false;
                }
                // BTCC's request_volume is the order's whole volume, the executed part included
                var update = BtccOrderTranslator.TranslateUpdate(order);
                try
                {
                    var result = _restClient!.UpdatePendingAsync(new BtccUpdatePendingRequest(pendingId, (BtccDirection)update.Direction,
                        (BtccPendingUpdateType)(int)update.Type, update.Volume, update.Price) { Symbol = tracked.SymbolPath }).GetAwaiter().GetResult();
                    tracked.Order = order;
                    tracked.Quantity = order.AbsoluteQuantity;
                    tracked.PendingPrice = update.Price;
                    tracked.LastProgressUtc = DateTime.UtcNow;
                    OnOrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, "BTCC updated the order") { Status = OrderStatus.UpdateSubmitted });
                    return true;
                }
                catch (BtccApiException error)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Order {order.Id} not updated: BTCC says {error.BtccMessage}"));
                    return false;
                }
            }
            finally
            {
                _orderGate.Release();
            }
        }

        /// <summary>
        /// Cancels a working Limit or StopMarket order (cancelpending). The Canceled event follows from the fill
        /// engine once BTCC's lists confirm it, after any fill that happened first.
        /// </summary>
        public override bool CancelOrder(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            if (!IsTradingConnected)
            {
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotConnected", $"Order {order.Id} not canceled: not connected to BTCC"));
                return false;
            }
            _orderGate.Wait();
            try
            {
                var tracked = TrackedOf(order);
                if (tracked == null || tracked.IsTerminal)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotWorking", $"Order {order.Id} is not working at BTCC: nothing to cancel"));
                    return false;
                }
                if (tracked.PendingOrderId is not { } pendingId)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotCancelable", $"Order {order.Id} is a market order: BTCC executes it at once, it cannot be canceled"));
                    return false;
                }
                try
                {
                    _restClient!.CancelPendingAsync(pendingId).GetAwaiter().GetResult();
                    tracked.CancelConfirmed = true;
                }
                catch (BtccApiException error) when (error is not BtccAmbiguousResultException)
                {
                    // "not found" / "no longer pending": it filled or ended; the fill engine brings it to its true state
                    BtccLog.Trace("BtccBrokerage", "CancelOrder", $"order {order.Id} (BTCC {pendingId}): cancel refused ({error.Code} '{error.BtccMessage}'), resolving from BTCC's lists");
                }
                tracked.CancelRequested = true;
                tracked.LastProgressUtc = DateTime.UtcNow;
                _poller?.RequestFullRefresh();
                return true;
            }
            catch (BtccApiException error)
            {
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Order {order.Id} cancel outcome unknown: {error.BtccMessage}"));
                return false;
            }
            finally
            {
                _orderGate.Release();
            }
        }

        /// <summary>
        /// BTCC's working pending orders as LEAN orders (LimitOrder for limit types, StopMarketOrder for stop
        /// types), built through their public constructors: remaining quantity signed by direction, the BTCC
        /// order id in BrokerId. Orders on symbols outside the symbol list are reported with a Warning.
        /// </summary>
        public override List<Order> GetOpenOrders()
        {
            EnsureSession();
            var orders = _restClient!.GetOrderListAsync().GetAwaiter().GetResult().Orders;
            var result = new List<Order>();
            foreach (var pending in orders)
            {
                var order = ToLeanOrder(pending);
                if (order == null)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "UnknownSymbol",
                        $"BTCC pending order {pending.Id} on {pending.Symbol} (type {(int)pending.Type}) cannot be shown to LEAN"));
                    continue;
                }
                result.Add(order);
            }
            return result;
        }

        /// <summary>A BTCC pending order as a LEAN order, or null when its symbol or type has no LEAN form.</summary>
        internal Order? ToLeanOrder(BtccOrder pending)
        {
            var symbol = LeanSymbolOf(pending.Symbol);
            if (symbol is null || pending.Direction is not (BtccDirection.Buy or BtccDirection.Sell))
            {
                return null;
            }
            var quantity = (pending.RequestVolume - pending.ExecuteVolume) * (pending.Direction == BtccDirection.Buy ? 1 : -1);
            var time = pending.RequestTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(pending.RequestTime).UtcDateTime : DateTime.UtcNow;
            Order? order = pending.Type switch
            {
                BtccPendingOrderType.LimitOpen or BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketTakeProfit
                    => new LimitOrder(symbol, quantity, pending.RequestPrice, time, $"BTCC order {pending.Id}"),
                BtccPendingOrderType.StopOpen or BtccPendingOrderType.MarketStopLoss
                    => new StopMarketOrder(symbol, quantity, pending.RequestPrice, time, $"BTCC order {pending.Id}"),
                _ => null
            };
            order?.BrokerId.Add(BtccBrokerIds.ForPendingOrder(pending.Id));
            return order;
        }

        /// <summary>Sends one step; returns the volume it put in motion.</summary>
        private decimal Send(Order order, BtccTrackedOrder tracked, BtccOrderStep step, int index, IReadOnlyDictionary<long, BtccPosition> tickets, string path, int multiple)
        {
            var client = _restClient!;
            switch (step)
            {
                case BtccClosePositionStep close:
                {
                    var ticket = tickets[close.PositionId];
                    var direction = _settings!.CloseDirectionIsClosingSide ? close.ClosingDirection : close.PositionDirection;
                    // record the close before sending so its deal is attributed however fast it is listed
                    tracked.Closes.Add(new PositionCloseRequest(close.PositionId, close.Volume));
                    try
                    {
                        client.ClosePositionAsync(new BtccClosePositionRequest(close.PositionId, (BtccDirection)direction, ticket.Symbol, close.Volume, order.Price)
                        {
                            PositionVolume = ticket.Volume
                        }).GetAwaiter().GetResult();
                    }
                    catch
                    {
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
                    var position = client.OpenPositionAsync(new BtccOpenPositionRequest(path, (BtccDirection)open.Direction, open.Volume, order.Price, multiple, refId))
                        .GetAwaiter().GetResult();
                    if (position.Id != 0)
                    {
                        tracked.OpenedPositionIds.Add(position.Id);
                        AddBrokerId(order, BtccBrokerIds.ForPosition(position.Id));
                    }
                    return open.Volume;
                }
                case BtccOpenPendingStep pending:
                {
                    var placed = client.OpenPendingAsync(new BtccOpenPendingRequest(path, (BtccDirection)pending.Direction, (BtccPendingOrderType)(int)pending.Type,
                        pending.Volume, pending.Price, multiple)).GetAwaiter().GetResult();
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

        private static void AddBrokerId(Order order, string brokerId)
        {
            if (!order.BrokerId.Contains(brokerId))
            {
                order.BrokerId.Add(brokerId);
            }
        }

        /// <summary>Raises Invalid for an order BTCC cannot or did not take; returns false.</summary>
        private bool Refuse(Order order, string reason)
        {
            BtccLog.Trace("BtccBrokerage", "PlaceOrder", $"order {order.Id} invalid: {reason}");
            order.Status = OrderStatus.Invalid;
            OnOrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, reason) { Status = OrderStatus.Invalid });
            return false;
        }

        /// <summary>
        /// The leverage an order on <paramref name="symbol"/> is sent with: its security's in the algorithm (what LEAN's
        /// margin model holds it at: <c>btcc-leverage</c> through <see cref="BtccBrokerageModel"/>, or SetLeverage),
        /// else null for the configured one (<see cref="BtccLeverageSetting"/>).
        /// </summary>
        private decimal? LeverageOf(Symbol symbol)
            // LEAN keeps 1/leverage, so 3x reads back as 3.0000...0003: round off that noise, not a real fraction
            => _algorithm?.Securities is { } securities && securities.TryGetValue(symbol, out var security) ? Math.Round(security.Leverage, 8) : null;

        private BtccSymbolInfo? InstrumentOf(Symbol symbol)
            => _symbolMapper != null && symbol is not null && _symbolMapper.TryGetInstrument(symbol, out var instrument) ? instrument : null;

        /// <summary>The tracked record of <paramref name="order"/>, adopting a working order LEAN knows by BTCC id (e.g. loaded at start).</summary>
        private BtccTrackedOrder? TrackedOf(Order order)
        {
            if (_tracked.TryGetValue(order.Id, out var tracked))
            {
                return tracked;
            }
            foreach (var brokerId in order.BrokerId)
            {
                if (BtccBrokerIds.TryParsePendingOrder(brokerId, out var pendingId))
                {
                    return Adopt(order, pendingId, null);
                }
            }
            return null;
        }
    }
}
