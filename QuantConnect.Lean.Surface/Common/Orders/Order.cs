/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Interfaces;

namespace QuantConnect.Orders
{
    /// <summary>
    /// Base of LEAN orders (stand-in for QuantConnect.Orders.Order). As in LEAN, setters are internal:
    /// a brokerage assembly builds orders through constructors and may only add to <see cref="BrokerId"/>
    /// and set <see cref="Status"/>.
    /// </summary>
    public abstract class Order
    {
        private decimal _quantity;
        private decimal _price;

        /// <summary>LEAN's order id.</summary>
        public int Id { get; internal set; }
        /// <summary>Id of a contingent order.</summary>
        public int ContingentId { get; internal set; }
        /// <summary>The brokerage's ids for this order.</summary>
        public List<string> BrokerId { get; internal set; }
        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; internal set; }
        /// <summary>Price when the order was placed.</summary>
        public decimal Price { get => _price; internal set => _price = value / 1.000000000000000000000000000000000m; }
        /// <summary>Currency of the price.</summary>
        public string PriceCurrency { get; internal set; }
        /// <summary>Creation time (UTC).</summary>
        public DateTime Time { get; internal set; }
        /// <summary>Creation time (UTC).</summary>
        public DateTime CreatedTime => Time;
        /// <summary>Time of the last fill.</summary>
        public DateTime? LastFillTime { get; internal set; }
        /// <summary>Time of the last update.</summary>
        public DateTime? LastUpdateTime { get; internal set; }
        /// <summary>Time of cancellation.</summary>
        public DateTime? CanceledTime { get; internal set; }
        /// <summary>Signed quantity.</summary>
        public virtual decimal Quantity { get => _quantity; internal set => _quantity = value / 1.000000000000000000000000000000000m; }
        /// <summary>The order type.</summary>
        public abstract OrderType Type { get; }
        /// <summary>The status.</summary>
        public OrderStatus Status { get; set; }
        /// <summary>The time in force.</summary>
        public TimeInForce TimeInForce => Properties.TimeInForce;
        /// <summary>A user tag.</summary>
        public string Tag { get; internal set; }
        /// <summary>Additional properties.</summary>
        public IOrderProperties Properties { get; internal set; }
        /// <summary>The security type.</summary>
        public SecurityType SecurityType => Symbol.ID.SecurityType;
        /// <summary>Buy, sell or hold by the sign of the quantity.</summary>
        public OrderDirection Direction => Quantity > 0 ? OrderDirection.Buy : Quantity < 0 ? OrderDirection.Sell : OrderDirection.Hold;
        /// <summary>Unsigned quantity.</summary>
        public decimal AbsoluteQuantity => Math.Abs(Quantity);
        /// <summary>Quantity times price.</summary>
        [Obsolete("Please use Order.GetValue(security) or security.Holdings.HoldingsValue")]
        public decimal Value => Quantity * Price;
        /// <summary>How the order's prices were adjusted.</summary>
        public DataNormalizationMode PriceAdjustmentMode { get; set; }
        /// <summary>The bid, ask and last price when the order was submitted; set by LEAN's transaction handler.</summary>
        public OrderSubmissionData OrderSubmissionData { get; internal set; }

        /// <summary>
        /// Whether the order would trade at once: market orders, and limit orders priced through the market they
        /// met at submission (a buy at or above the ask, a sell at or below the bid). A limit order without
        /// submission data, and every stop order, is not marketable.
        /// </summary>
        public bool IsMarketable
        {
            get
            {
                if (Type == OrderType.Limit)
                {
                    var limitPrice = ((LimitOrder)this).LimitPrice;
                    return OrderSubmissionData != null
                        && (Direction == OrderDirection.Buy && limitPrice >= OrderSubmissionData.AskPrice
                            || Direction == OrderDirection.Sell && limitPrice <= OrderSubmissionData.BidPrice);
                }
                return Type == OrderType.Market || Type == OrderType.ComboMarket;
            }
        }

        /// <summary>Creates an empty order.</summary>
        protected Order()
        {
            Time = new DateTime(1990, 1, 1);
            Symbol = Symbol.Empty;
            BrokerId = new List<string>();
            Tag = string.Empty;
            Properties = new OrderProperties();
        }

        /// <summary>Creates an order.</summary>
        protected Order(Symbol symbol, decimal quantity, DateTime time, string tag = "", IOrderProperties properties = null)
        {
            Time = time;
            Symbol = symbol;
            Quantity = quantity;
            BrokerId = new List<string>();
            Tag = tag ?? string.Empty;
            Properties = properties ?? new OrderProperties();
        }

        /// <summary>A copy of this order.</summary>
        public abstract Order Clone();

        /// <summary>The tag used when none is given.</summary>
        public virtual string GetDefaultTag() => string.Empty;

        /// <summary>Applies an update request's quantity and tag; derived orders also apply their prices.</summary>
        public virtual void ApplyUpdateOrderRequest(UpdateOrderRequest request)
        {
            if (request.OrderId != Id)
            {
                throw new ArgumentException("Attempted to apply updates to the incorrect order!");
            }
            if (request.Quantity.HasValue)
            {
                Quantity = request.Quantity.Value;
            }
            if (request.Tag != null)
            {
                Tag = request.Tag;
            }
        }

        /// <summary>Copies the base fields into another order.</summary>
        protected void CopyTo(Order order)
        {
            order.Id = Id;
            order.ContingentId = ContingentId;
            order.BrokerId = BrokerId.ToList();
            order.Symbol = Symbol;
            order.Price = Price;
            order.PriceCurrency = PriceCurrency;
            order.Time = Time;
            order.LastFillTime = LastFillTime;
            order.LastUpdateTime = LastUpdateTime;
            order.CanceledTime = CanceledTime;
            order.Quantity = Quantity;
            order.Status = Status;
            order.Tag = Tag;
            order.Properties = Properties.Clone();
            order.OrderSubmissionData = OrderSubmissionData?.Clone();
            order.PriceAdjustmentMode = PriceAdjustmentMode;
        }

        /// <summary>A readable summary.</summary>
        public override string ToString()
            => FormattableString.Invariant($"OrderId: {Id} (BrokerId: {string.Join(",", BrokerId)}) {Status} {Type} order for {Quantity} unit{(Quantity == 1 ? "" : "s")} of {Symbol}");
    }
}
