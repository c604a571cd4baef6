/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;

namespace QuantConnect.Orders
{
    /// <summary>A market order.</summary>
    public class MarketOrder : Order
    {
        /// <summary>Creates an empty market order.</summary>
        public MarketOrder()
        {
        }

        /// <summary>Creates a market order with a reference price.</summary>
        public MarketOrder(Symbol symbol, decimal quantity, DateTime time, decimal price, string tag = "", IOrderProperties properties = null)
            : this(symbol, quantity, time, tag, properties)
        {
            Price = price;
        }

        /// <summary>Creates a market order.</summary>
        public MarketOrder(Symbol symbol, decimal quantity, DateTime time, string tag = "", IOrderProperties properties = null)
            : base(symbol, quantity, time, tag, properties)
        {
        }

        /// <summary>Market.</summary>
        public override OrderType Type => OrderType.Market;

        /// <summary>A copy.</summary>
        public override Order Clone()
        {
            var order = new MarketOrder();
            CopyTo(order);
            return order;
        }
    }

    /// <summary>A limit order.</summary>
    public class LimitOrder : Order
    {
        /// <summary>The limit price.</summary>
        public decimal LimitPrice { get; internal set; }

        /// <summary>Creates an empty limit order.</summary>
        public LimitOrder()
        {
        }

        /// <summary>Creates a limit order.</summary>
        public LimitOrder(Symbol symbol, decimal quantity, decimal limitPrice, DateTime time, string tag = "", IOrderProperties properties = null)
            : base(symbol, quantity, time, tag, properties)
        {
            LimitPrice = limitPrice;
        }

        /// <summary>Limit.</summary>
        public override OrderType Type => OrderType.Limit;

        /// <summary>Applies the request's quantity, tag and prices.</summary>
        public override void ApplyUpdateOrderRequest(UpdateOrderRequest request)
        {
            base.ApplyUpdateOrderRequest(request);
            if (request.LimitPrice.HasValue)
            {
                LimitPrice = request.LimitPrice.Value;
            }
        }

        /// <summary>A copy.</summary>
        public override Order Clone()
        {
            var order = new LimitOrder { LimitPrice = LimitPrice };
            CopyTo(order);
            return order;
        }
    }

    /// <summary>A stop-market order.</summary>
    public class StopMarketOrder : Order
    {
        /// <summary>The stop price.</summary>
        public decimal StopPrice { get; internal set; }

        /// <summary>Creates an empty stop-market order.</summary>
        public StopMarketOrder()
        {
        }

        /// <summary>Creates a stop-market order.</summary>
        public StopMarketOrder(Symbol symbol, decimal quantity, decimal stopPrice, DateTime time, string tag = "", IOrderProperties properties = null)
            : base(symbol, quantity, time, tag, properties)
        {
            StopPrice = stopPrice;
        }

        /// <summary>StopMarket.</summary>
        public override OrderType Type => OrderType.StopMarket;

        /// <summary>Applies the request's quantity, tag and prices.</summary>
        public override void ApplyUpdateOrderRequest(UpdateOrderRequest request)
        {
            base.ApplyUpdateOrderRequest(request);
            if (request.StopPrice.HasValue)
            {
                StopPrice = request.StopPrice.Value;
            }
        }

        /// <summary>A copy.</summary>
        public override Order Clone()
        {
            var order = new StopMarketOrder { StopPrice = StopPrice };
            CopyTo(order);
            return order;
        }
    }

    /// <summary>A stop-limit order.</summary>
    public class StopLimitOrder : Order
    {
        /// <summary>The stop price.</summary>
        public decimal StopPrice { get; internal set; }
        /// <summary>Whether the stop was triggered.</summary>
        public bool StopTriggered { get; internal set; }
        /// <summary>The limit price.</summary>
        public decimal LimitPrice { get; internal set; }

        /// <summary>Creates an empty stop-limit order.</summary>
        public StopLimitOrder()
        {
        }

        /// <summary>Creates a stop-limit order.</summary>
        public StopLimitOrder(Symbol symbol, decimal quantity, decimal stopPrice, decimal limitPrice, DateTime time, string tag = "", IOrderProperties properties = null)
            : base(symbol, quantity, time, tag, properties)
        {
            StopPrice = stopPrice;
            LimitPrice = limitPrice;
        }

        /// <summary>StopLimit.</summary>
        public override OrderType Type => OrderType.StopLimit;

        /// <summary>Applies the request's quantity, tag and prices.</summary>
        public override void ApplyUpdateOrderRequest(UpdateOrderRequest request)
        {
            base.ApplyUpdateOrderRequest(request);
            if (request.StopPrice.HasValue)
            {
                StopPrice = request.StopPrice.Value;
            }
            if (request.LimitPrice.HasValue)
            {
                LimitPrice = request.LimitPrice.Value;
            }
        }

        /// <summary>A copy.</summary>
        public override Order Clone()
        {
            var order = new StopLimitOrder { StopPrice = StopPrice, LimitPrice = LimitPrice, StopTriggered = StopTriggered };
            CopyTo(order);
            return order;
        }
    }
}
