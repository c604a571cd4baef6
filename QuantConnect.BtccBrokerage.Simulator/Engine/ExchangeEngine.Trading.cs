/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>Market opens and closes, SL/TP changes.</summary>
    internal sealed partial class ExchangeEngine
    {
        /// <summary>openposition: fills at the ask (buy) or bid (sell) now. request_price is not used as a limit.</summary>
        public SimulatedPosition OpenPosition(string symbol, int direction, decimal volume, int multiple, long refId, long refAccountId,
            decimal stopLoss, decimal takeProfit)
        {
            lock (_gate)
            {
                var instrument = InstrumentByPath(symbol);
                ValidateOpen(instrument, direction, volume, multiple);
                var path = PathOf(instrument.Ticker);
                var price = direction == 1 ? path.Ask : path.Bid;
                if (!CoversLocked(instrument, volume, price, multiple, TakerRate))
                {
                    throw new SimulatorException(SimulatorErrorCodes.InsufficientMargin, "insufficient free margin");
                }
                _cause = new DealCause(0, refId);
                try
                {
                    // with partial fills on, the order walks the book: several deals on the one ticket, each a tick worse
                    var first = FillVolume(instrument, volume);
                    var position = OpenLocked(instrument, direction, first, price, multiple, DealOrderType.MarketOpen, TakerRate, refId, refAccountId, stopLoss, takeProfit)
                        ?? throw new SimulatorException(SimulatorErrorCodes.InsufficientMargin, "insufficient free margin");
                    for (var rest = volume - first; rest > 0;)
                    {
                        var part = FillVolume(instrument, rest);
                        price += direction == 1 ? instrument.Tick : -instrument.Tick;
                        position = AddToLocked(position, part, price, DealOrderType.MarketOpen, TakerRate);
                        rest -= part;
                    }
                    RunTriggersLocked(instrument.Ticker);
                    return position;
                }
                finally
                {
                    _cause = default;
                }
            }
        }

        /// <summary>closeposition: closes all or part of a ticket at the bid (long) or ask (short).</summary>
        public SimulatedPosition ClosePosition(long positionId, string symbol, int direction, decimal volume, long refId = 0)
        {
            lock (_gate)
            {
                var position = OpenPositionLocked(positionId);
                if (position.Instrument.Path != symbol)
                {
                    throw new SimulatorException(SimulatorErrorCodes.PositionNotFound, "position not found for symbol");
                }
                ValidateCloseDirection(position, direction);
                ValidateCloseVolume(position, volume);
                var path = PathOf(position.Instrument.Ticker);
                var price = position.Direction == 1 ? path.Bid : path.Ask;
                _cause = new DealCause(0, refId);
                try
                {
                    // with partial fills on, the close walks the book: several deals, each a tick worse
                    for (var rest = volume; ;)
                    {
                        var part = FillVolume(position.Instrument, rest);
                        position = CloseLocked(position, part, price, DealOrderType.MarketClose, TakerRate);
                        rest -= part;
                        if (rest <= 0) return position;
                        price += position.Direction == 1 ? -position.Instrument.Tick : position.Instrument.Tick;
                    }
                }
                finally
                {
                    _cause = default;
                }
            }
        }

        /// <summary>updateposition: replaces stop-loss and take-profit (0 removes).</summary>
        public SimulatedPosition UpdatePosition(long positionId, string symbol, decimal stopLoss, decimal takeProfit)
        {
            lock (_gate)
            {
                var position = OpenPositionLocked(positionId);
                if (position.Instrument.Path != symbol)
                {
                    throw new SimulatorException(SimulatorErrorCodes.PositionNotFound, "position not found for symbol");
                }
                if (stopLoss < 0 || takeProfit < 0)
                {
                    throw new SimulatorException(SimulatorErrorCodes.BadPrice, "invalid stop_loss or take_profit");
                }
                position = position with
                {
                    StopLoss = position.Instrument.RoundPrice(stopLoss),
                    TakeProfit = position.Instrument.RoundPrice(takeProfit)
                };
                _positions[position.Id] = position;
                RunTriggersLocked(position.Instrument.Ticker);
                return position;
            }
        }

        private SimulatedPosition OpenPositionLocked(long positionId) =>
            _positions.TryGetValue(positionId, out var position) && position.Status == 1
                ? position
                : throw new SimulatorException(SimulatorErrorCodes.PositionNotFound, "position not found");

        private void ValidateOpen(SimulatedInstrument instrument, int direction, decimal volume, int multiple)
        {
            if (direction is not (1 or 2))
            {
                throw new SimulatorException(SimulatorErrorCodes.InvalidParameter, "direction must be 1 or 2");
            }
            switch (instrument.Tradable)
            {
                case 0:
                    throw new SimulatorException(SimulatorErrorCodes.NotTradable, "symbol is not tradable");
                case 2 when direction == 2:
                    throw new SimulatorException(SimulatorErrorCodes.DirectionNotAllowed, "symbol is buy only");
                case 3 when direction == 1:
                    throw new SimulatorException(SimulatorErrorCodes.DirectionNotAllowed, "symbol is sell only");
            }
            ValidateMultiple(instrument, multiple);
            ValidateVolume(instrument, volume);
        }

        /// <summary>The path's suffix is the most leverage it allows; any whole multiple from 1 up to it is taken.</summary>
        private static void ValidateMultiple(SimulatedInstrument instrument, int multiple)
        {
            if (multiple < 1 || multiple > instrument.Leverage)
            {
                throw new SimulatorException(SimulatorErrorCodes.BadLeverage, $"multiple must be from 1 to {instrument.Leverage}");
            }
        }

        private static void ValidateVolume(SimulatedInstrument instrument, decimal volume)
        {
            if (volume < instrument.VolumesMin || volume > instrument.VolumesMax || volume % instrument.VolumesStep != 0)
            {
                throw new SimulatorException(SimulatorErrorCodes.BadVolume, "invalid volume");
            }
        }

        private static void ValidateCloseVolume(SimulatedPosition position, decimal volume)
        {
            if (volume <= 0 || volume > position.Volume || volume % position.Instrument.VolumesStep != 0)
            {
                throw new SimulatorException(SimulatorErrorCodes.BadVolume, "invalid close volume");
            }
        }

        private void ValidateCloseDirection(SimulatedPosition position, int direction)
        {
            var closingSide = position.Direction == 1 ? 2 : 1;
            var expected = _options.CloseDirectionIsClosingSide ? closingSide : position.Direction;
            if (direction != expected)
            {
                throw new SimulatorException(SimulatorErrorCodes.DirectionMismatch, "direction does not match the position");
            }
        }

        /// <summary>Opens a ticket with its deal; null when free margin does not cover margin plus commission.</summary>
        private SimulatedPosition? OpenLocked(SimulatedInstrument instrument, int direction, decimal volume, decimal price, int multiple, int orderType,
            decimal commissionRate, long refId, long refAccountId, decimal stopLoss, decimal takeProfit)
        {
            var notional = Notional(instrument, volume, price);
            var margin = Money(notional / multiple);
            var commission = Money(notional * commissionRate);
            if (AccountLocked().FreeMargin < margin + commission)
            {
                return null;
            }
            var now = Now;
            var position = new SimulatedPosition
            {
                Id = _nextPositionId++,
                Instrument = instrument,
                Direction = direction,
                Volume = volume,
                InitVolume = volume,
                OpenPrice = price,
                OpenTime = now,
                Commission = commission,
                StopLoss = instrument.RoundPrice(stopLoss),
                TakeProfit = instrument.RoundPrice(takeProfit),
                OpenMargin = margin,
                Multiple = multiple,
                OrderRefId = refId,
                RefAccountId = refAccountId,
                Status = 1,
                DealId = _nextDealId,
                ExecPrice = price,
                ExecVolume = volume,
                ExecTime = now,
                ExecCommission = commission,
                CreatedAt = now
            };
            _positions[position.Id] = position;
            _balance -= commission;
            _deals.Add(OpeningDealLocked(position, volume, price, orderType, commission, margin, now));
            return position;
        }

        /// <summary>The deal that opens <paramref name="volume"/> on <paramref name="position"/>, caused by the request or order being handled.</summary>
        private SimulatedDeal OpeningDealLocked(SimulatedPosition position, decimal volume, decimal price, int orderType, decimal commission, decimal margin, DateTimeOffset now)
            => new()
            {
                Id = _nextDealId++,
                PositionId = position.Id,
                Instrument = position.Instrument,
                Direction = position.Direction,
                PositionDirection = position.Direction,
                ExecPrice = price,
                ExecVolume = volume,
                ExecTime = now,
                Reason = 1,
                SrcPrice = price,
                SrcTime = now,
                SrcVolume = volume,
                OrderType = orderType,
                Commission = commission,
                StopLoss = position.StopLoss,
                TakeProfit = position.TakeProfit,
                Margin = margin,
                OrderId = _cause.OrderId,
                RefId = _cause.RefId,
                Multiple = position.Multiple,
                CreatedAt = now
            };

        /// <summary>Whether free margin covers the margin (at <paramref name="multiple"/>) and commission of <paramref name="volume"/> at <paramref name="price"/>.</summary>
        private bool CoversLocked(SimulatedInstrument instrument, decimal volume, decimal price, int multiple, decimal commissionRate)
        {
            var notional = Notional(instrument, volume, price);
            return AccountLocked().FreeMargin >= Money(notional / multiple) + Money(notional * commissionRate);
        }

        /// <summary>Adds <paramref name="volume"/> to an open ticket at <paramref name="price"/> with its own opening deal.</summary>
        private SimulatedPosition AddToLocked(SimulatedPosition position, decimal volume, decimal price, int orderType, decimal commissionRate)
        {
            var instrument = position.Instrument;
            var notional = Notional(instrument, volume, price);
            var margin = Money(notional / position.Multiple);
            var commission = Money(notional * commissionRate);
            var now = Now;
            var total = position.Volume + volume;
            _balance -= commission;
            _deals.Add(OpeningDealLocked(position, volume, price, orderType, commission, margin, now));
            position = position with
            {
                Volume = total,
                InitVolume = position.InitVolume + volume,
                OpenPrice = (position.OpenPrice * position.Volume + price * volume) / total,
                OpenMargin = position.OpenMargin + margin,
                Commission = position.Commission + commission,
                ExecPrice = price,
                ExecVolume = volume,
                ExecTime = now,
                ExecCommission = commission
            };
            _positions[position.Id] = position;
            return position;
        }

        /// <summary>Closes <paramref name="volume"/> of a ticket at <paramref name="price"/> with its deal.</summary>
        private SimulatedPosition CloseLocked(SimulatedPosition position, decimal volume, decimal price, int orderType, decimal commissionRate)
        {
            var now = Now;
            var profit = Money(PnL(position, price, volume));
            var commission = Money(Notional(position.Instrument, volume, price) * commissionRate);
            var share = volume / position.Volume;
            var remaining = position.Volume - volume;
            _balance += profit - commission;
            _deals.Add(new SimulatedDeal
            {
                Id = _nextDealId++,
                PositionId = position.Id,
                Instrument = position.Instrument,
                Direction = position.Direction == 1 ? 2 : 1,
                PositionDirection = position.Direction,
                ExecPrice = price,
                ExecVolume = volume,
                ExecTime = now,
                Profit = profit,
                Reason = 2,
                SrcPrice = position.OpenPrice,
                SrcTime = position.OpenTime,
                SrcVolume = position.InitVolume,
                Swap = Money(position.Swap * share),
                OrderType = orderType,
                Commission = commission,
                StopLoss = position.StopLoss,
                TakeProfit = position.TakeProfit,
                Margin = Money(position.OpenMargin * share),
                OrderId = _cause.OrderId,
                RefId = _cause.RefId,
                Multiple = position.Multiple,
                CreatedAt = now
            });
            position = position with
            {
                Volume = remaining,
                OpenMargin = Money(position.OpenMargin - position.OpenMargin * share),
                ClosePrice = price,
                CloseTime = now,
                Commission = position.Commission + commission,
                RealizedProfit = position.RealizedProfit + profit,
                ExecPrice = price,
                ExecVolume = volume,
                ExecTime = now,
                ExecCommission = commission,
                ExecProfit = profit,
                Status = remaining == 0 ? 2 : 1
            };
            _positions[position.Id] = position;
            if (position.Status == 2)
            {
                CancelCloseOrdersOfLocked(position.Id);
            }
            return position;
        }

        private void CancelCloseOrdersOfLocked(long positionId)
        {
            foreach (var order in _orders.Values.Where(o => o.IsOpen && o.ClosesPosition && o.PositionId == positionId).ToList())
            {
                _orders[order.Id] = order with { Status = OrderStatus.Cancelled };
            }
        }
    }
}
