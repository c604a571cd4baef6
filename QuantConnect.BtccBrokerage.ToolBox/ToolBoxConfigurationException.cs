/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox
{
    /// <summary>A missing or invalid configuration key or command-line option; the message names it.</summary>
    public sealed class ToolBoxConfigurationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ToolBoxConfigurationException(string message) : base(message)
        {
        }
    }
}
