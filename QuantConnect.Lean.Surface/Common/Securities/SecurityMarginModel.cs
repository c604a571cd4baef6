/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>Margin model with a fixed leverage (stand-in for QuantConnect.Securities.SecurityMarginModel).</summary>
    public class SecurityMarginModel : BuyingPowerModel
    {
        /// <summary>A 1x model.</summary>
        public SecurityMarginModel()
        {
        }

        /// <summary>A model with a leverage.</summary>
        public SecurityMarginModel(decimal leverage, decimal requiredFreeBuyingPowerPercent = 0)
            : base(leverage, requiredFreeBuyingPowerPercent)
        {
        }
    }
}
