/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>
    /// Pending orders and their triggers. An order BTCC would refuse outright (bad volume, non-tradable
    /// symbol, wrong side on a one-way symbol, a multiple above the path's maximum) is refused with an error code, like
    /// openposition; free margin is only checked when the order triggers, and a trigger that cannot be
    /// covered declines the order (status 6). A resting limit that the market reaches fills at its limit price
    /// (maker); a limit already on the wrong side of the market when placed or updated either fills at once at the
    /// market's price (taker) or is refused, per <see cref="BtccSimulatorOptions.MarketableLimits"/>.
    /// Closing orders (types 3-5) are held to the strictest reading where BTCC's docs are silent: their positionid must be an
    /// open ticket of the order's symbol path, their direction is read as closeposition's, their volume may not exceed the
    /// ticket's (at placement; at an update, what is left of it; several may each cover the whole ticket, as a take-profit and
    /// a stop-loss do), an update keeps their kind, an execution closes at most what the ticket still holds, and once the ticket is closed —
    /// by them, by closeposition, its own stop-loss or take-profit, or a liquidation — every closing order on it is
    /// cancelled (status 5), the rest of one that closed it included.
    /// </summary>
    internal sealed partial class ExchangeEngine
    {
        /// <summary>openpending. For types 4/5 a zero request_price falls back to stop_loss/take_profit.</summary>
        public SimulatedOrder OpenPending(string symbol, int direction, int type, decimal volume, decimal price, decimal stopLoss,
            decimal takeProfit, int multiple, long positionId)
        {
            lock (_gate)
            {
                var instrument = InstrumentByPath(symbol);
                if (type is < PendingType.LimitOpen or > PendingType.TakeProfit)
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadOrderType, "type must be 1 to 5");
                }
                if (type >= PendingType.LimitClose)
                {
                    if (positionId == 0)
                    {
                        throw new SimulatorException(SimulatorErrorCodes.InvalidParameter, "positionid is required for types 3, 4 and 5");
                    }
                    var position = OpenPositionLocked(positionId);
                    if (position.Instrument.Path != instrument.Path)
                    {
                        throw new SimulatorException(SimulatorErrorCodes.PositionNotFound, "position not found for symbol");
                    }
                    ValidateMultiple(instrument, multiple);
                    ValidateCloseDirection(position, direction);
                    ValidateCloseVolume(position, volume);
                    if (price <= 0) price = type == PendingType.StopLoss ? stopLoss : type == PendingType.TakeProfit ? takeProfit : 0;
                }
                else
                {
                    ValidateOpen(instrument, direction, volume, multiple);
                }
                if (price <= 0)
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadPrice, "request_price must be positive");
                }
                var now = Now;
                var order = new SimulatedOrder
                {
                    Id = _nextOrderId++,
                    Instrument = instrument,
                    Direction = direction,
                    Type = type,
                    RequestPrice = instrument.RoundPrice(price),
                    RequestVolume = volume,
                    InitVolume = volume,
                    StopLoss = instrument.RoundPrice(stopLoss),
                    TakeProfit = instrument.RoundPrice(takeProfit),
                    Status = OrderStatus.Placed,
                    RequestTime = now,
                    PositionId = type >= PendingType.LimitClose ? positionId : 0,
                    Multiple = multiple,
                    CreatedAt = now
                };
                order = AdmitLimitLocked(order);
                _orders[order.Id] = order;
                RunTriggersLocked(instrument.Ticker);
                return order;
            }
        }

        /// <summary>updatepending: <paramref name="limitOrStop"/> is 0 limit / 1 stop (not openpending's 1-5).</summary>
        public SimulatedOrder UpdatePending(long orderId, string? symbol, int direction, int limitOrStop, decimal volume, decimal price,
            decimal stopLoss, decimal takeProfit)
        {
            lock (_gate)
            {
                var order = OpenOrderLocked(orderId);
                if (!string.IsNullOrEmpty(symbol) && symbol != order.Instrument.Path)
                {
                    throw new SimulatorException(SimulatorErrorCodes.OrderNotFound, "order not found for symbol");
                }
                if (direction != order.Direction)
                {
                    throw new SimulatorException(SimulatorErrorCodes.DirectionMismatch, "direction cannot change");
                }
                if (limitOrStop is not (0 or 1))
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadOrderType, "type must be 0 (limit) or 1 (stop)");
                }
                if (price <= 0)
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadPrice, "request_price must be positive");
                }
                var type = order.Type;
                if (order.ClosesPosition)
                {
                    // a closing order keeps its kind: a limit close is updated as a limit (0), a stop-loss or take-profit as a stop (1)
                    if (limitOrStop != (order.Type == PendingType.LimitClose ? 0 : 1))
                    {
                        throw new SimulatorException(SimulatorErrorCodes.BadOrderType, "type does not match the closing order's kind");
                    }
                    // request_volume includes what executed; what is left of it may not exceed what the ticket still holds
                    ValidateCloseVolume(OpenPositionLocked(order.PositionId), volume - order.ExecuteVolume);
                }
                else
                {
                    ValidateVolume(order.Instrument, volume);
                    type = limitOrStop == 0 ? PendingType.LimitOpen : PendingType.StopOpen;
                }
                if (volume <= order.ExecuteVolume)
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadVolume, "volume must exceed the executed volume");
                }
                order = AdmitLimitLocked(order with
                {
                    Type = type,
                    RequestVolume = volume,
                    RequestPrice = order.Instrument.RoundPrice(price),
                    StopLoss = order.Instrument.RoundPrice(stopLoss),
                    TakeProfit = order.Instrument.RoundPrice(takeProfit)
                });
                _orders[order.Id] = order;
                RunTriggersLocked(order.Instrument.Ticker);
                return order;
            }
        }

        /// <summary>cancelpending. With <see cref="BtccSimulatorFaults.CancelRaceRate"/>, a fill may beat the cancel.</summary>
        public SimulatedOrder CancelPending(long orderId)
        {
            lock (_gate)
            {
                var order = OpenOrderLocked(orderId);
                if (Drawn(Faults.CancelRaceRate))
                {
                    Faults.Count("cancel races");
                    RaceLocked(order);
                    order = OpenOrderLocked(orderId);
                }
                order = order with { Status = OrderStatus.Cancelled };
                _orders[order.Id] = order;
                return order;
            }
        }

        /// <summary>A fill arriving just before a cancel: the order executes at its own price (limits) or the market.</summary>
        private void RaceLocked(SimulatedOrder order)
        {
            var path = PathOf(order.Instrument.Ticker);
            SimulatedPosition? position = null;
            if (order.ClosesPosition && (!_positions.TryGetValue(order.PositionId, out position) || position.Status != 1))
            {
                return;
            }
            var market = BuysLocked(order) ? path.Ask : path.Bid;
            var (fill, rate, dealType) = order.Type switch
            {
                PendingType.LimitOpen => (order.RequestPrice, MakerRate, DealOrderType.LimitOpen),
                PendingType.StopOpen => (market, TakerRate, DealOrderType.StopOpen),
                PendingType.LimitClose => (order.RequestPrice, MakerRate, DealOrderType.LimitClose),
                PendingType.StopLoss => (market, TakerRate, DealOrderType.StopLossClose),
                _ => (market, TakerRate, DealOrderType.TakeProfitClose)
            };
            ExecuteLocked(order, position, fill, rate, dealType);
        }

        private SimulatedOrder OpenOrderLocked(long orderId)
        {
            if (!_orders.TryGetValue(orderId, out var order))
            {
                throw new SimulatorException(SimulatorErrorCodes.OrderNotFound, "order not found");
            }
            return order.IsOpen ? order : throw new SimulatorException(SimulatorErrorCodes.OrderNotModifiable, "order is no longer pending");
        }

        private void RunTriggersLocked(string ticker)
        {
            var path = PathOf(ticker);
            foreach (var order in _orders.Values.Where(o => o.IsOpen && o.Instrument.Ticker == path.Instrument.Ticker).ToList())
            {
                TryTriggerLocked(order, path.Bid, path.Ask);
            }
            foreach (var position in _positions.Values.Where(p => p.Status == 1 && p.Instrument.Ticker == path.Instrument.Ticker).ToList())
            {
                TryStopsLocked(position, path.Bid, path.Ask);
            }
        }

        /// <summary>
        /// A limit order on the wrong side of the market (a buy at or above the ask, a sell at or below the bid) is
        /// refused or marked to fill at the market's price; any other order is returned unmarked.
        /// </summary>
        private SimulatedOrder AdmitLimitLocked(SimulatedOrder order)
        {
            var path = PathOf(order.Instrument.Ticker);
            var marketable = order.Type is PendingType.LimitOpen or PendingType.LimitClose
                && (BuysLocked(order) ? path.Ask <= order.RequestPrice : path.Bid >= order.RequestPrice);
            if (marketable && _options.MarketableLimits == MarketableLimitPolicy.Refuse)
            {
                throw new SimulatorException(SimulatorErrorCodes.LimitOnWrongSide, "limit price is on the wrong side of the market");
            }
            return order with { AtMarket = marketable };
        }

        /// <summary>Whether the order executes as a buy: a close order on the side that closes its position, whatever the direction reading.</summary>
        private bool BuysLocked(SimulatedOrder order)
            => order.ClosesPosition && _positions.TryGetValue(order.PositionId, out var position) ? position.Direction == 2 : order.Direction == 1;

        private void TryTriggerLocked(SimulatedOrder order, decimal bid, decimal ask)
        {
            var buy = BuysLocked(order);
            var price = order.RequestPrice;
            SimulatedPosition? position = null;
            if (order.ClosesPosition && (!_positions.TryGetValue(order.PositionId, out position) || position.Status != 1))
            {
                _orders[order.Id] = order with { Status = OrderStatus.Cancelled };
                return;
            }
            // a resting limit the market reaches fills at its price (maker); one placed through the market takes the market's
            var (limitFill, limitRate) = order.AtMarket ? (buy ? ask : bid, TakerRate) : (price, MakerRate);
            (bool Hit, decimal Fill, decimal Rate, int DealType) trigger = order.Type switch
            {
                PendingType.LimitOpen => (buy ? ask <= price : bid >= price, limitFill, limitRate, DealOrderType.LimitOpen),
                PendingType.StopOpen => (buy ? ask >= price : bid <= price, buy ? ask : bid, TakerRate, DealOrderType.StopOpen),
                PendingType.LimitClose => (buy ? ask <= price : bid >= price, limitFill, limitRate, DealOrderType.LimitClose),
                PendingType.StopLoss => (buy ? ask >= price : bid <= price, buy ? ask : bid, TakerRate, DealOrderType.StopLossClose),
                _ => (buy ? ask <= price : bid >= price, buy ? ask : bid, TakerRate, DealOrderType.TakeProfitClose)
            };
            if (!trigger.Hit) return;

            ExecuteLocked(order, position, trigger.Fill, trigger.Rate, trigger.DealType);
        }

        /// <summary>One execution of a triggered order: the trigger volume (all, or a partial fill) at <paramref name="fill"/>.</summary>
        private void ExecuteLocked(SimulatedOrder order, SimulatedPosition? position, decimal fill, decimal rate, int dealType)
        {
            var volume = FillVolume(order.Instrument, order.RequestVolume - order.ExecuteVolume);
            var dealCountBefore = _deals.Count;
            var done = false;
            _cause = new DealCause(order.Id, 0);
            try
            {
                if (position is null)
                {
                    var opened = OpenLocked(order.Instrument, order.Direction, volume, fill, order.Multiple, dealType, rate, 0, 0, order.StopLoss, order.TakeProfit);
                    if (opened is null)
                    {
                        _orders[order.Id] = order with { Status = OrderStatus.Declined };
                        return;
                    }
                }
                else
                {
                    volume = Math.Min(volume, position.Volume);
                    done = CloseLocked(position, volume, fill, dealType, rate).Status == 2;
                }
            }
            finally
            {
                _cause = default;
            }
            var deal = _deals[dealCountBefore];
            var executed = order.ExecuteVolume + volume;
            if (executed < order.RequestVolume && !done)
            {
                Faults.Count("partial fills");
            }
            _orders[order.Id] = order with
            {
                ExecuteVolume = executed,
                ExecutePrice = order.Instrument.RoundPrice((order.ExecutePrice * order.ExecuteVolume + fill * volume) / executed),
                ExecuteTime = deal.ExecTime,
                LastDealId = deal.Id,
                Commission = order.Commission + deal.Commission,
                // a closing order whose execution closed its ticket before its volume was done has nothing left to close: the rest is cancelled
                Status = executed >= order.RequestVolume ? OrderStatus.Triggered : done ? OrderStatus.Cancelled : OrderStatus.PartiallyTriggered
            };
        }

        private void TryStopsLocked(SimulatedPosition position, decimal bid, decimal ask)
        {
            var exit = position.Direction == 1 ? bid : ask;
            var sign = position.Direction == 1 ? 1 : -1;
            if (position.StopLoss > 0 && sign * (exit - position.StopLoss) <= 0)
            {
                CloseLocked(position, position.Volume, exit, DealOrderType.StopLossClose, TakerRate);
            }
            else if (position.TakeProfit > 0 && sign * (exit - position.TakeProfit) >= 0)
            {
                CloseLocked(position, position.Volume, exit, DealOrderType.TakeProfitClose, TakerRate);
            }
        }

        /// <summary>Volume of one trigger: everything, or PartialFillRatio of it rounded down to a step (at least one step).</summary>
        private decimal FillVolume(SimulatedInstrument instrument, decimal remaining)
        {
            var ratio = Faults.PartialFillRatio;
            if (ratio <= 0 || ratio >= 1) return remaining;
            var part = Math.Floor(remaining * ratio / instrument.VolumesStep) * instrument.VolumesStep;
            return Math.Min(remaining, Math.Max(instrument.VolumesStep, part));
        }
    }
}
