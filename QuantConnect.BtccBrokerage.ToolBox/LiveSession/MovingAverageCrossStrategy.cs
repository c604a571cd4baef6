/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Data.Market;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The session's sample strategy on one symbol's quotes: a fast and a slow moving average of the mid price.
    /// Once both are ready it walks an order through its life — a limit order far from the market (it must not
    /// fill), an update moving it further away, a cancel — then enters with a market order in the direction
    /// of the averages (fast above slow: long) and from then on reverses on each crossover, at most once per
    /// <see cref="MinimumTimeBetweenTrades"/>. <see cref="Stop"/> cancels what is working and
    /// <see cref="ClosePosition"/> closes what it bought or sold. One order in flight at a time; every step waits at least the pacing so the output
    /// can be followed.
    /// </summary>
    internal sealed class MovingAverageCrossStrategy
    {
        /// <summary>How far from the market the demonstration limit order rests, then after its update.</summary>
        internal const decimal LimitDistance = 0.02m, UpdatedLimitDistance = 0.03m;

        /// <summary>Minimum time between two crossover trades.</summary>
        internal static readonly TimeSpan MinimumTimeBetweenTrades = TimeSpan.FromSeconds(3);

        private readonly Symbol _symbol;
        private readonly decimal _quantity;
        private readonly decimal _priceTick;
        private readonly ISessionOrders _orders;
        private readonly LiveSessionConsole _console;
        private readonly TimeSpan _pacing;
        private readonly SimpleMovingAverage _fast;
        private readonly SimpleMovingAverage _slow;
        private Phase _phase = Phase.WarmingUp;
        private DateTime _lastStepUtc = DateTime.MinValue;
        private readonly HashSet<int> _ownOrders = new();
        // Orders whose final event the strategy has not handled yet. Tracked from the events the strategy has
        // seen, not from the order store, which the brokerage's thread updates before the event reaches here:
        // otherwise a fill could count as done before it counts in the position.
        private readonly HashSet<int> _unsettledOrders = new();
        private int? _workingOrderId;
        private int _trend;
        private decimal _position;
        private decimal _bid, _ask;

        private enum Phase { WarmingUp, PlaceLimit, AwaitLimit, UpdateLimit, AwaitUpdate, CancelLimit, AwaitCancel, Enter, AwaitEntry, Crossover, AwaitCrossover, Stopped }

        /// <summary>Creates the strategy.</summary>
        /// <param name="symbol">The traded symbol.</param>
        /// <param name="quantity">The position size (BTCC volume).</param>
        /// <param name="priceTick">The instrument's price increment (limit prices are rounded to it; 0 = none).</param>
        /// <param name="orders">Where orders go.</param>
        /// <param name="console">Where the strategy explains itself.</param>
        /// <param name="pacing">Least time between two steps of the order demonstration.</param>
        /// <param name="fastPeriod">Quotes in the fast average.</param>
        /// <param name="slowPeriod">Quotes in the slow average.</param>
        public MovingAverageCrossStrategy(Symbol symbol, decimal quantity, decimal priceTick, ISessionOrders orders, LiveSessionConsole console,
            TimeSpan pacing, int fastPeriod = 3, int slowPeriod = 8)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quantity, 0m);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fastPeriod, slowPeriod);
            _symbol = symbol;
            _quantity = quantity;
            _priceTick = priceTick;
            _orders = orders;
            _console = console;
            _pacing = pacing;
            _fast = new SimpleMovingAverage(fastPeriod);
            _slow = new SimpleMovingAverage(slowPeriod);
        }

        /// <summary>The traded symbol.</summary>
        public Symbol Symbol => _symbol;

        /// <summary>The strategy's own net position (from its fills).</summary>
        public decimal Position => _position;

        /// <summary>The averages, for the quote line.</summary>
        public string Indicators => _slow.IsReady
            ? FormattableString.Invariant($"fast({_fast.Period}) {LiveSessionConsole.Number(Math.Round(_fast.Current, 4))}  slow({_slow.Period}) {LiveSessionConsole.Number(Math.Round(_slow.Current, 4))}")
            : FormattableString.Invariant($"averages warming up ({CountSeen}/{_slow.Period} quotes)");

        private int CountSeen { get; set; }

        /// <summary>A quote: updates the averages and takes the next step when it is due.</summary>
        public void OnQuote(Tick tick, DateTime utcNow)
        {
            if (tick.BidPrice <= 0m || tick.AskPrice <= 0m)
            {
                return;
            }
            _bid = tick.BidPrice;
            _ask = tick.AskPrice;
            var mid = (_bid + _ask) / 2m;
            _fast.Update(mid);
            _slow.Update(mid);
            CountSeen = Math.Min(CountSeen + 1, _slow.Period);
            if (!_slow.IsReady || _phase == Phase.Stopped)
            {
                return;
            }
            var previousTrend = _trend;
            _trend = _fast.Current > _slow.Current ? 1 : _fast.Current < _slow.Current ? -1 : _trend;
            if (utcNow - _lastStepUtc < _pacing)
            {
                return;
            }
            switch (_phase)
            {
                case Phase.WarmingUp:
                    _console.Strategy($"{_symbol.Value}: averages ready ({Indicators}); a limit order away from the market comes first (it should not fill)");
                    _phase = Phase.PlaceLimit;
                    goto case Phase.PlaceLimit;
                case Phase.PlaceLimit:
                    PlaceDemonstrationLimit(utcNow);
                    break;
                case Phase.UpdateLimit:
                    var price = LimitPrice(UpdatedLimitDistance);
                    _console.Strategy($"{_symbol.Value}: moving limit order {_workingOrderId} to {LiveSessionConsole.Number(price)} ({UpdatedLimitDistance:P0} from the market)");
                    Step(utcNow, Phase.AwaitUpdate);
                    if (!_orders.UpdateLimitPrice(_workingOrderId!.Value, price, "moved further away"))
                    {
                        _console.Strategy($"{_symbol.Value}: the update was not taken; canceling instead");
                        _phase = Phase.CancelLimit;
                    }
                    break;
                case Phase.CancelLimit:
                    _console.Strategy($"{_symbol.Value}: canceling limit order {_workingOrderId}");
                    Step(utcNow, Phase.AwaitCancel);
                    if (!_orders.Cancel(_workingOrderId!.Value))
                    {
                        _console.Strategy($"{_symbol.Value}: the cancel was not taken; entering anyway");
                        _workingOrderId = null;
                        _phase = Phase.Enter;
                    }
                    break;
                case Phase.Enter:
                    var direction = _trend >= 0 ? 1 : -1;
                    _console.Strategy($"{_symbol.Value}: fast {(direction > 0 ? "above" : "below")} slow: entering {(direction > 0 ? "long" : "short")} with a market order");
                    Trade(direction * _quantity - _position, "entry", utcNow, Phase.AwaitEntry);
                    break;
                case Phase.Crossover when previousTrend != 0 && _trend != previousTrend && utcNow - _lastStepUtc >= MinimumTimeBetweenTrades:
                    var target = _trend * _quantity;
                    if (target != _position)
                    {
                        _console.Strategy($"{_symbol.Value}: fast crossed {(_trend > 0 ? "above" : "below")} slow: reversing to {LiveSessionConsole.Signed(target)}");
                        Trade(target - _position, "crossover", utcNow, Phase.AwaitCrossover);
                    }
                    break;
            }
        }

        /// <summary>An order event of any order: the strategy follows its own.</summary>
        public void OnOrderEvent(OrderEvent orderEvent)
        {
            if (!_ownOrders.Contains(orderEvent.OrderId))
            {
                return;
            }
            if (orderEvent.Status.IsFill())
            {
                _position += orderEvent.FillQuantity;
            }
            if (orderEvent.Status.IsClosed())
            {
                _unsettledOrders.Remove(orderEvent.OrderId);
            }
            if (orderEvent.OrderId != _workingOrderId)
            {
                return;
            }
            switch (_phase, orderEvent.Status)
            {
                case (Phase.AwaitLimit, OrderStatus.Submitted):
                    _phase = Phase.UpdateLimit;
                    break;
                case (Phase.AwaitUpdate, OrderStatus.UpdateSubmitted):
                    _phase = Phase.CancelLimit;
                    break;
                case (Phase.AwaitLimit or Phase.AwaitUpdate or Phase.AwaitCancel or Phase.UpdateLimit or Phase.CancelLimit, OrderStatus.Canceled or OrderStatus.Invalid):
                    _workingOrderId = null;
                    _phase = _phase == Phase.Stopped ? Phase.Stopped : Phase.Enter;
                    break;
                case (Phase.AwaitLimit or Phase.AwaitUpdate or Phase.AwaitCancel or Phase.UpdateLimit or Phase.CancelLimit, OrderStatus.Filled):
                    _console.Strategy($"{_symbol.Value}: the market reached the limit order; trading crossovers from here");
                    _workingOrderId = null;
                    _phase = Phase.Crossover;
                    break;
                case (Phase.AwaitEntry or Phase.AwaitCrossover, OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Invalid):
                    _workingOrderId = null;
                    _phase = Phase.Crossover;
                    break;
            }
        }

        /// <summary>The ids of the strategy's orders still open.</summary>
        public IReadOnlyList<int> OpenOrderIds
            => _unsettledOrders.OrderBy(id => id).ToList();

        /// <summary>Stops trading: no new orders; a working limit order is canceled.</summary>
        public void Stop()
        {
            if (_phase == Phase.Stopped)
            {
                return;
            }
            _phase = Phase.Stopped;
            foreach (var id in OpenOrderIds)
            {
                if (_orders.GetOrder(id) is { Type: not OrderType.Market })
                {
                    _console.Strategy($"{_symbol.Value}: stopping: canceling working order {id}");
                    _orders.Cancel(id);
                }
            }
        }

        /// <summary>
        /// Closes the strategy's position with a market order (after <see cref="Stop"/> and once its orders are
        /// closed); returns the order's id, null when flat.
        /// </summary>
        public int? ClosePosition()
        {
            if (_position == 0m)
            {
                return null;
            }
            _console.Strategy($"{_symbol.Value}: closing the strategy's position of {LiveSessionConsole.Signed(_position)}");
            return Send(() => _orders.MarketOrder(_symbol, -_position, "flatten"));
        }

        private void PlaceDemonstrationLimit(DateTime utcNow)
        {
            var direction = _trend >= 0 ? 1 : -1;
            var price = LimitPrice(LimitDistance, direction);
            Step(utcNow, Phase.AwaitLimit);
            _workingOrderId = Send(() => _orders.LimitOrder(_symbol, direction * _quantity, price, "demo limit away from the market"));
            if (_orders.GetOrder(_workingOrderId.Value)?.Status is OrderStatus.Invalid)
            {
                _console.Strategy($"{_symbol.Value}: the limit order was refused; entering with a market order");
                _workingOrderId = null;
                _phase = Phase.Enter;
            }
        }

        private void Trade(decimal quantity, string tag, DateTime utcNow, Phase awaiting)
        {
            if (quantity == 0m)
            {
                _phase = Phase.Crossover;
                return;
            }
            Step(utcNow, awaiting);
            _workingOrderId = Send(() => _orders.MarketOrder(_symbol, quantity, tag));
            if (_orders.GetOrder(_workingOrderId.Value)?.Status is OrderStatus.Invalid)
            {
                _workingOrderId = null;
                _phase = Phase.Crossover;
            }
        }

        /// <summary>
        /// Sends an order and remembers it as the strategy's (its events reach the strategy through the session's
        /// event loop, after this returns).
        /// </summary>
        private int Send(Func<int> place)
        {
            var id = place();
            _ownOrders.Add(id);
            _unsettledOrders.Add(id);
            return id;
        }

        private void Step(DateTime utcNow, Phase next)
        {
            _lastStepUtc = utcNow;
            _phase = next;
        }

        /// <summary>A limit price <paramref name="distance"/> away from the market on the working order's side.</summary>
        private decimal LimitPrice(decimal distance, int? direction = null)
        {
            var side = direction ?? Math.Sign(_orders.GetOrder(_workingOrderId!.Value)?.Quantity ?? 1m);
            var raw = side > 0 ? _bid * (1m - distance) : _ask * (1m + distance);
            if (_priceTick <= 0m)
            {
                return raw;
            }
            var ticks = raw / _priceTick;
            return (side > 0 ? Math.Floor(ticks) : Math.Ceiling(ticks)) * _priceTick;
        }

        /// <summary>The strategy's state, for diagnostics.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_symbol.Value} {_phase} position {_position}");
    }
}
