namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Engine
{
    /// <summary>
    /// Pending orders and their triggers. An order BTCC would refuse outright (bad volume, non-tradable
    /// symbol, wrong side on a one-way symbol, a multiple above the path's maximum) is refused with an error code, like
    /// openposition; free margin is only checked when the order triggers, and a trigger that cannot be
    /// covered declines the order (status 6).
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
                    ValidateCloseVolume(OpenPositionLocked(order.PositionId), volume);
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
                order = order with
                {
                    Type = type,
                    RequestVolume = volume,
                    RequestPrice = order.Instrument.RoundPrice(price),
                    StopLoss = order.Instrument.RoundPrice(stopLoss),
                    TakeProfit = order.Instrument.RoundPrice(takeProfit)
                };
                _orders[order.Id] = order;
                RunTriggersLocked(order.Instrument.Ticker);
                return order;
            }
        }

        /// <summary>cancelpending.</summary>
        public SimulatedOrder CancelPending(long orderId)
        {
            lock (_gate)
            {
                var order = OpenOrderLocked(orderId) with { Status = OrderStatus.Cancelled };
                _orders[order.Id] = order;
                return order;
            }
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

        private void TryTriggerLocked(SimulatedOrder order, decimal bid, decimal ask)
        {
            var buy = order.Direction == 1;
            var price = order.RequestPrice;
            SimulatedPosition? position = null;
            if (order.ClosesPosition)
            {
                if (!_positions.TryGetValue(order.PositionId, out position) || position.Status != 1)
                {
                    _orders[order.Id] = order with { Status = OrderStatus.Cancelled };
                    return;
                }
                // A close order executes on the side that closes its position, whatever the direction reading.
                buy = position.Direction == 2;
            }
            (bool Hit, decimal Fill, decimal Rate, int DealType) trigger = order.Type switch
            {
                PendingType.LimitOpen => (buy ? ask <= price : bid >= price, price, MakerRate, DealOrderType.LimitOpen),
                PendingType.StopOpen => (buy ? ask >= price : bid <= price, buy ? ask : bid, TakerRate, DealOrderType.StopOpen),
                PendingType.LimitClose => (buy ? ask <= price : bid >= price, price, MakerRate, DealOrderType.LimitClose),
                PendingType.StopLoss => (buy ? ask >= price : bid <= price, buy ? ask : bid, TakerRate, DealOrderType.StopLossClose),
                _ => (buy ? ask <= price : bid >= price, buy ? ask : bid, TakerRate, DealOrderType.TakeProfitClose)
            };
            if (!trigger.Hit) return;

            var volume = FillVolume(order.Instrument, order.RequestVolume - order.ExecuteVolume);
            var dealCountBefore = _deals.Count;
            var done = false;
            if (position is null)
            {
                var opened = OpenLocked(order.Instrument, order.Direction, volume, trigger.Fill, order.Multiple, trigger.DealType, trigger.Rate, 0, 0, order.StopLoss, order.TakeProfit);
                if (opened is null)
                {
                    _orders[order.Id] = order with { Status = OrderStatus.Declined };
                    return;
                }
            }
            else
            {
                volume = Math.Min(volume, position.Volume);
                done = CloseLocked(position, volume, trigger.Fill, trigger.DealType, trigger.Rate).Status == 2;
            }
            var deal = _deals[dealCountBefore];
            var executed = order.ExecuteVolume + volume;
            done |= executed >= order.RequestVolume;
            _orders[order.Id] = order with
            {
                ExecuteVolume = executed,
                ExecutePrice = order.Instrument.RoundPrice((order.ExecutePrice * order.ExecuteVolume + trigger.Fill * volume) / executed),
                ExecuteTime = deal.ExecTime,
                LastDealId = deal.Id,
                Commission = order.Commission + deal.Commission,
                Status = done ? OrderStatus.Triggered : OrderStatus.PartiallyTriggered
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
