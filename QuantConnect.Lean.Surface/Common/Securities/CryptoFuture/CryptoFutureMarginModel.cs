/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities.CryptoFuture
{
    /// <summary>
    /// Margin model of crypto futures (stand-in for QuantConnect.Securities.CryptoFuture.CryptoFutureMarginModel).
    /// As in LEAN, only the leverage counts: maintenance margin equals the initial margin, and the maintenance
    /// arguments of the obsolete constructor are ignored.
    /// </summary>
    public class CryptoFutureMarginModel : SecurityMarginModel
    {
        /// <summary>Creates the model (LEAN: obsolete; the maintenance arguments have no effect).</summary>
        [Obsolete("This constructor is deprecated, please use the overload without maintenanceMarginRate and maintenanceAmount parameters.")]
        public CryptoFutureMarginModel(decimal leverage, decimal maintenanceMarginRate = 0.05m, decimal maintenanceAmount = 0)
            : base(leverage, 0)
        {
        }

        /// <summary>Creates the model with a leverage (25x by default).</summary>
        public CryptoFutureMarginModel(decimal leverage = 25)
            : base(leverage, 0)
        {
        }
    }
}
