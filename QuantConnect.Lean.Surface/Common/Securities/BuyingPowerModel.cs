/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>Base buying power model keeping an initial margin requirement (stand-in for QuantConnect.Securities.BuyingPowerModel).</summary>
    public class BuyingPowerModel : IBuyingPowerModel
    {
        private decimal _initialMarginRequirement;

        /// <summary>Share of buying power that must stay free.</summary>
        protected decimal RequiredFreeBuyingPowerPercent { get; set; }

        /// <summary>A 1x model.</summary>
        public BuyingPowerModel()
            : this(1m)
        {
        }

        /// <summary>A model with a leverage.</summary>
        public BuyingPowerModel(decimal leverage, decimal requiredFreeBuyingPowerPercent = 0)
        {
            if (leverage < 1)
            {
                throw new ArgumentException("Leverage must be greater than or equal to 1.");
            }
            _initialMarginRequirement = 1 / leverage;
            RequiredFreeBuyingPowerPercent = requiredFreeBuyingPowerPercent;
        }

        /// <summary>The leverage: one over the initial margin requirement.</summary>
        public virtual decimal GetLeverage(Security security) => 1 / _initialMarginRequirement;

        /// <summary>Sets the leverage; must be at least 1.</summary>
        public virtual void SetLeverage(Security security, decimal leverage)
        {
            if (leverage < 1)
            {
                throw new ArgumentException("Leverage must be greater than or equal to 1.");
            }
            _initialMarginRequirement = 1 / leverage;
        }
    }
}
