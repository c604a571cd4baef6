/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>The algorithm's clock (stand-in for QuantConnect.Interfaces.ITimeKeeper; UTC time only).</summary>
    public interface ITimeKeeper
    {
        /// <summary>The current time (UTC).</summary>
        DateTime UtcTime { get; }
    }
}
