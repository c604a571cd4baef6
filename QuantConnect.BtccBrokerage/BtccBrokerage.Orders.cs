/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
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
        /// event, nothing sent); the translator turns the order and the current tickets into closes of the opposite
        /// tickets (closeposition, or closing openpending per ticket) and an open of the part past zero (openposition /
        /// openpending), as <see cref="BtccOrderProperties"/> (hedge, reduce-only) allow. Submitted is raised once BTCC
        /// accepted; Invalid with BTCC's message when it refused. Fills arrive later from the fill engine. Opens carry
        /// the order's leverage as <c>multiple</c> (<see cref="BtccOrderProperties.Leverage"/>, else <see cref="LeverageOf"/>)
        /// on the path that allows it; a leverage BTCC does not allow is refused (Invalid) naming the range.
        /// </summary>
        public override bool PlaceOrder(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            BtccLeverageChoice? choice = null;
            string? leverageError = null;
            var requested = (order.Properties as BtccOrderProperties)?.Leverage;
            if (_symbolMapper != null && order.Symbol is not null
                && _symbolMapper.TryChoose(order.Symbol, requested ?? LeverageOf(order.Symbol), out var chosen, out leverageError,
                    requested.HasValue ? $"{nameof(BtccOrderProperties)}.{nameof(BtccOrderProperties.Leverage)}" : null))
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
            return Engine.Place(order, choice!.Instrument, choice.Multiple);
        }

        /// <summary>
        /// Raises Invalid for an order refused before it reached the fill engine, at once: no lock is held and no other
        /// event of the order exists yet. Returns false.
        /// </summary>
        private bool Refuse(Order order, string reason)
        {
            BtccLog.Trace("BtccBrokerage", "PlaceOrder", $"order {order.Id} invalid: {reason}");
            order.Status = OrderStatus.Invalid;
            OnOrderEvent(new OrderEvent(order, DateTime.UtcNow, OrderFee.Zero, reason) { Status = OrderStatus.Invalid });
            return false;
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
            return Engine.Update(order, MultipleOf(order.Symbol, LeverageFor(order)));
        }

        /// <summary>
        /// Cancels a working Limit or StopMarket order (cancelpending of each of its BTCC pending orders). The Canceled
        /// event follows from the fill engine once BTCC's lists confirm them, after any fill that happened first.
        /// </summary>
        public override bool CancelOrder(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            if (!IsTradingConnected)
            {
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "NotConnected", $"Order {order.Id} not canceled: not connected to BTCC"));
                return false;
            }
            return Engine.Cancel(order);
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
            // LEAN re-creates these with what is left to fill: their fills start from this listing
            _engine?.TakeOver(orders);
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

        /// <summary>
        /// A BTCC pending order as a LEAN order, or null when its symbol or type has no LEAN form. A closing order (types
        /// 3-5) trades on the side opposite its ticket, whichever side its <c>direction</c> names (closeposition's reading).
        /// </summary>
        internal Order? ToLeanOrder(BtccOrder pending)
        {
            var symbol = LeanSymbolOf(pending.Symbol);
            if (symbol is null || pending.Direction is not (BtccDirection.Buy or BtccDirection.Sell))
            {
                return null;
            }
            var closes = pending.Type is BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketStopLoss or BtccPendingOrderType.MarketTakeProfit;
            var side = closes && !_settings!.CloseDirectionIsClosingSide ? BtccOrderDirection.Opposite(pending.Direction) : pending.Direction;
            var quantity = (pending.RequestVolume - pending.ExecuteVolume) * BtccOrderDirection.Sign(side);
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

        /// <summary>
        /// The leverage an order on <paramref name="symbol"/> is sent with: its security's in the algorithm (what LEAN's
        /// margin model holds it at: <c>btcc-leverage</c> through <see cref="BtccBrokerageModel"/>, or SetLeverage),
        /// else null for the configured one (<see cref="BtccLeverageSetting"/>).
        /// </summary>
        private decimal? LeverageOf(Symbol symbol)
            // LEAN keeps 1/leverage, so 3x reads back as 3.0000...0003: round off that noise, not a real fraction
            => _algorithm?.Securities is { } securities && securities.TryGetValue(symbol, out var security) ? Math.Round(security.Leverage, 8) : null;

        /// <summary>The leverage an order is sent with: its <see cref="BtccOrderProperties.Leverage"/>, else <see cref="LeverageOf"/>.</summary>
        private decimal? LeverageFor(Order order) => (order.Properties as BtccOrderProperties)?.Leverage ?? LeverageOf(order.Symbol);

        /// <summary>The <c>multiple</c> an order on <paramref name="symbol"/> at <paramref name="leverage"/> is sent with (0: none BTCC allows).</summary>
        private int MultipleOf(Symbol symbol, decimal? leverage)
            => _symbolMapper != null && symbol is not null && _symbolMapper.TryChoose(symbol, leverage, out var choice, out _) ? choice.Multiple : 0;

        private BtccSymbolInfo? InstrumentOf(Symbol symbol)
            => _symbolMapper != null && symbol is not null && _symbolMapper.TryGetInstrument(symbol, out var instrument) ? instrument : null;
    }
}
