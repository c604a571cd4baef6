/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>
    /// Margin and leverage of a security (stand-in for QuantConnect.Securities.IBuyingPowerModel; only
    /// leverage is modelled).
    /// </summary>
    public interface IBuyingPowerModel
    {
        /// <summary>The leverage of a security.</summary>
        decimal GetLeverage(Security security);

        /// <summary>Sets the leverage of a security.</summary>
        void SetLeverage(Security security, decimal leverage);
    }
}
