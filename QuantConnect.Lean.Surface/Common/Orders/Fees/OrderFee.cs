/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Orders.Fees
{
    /// <summary>The fee of an order fill (stand-in for QuantConnect.Orders.Fees.OrderFee).</summary>
    public class OrderFee
    {
        /// <summary>A zero fee.</summary>
        public static readonly OrderFee Zero = new(new CashAmount(0, Currencies.NullCurrency));

        /// <summary>The fee amount.</summary>
        public CashAmount Value { get; set; }

        /// <summary>Creates a fee.</summary>
        public OrderFee(CashAmount orderFee)
        {
            Value = orderFee;
        }

        /// <summary>The amount as a decimal.</summary>
        public static implicit operator decimal(OrderFee m) => m.Value.Amount;

        /// <summary>Amount and currency.</summary>
        public override string ToString() => Value.ToString();
    }
}
