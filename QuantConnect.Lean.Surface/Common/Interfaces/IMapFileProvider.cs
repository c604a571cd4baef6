/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>Provides equity map files (stand-in for QuantConnect.Interfaces.IMapFileProvider; no members needed here).</summary>
    public interface IMapFileProvider
    {
    }
}
