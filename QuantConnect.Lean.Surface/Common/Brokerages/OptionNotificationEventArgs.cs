/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages
{
    /// <summary>An option position change (stand-in for QuantConnect.Brokerages.OptionNotificationEventArgs).</summary>
    public sealed class OptionNotificationEventArgs : EventArgs
    {
        /// <summary>The option symbol.</summary>
        public Symbol Symbol { get; }

        /// <summary>The new position.</summary>
        public decimal Position { get; }

        /// <summary>Creates the notification.</summary>
        public OptionNotificationEventArgs(Symbol symbol, decimal position)
        {
            Symbol = symbol;
            Position = position;
        }

        /// <summary>Symbol and position.</summary>
        public override string ToString() => $"{Symbol} position: {Position.ToString(CultureInfo.InvariantCulture)}";
    }
}
