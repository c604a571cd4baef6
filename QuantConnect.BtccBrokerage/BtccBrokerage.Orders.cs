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
                return BtccOrderWriter.Refuse(this, order, leverageError);
            }
            var validation = BtccOrderValidator.Validate(order, choice?.Instrument, IsTradingConnected);
            if (!validation.IsValid)
            {
                return BtccOrderWriter.Refuse(this, order, validation.Message);
            }
            return Engine.Place(order, choice!.Instrument, choice.Multiple);
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
            return Engine.Update(order);
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
    }
}
