/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages
{
    /// <summary>A delisted security (stand-in for QuantConnect.Brokerages.DelistingNotificationEventArgs).</summary>
    public class DelistingNotificationEventArgs
    {
        /// <summary>The delisted symbol.</summary>
        public Symbol Symbol { get; }

        /// <summary>Creates the notification.</summary>
        public DelistingNotificationEventArgs(Symbol symbol)
        {
            Symbol = symbol;
        }

        /// <summary>The symbol.</summary>
        public override string ToString() => $"{Symbol}";
    }
}
