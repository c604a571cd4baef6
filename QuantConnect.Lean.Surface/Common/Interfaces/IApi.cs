/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>
    /// QuantConnect's web API client (stand-in for QuantConnect.Interfaces.IApi). The brokerage only
    /// passes it through to its message handler, so no member is declared.
    /// </summary>
    public interface IApi : IDisposable
    {
    }
}
