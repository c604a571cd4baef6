/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders.Fees;

namespace QuantConnect.Orders
{
    /// <summary>A change of an order's state reported by a brokerage (stand-in for QuantConnect.Orders.OrderEvent).</summary>
    public class OrderEvent
    {
        private decimal _fillPrice;
        private decimal _fillQuantity;

        /// <summary>LEAN's order id.</summary>
        public int OrderId { get; set; }
        /// <summary>The event's id within the order.</summary>
        public int Id { get; set; }
        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; set; }
        /// <summary>When it happened (UTC).</summary>
        public DateTime UtcTime { get; set; }
        /// <summary>The new status.</summary>
        public OrderStatus Status { get; set; }
        /// <summary>The fee of this fill.</summary>
        public OrderFee OrderFee { get; set; }
        /// <summary>The fill price.</summary>
        public decimal FillPrice { get => _fillPrice; set => _fillPrice = value / 1.000000000000000000000000000000000m; }
        /// <summary>Currency of the fill price.</summary>
        public string FillPriceCurrency { get; set; }
        /// <summary>Signed fill quantity.</summary>
        public decimal FillQuantity { get => _fillQuantity; set => _fillQuantity = value / 1.000000000000000000000000000000000m; }
        /// <summary>Unsigned fill quantity.</summary>
        public decimal AbsoluteFillQuantity => Math.Abs(FillQuantity);
        /// <summary>Buy or sell.</summary>
        public OrderDirection Direction { get; set; }
        /// <summary>A message from the brokerage.</summary>
        public string Message { get; set; }
        /// <summary>Whether this is an option assignment.</summary>
        public bool IsAssignment { get; set; }
        /// <summary>The stop price, if any.</summary>
        public decimal? StopPrice { get; set; }
        /// <summary>The trigger price, if any.</summary>
        public decimal? TriggerPrice { get; set; }
        /// <summary>The limit price, if any.</summary>
        public decimal? LimitPrice { get; set; }
        /// <summary>The order's quantity.</summary>
        public decimal Quantity { get; set; }
        /// <summary>Whether an option is in the money.</summary>
        public bool IsInTheMoney { get; set; }
        /// <summary>The trailing amount of a trailing stop, if any.</summary>
        public decimal? TrailingAmount { get; set; }
        /// <summary>Whether the trailing amount is a percentage, if any.</summary>
        public bool? TrailingAsPercentage { get; set; }
        /// <summary>The order's ticket, if known.</summary>
        public OrderTicket Ticket { get; set; }

        /// <summary>Creates an empty event.</summary>
        public OrderEvent()
        {
        }

        /// <summary>Creates an event with every field.</summary>
        public OrderEvent(int orderId, Symbol symbol, DateTime utcTime, OrderStatus status, OrderDirection direction,
            decimal fillPrice, decimal fillQuantity, OrderFee orderFee, string message = "")
        {
            OrderId = orderId;
            Symbol = symbol;
            UtcTime = utcTime;
            Status = status;
            Direction = direction;
            FillPrice = fillPrice;
            FillPriceCurrency = string.Empty;
            FillQuantity = fillQuantity;
            OrderFee = orderFee;
            Message = message;
            IsAssignment = false;
        }

        /// <summary>Creates an event for an order with no fill.</summary>
        public OrderEvent(Order order, DateTime utcTime, OrderFee orderFee, string message = "")
        {
            OrderId = order.Id;
            Symbol = order.Symbol;
            Status = order.Status;
            Direction = order.Direction;
            Quantity = order.Quantity;
            FillPriceCurrency = order.PriceCurrency;
            UtcTime = utcTime;
            OrderFee = orderFee;
            Message = message;
            IsAssignment = false;
            switch (order)
            {
                case LimitOrder limit:
                    LimitPrice = limit.LimitPrice;
                    break;
                case StopMarketOrder stop:
                    StopPrice = stop.StopPrice;
                    break;
                case StopLimitOrder stopLimit:
                    StopPrice = stopLimit.StopPrice;
                    LimitPrice = stopLimit.LimitPrice;
                    break;
            }
        }

        /// <summary>A copy.</summary>
        public OrderEvent Clone() => (OrderEvent)MemberwiseClone();

        /// <summary>A readable summary.</summary>
        public override string ToString()
        {
            var message = FillQuantity == 0
                ? FormattableString.Invariant($"Time: {UtcTime} OrderID: {OrderId} EventID: {Id} Symbol: {Symbol?.Value} Status: {Status} Quantity: {Quantity}")
                : FormattableString.Invariant($"Time: {UtcTime} OrderID: {OrderId} EventID: {Id} Symbol: {Symbol?.Value} Status: {Status} Quantity: {Quantity} FillQuantity: {FillQuantity} FillPrice: {FillPrice} {FillPriceCurrency}");
            if (OrderFee != null && OrderFee.Value.Amount != 0m)
            {
                message += FormattableString.Invariant($" OrderFee: {OrderFee}");
            }
            if (!string.IsNullOrEmpty(Message))
            {
                message += $" Message: {Message}";
            }
            return message;
        }
    }
}
