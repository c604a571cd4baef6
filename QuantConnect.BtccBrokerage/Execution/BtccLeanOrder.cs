/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// One LEAN order the fill engine follows, and the BTCC requests ("legs") it was sent as: a market order's
    /// closes and open share one leg; a limit or stop order has a leg per pending order (a close per ticket, then the
    /// open past zero). The legs' fills make the order's events; it ends once every leg has. Changed only under the
    /// engine's gate.
    /// </summary>
    internal sealed class BtccLeanOrder
    {
        public BtccLeanOrder(Order order, string symbolPath, int multiple)
        {
            Order = order;
            SymbolPath = symbolPath;
            Multiple = multiple;
            Quantity = order.AbsoluteQuantity;
            var properties = order.Properties as BtccOrderProperties;
            Hedge = properties?.Hedge == true;
            ReduceOnly = properties?.ReduceOnly == true;
            ExpiresAtUtc = BtccTimeInForce.ExpiresAtUtc(order);
        }

        /// <summary>The LEAN order (replaced by the updated one on each update).</summary>
        public Order Order { get; set; }

        /// <summary>The BTCC symbol path its opens go to (a close goes to its ticket's path).</summary>
        public string SymbolPath { get; }

        /// <summary>The leverage its opens are sent with (0: not known, for an order this instance adopted).</summary>
        public int Multiple { get; set; }

        /// <summary>The instrument's smallest opening volume (0: not known).</summary>
        public decimal MinimumVolume { get; init; }

        /// <summary>Whether it opens for its whole quantity, closing nothing (<see cref="BtccOrderProperties.Hedge"/>).</summary>
        public bool Hedge { get; }

        /// <summary>Whether it may only close tickets (<see cref="BtccOrderProperties.ReduceOnly"/>).</summary>
        public bool ReduceOnly { get; }

        /// <summary>When its Day or GoodTilDate time in force ends (null: never).</summary>
        public DateTime? ExpiresAtUtc { get; }

        /// <summary>Absolute quantity expected to fill (lowered when part of it could not be placed).</summary>
        public decimal Quantity { get; set; }

        /// <summary>Absolute quantity reported filled, over every leg.</summary>
        public decimal Filled { get; set; }

        public OrderStatus Status { get; set; } = OrderStatus.Submitted;

        /// <summary>Its legs, in the order they were sent.</summary>
        public List<BtccTrackedOrder> Legs { get; } = new();

        /// <summary>Whether LEAN (or the expiry, or an ending leg) asked for the rest of the order to be cancelled.</summary>
        public bool CancelRequested { get; set; }

        /// <summary>Why part of the order could not be placed (or a lost request's part was taken as not placed); the order ends Canceled once the placed part filled.</summary>
        public string? ShortfallReason { get; set; }

        /// <summary>The volume of the order that was not placed.</summary>
        public decimal Unplaced { get; private set; }

        /// <summary>Drops <paramref name="volume"/> that could not be placed from the quantity expected to fill.</summary>
        public void Unplace(decimal volume, string reason)
        {
            Unplaced += volume;
            Quantity -= volume;
            ShortfallReason = reason;
        }

        /// <summary>How the order ends once its legs have, when something other than LEAN's cancel ended it (expiry, a refusal).</summary>
        public (OrderStatus Status, string Message)? Ending { get; set; }

        public bool IsTerminal => Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Invalid;

        /// <summary>Legs still working at BTCC (or not yet shown there).</summary>
        public IEnumerable<BtccTrackedOrder> WorkingLegs => Legs.Where(l => !l.IsTerminal);
    }
}
