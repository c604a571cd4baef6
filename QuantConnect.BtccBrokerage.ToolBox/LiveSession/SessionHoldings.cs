/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The session's local holdings, as LEAN's portfolio keeps them: reconciled from the brokerage at start, then
    /// moved by every fill (signed quantity and average entry price of what remains open).
    /// </summary>
    internal sealed class SessionHoldings
    {
        private readonly object _sync = new();
        private readonly Dictionary<Symbol, Position> _positions = new();

        /// <summary>One symbol's signed quantity and average entry price.</summary>
        public readonly record struct Position(decimal Quantity, decimal AveragePrice);

        /// <summary>Sets a symbol's holding (reconciliation).</summary>
        public void Set(Symbol symbol, decimal quantity, decimal averagePrice)
        {
            lock (_sync)
            {
                _positions[symbol] = new Position(quantity, quantity == 0m ? 0m : averagePrice);
            }
        }

        /// <summary>A symbol's holding (zero when none).</summary>
        public Position Get(Symbol symbol)
        {
            lock (_sync)
            {
                return _positions.TryGetValue(symbol, out var position) ? position : default;
            }
        }

        /// <summary>Every symbol with a holding record, zero quantities included.</summary>
        public IReadOnlyList<(Symbol Symbol, Position Position)> All()
        {
            lock (_sync)
            {
                return _positions.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key.Value, StringComparer.Ordinal).ToList();
            }
        }

        /// <summary>
        /// Applies a fill: adding to a position averages the entry price; reducing keeps it; crossing through
        /// zero starts a new position at the fill price. Returns the holding before and after.
        /// </summary>
        public (Position Before, Position After) ApplyFill(Symbol symbol, decimal fillQuantity, decimal fillPrice)
        {
            lock (_sync)
            {
                var before = _positions.TryGetValue(symbol, out var position) ? position : default;
                var quantity = before.Quantity + fillQuantity;
                decimal average;
                if (quantity == 0m)
                {
                    average = 0m;
                }
                else if (before.Quantity == 0m || Math.Sign(before.Quantity) != Math.Sign(quantity))
                {
                    average = fillPrice;
                }
                else if (Math.Sign(fillQuantity) == Math.Sign(before.Quantity))
                {
                    average = (before.AveragePrice * before.Quantity + fillPrice * fillQuantity) / quantity;
                }
                else
                {
                    average = before.AveragePrice;
                }
                var after = new Position(quantity, average);
                _positions[symbol] = after;
                return (before, after);
            }
        }
    }
}
