/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>
    /// The algorithm's settings (stand-in for QuantConnect.Interfaces.IAlgorithmSettings). A brokerage only
    /// passes them through, so no member is declared.
    /// </summary>
    public interface IAlgorithmSettings
    {
    }
}
