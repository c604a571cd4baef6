/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>The mean of the last <see cref="Period"/> values.</summary>
    internal sealed class SimpleMovingAverage
    {
        private readonly Queue<decimal> _window = new();
        private decimal _sum;

        /// <summary>Creates an average over <paramref name="period"/> values.</summary>
        public SimpleMovingAverage(int period)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
            Period = period;
        }

        /// <summary>How many values are averaged.</summary>
        public int Period { get; }

        /// <summary>True once <see cref="Period"/> values were seen.</summary>
        public bool IsReady => _window.Count == Period;

        /// <summary>The current mean (of fewer values while warming up; 0 before any).</summary>
        public decimal Current => _window.Count == 0 ? 0m : _sum / _window.Count;

        /// <summary>Adds a value, dropping the oldest beyond the period.</summary>
        public void Update(decimal value)
        {
            _window.Enqueue(value);
            _sum += value;
            if (_window.Count > Period)
            {
                _sum -= _window.Dequeue();
            }
        }
    }
}
