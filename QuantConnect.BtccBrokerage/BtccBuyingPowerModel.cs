/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;
using QuantConnect.Securities.CryptoFuture;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// Margin of BTCC's USDT-margined perpetuals: LEAN's crypto-future margin model, whose initial margin is the
    /// notional (|quantity| × price × contract multiplier, in the quote currency) divided by the leverage. LEAN
    /// holds the maintenance margin at that initial margin; BTCC's liquidation figure, notional × maintenance
    /// rate − maintenance amount, is given by <see cref="GetMaintenanceMarginInQuoteCurrency"/>.
    /// </summary>
    public class BtccBuyingPowerModel : CryptoFutureMarginModel
    {
        /// <summary>
        /// The maintenance margin rate used when none is given. BTCC publishes per-symbol levels in symbollist's
        /// <c>symbol_margin_level</c> without documenting their units, so LEAN's crypto-future default is kept.
        /// </summary>
        public const decimal DefaultMaintenanceMarginRate = 0.05m;

        // LEAN's model no longer takes maintenance parameters (that constructor is obsolete), so they live here.
        private readonly decimal _maintenanceMarginRate;
        private readonly decimal _maintenanceAmount;

        /// <summary>Creates the model with a leverage (the <c>multiple</c> sent with each open) and a maintenance rate.</summary>
        public BtccBuyingPowerModel(decimal leverage, decimal maintenanceMarginRate = DefaultMaintenanceMarginRate, decimal maintenanceAmount = 0m)
            : base(leverage)
        {
            _maintenanceMarginRate = maintenanceMarginRate;
            _maintenanceAmount = maintenanceAmount;
        }

        /// <summary>The notional of a quantity at the security's current price, in its quote currency.</summary>
        public static decimal GetNotionalInQuoteCurrency(Security security, decimal quantity)
        {
            ArgumentNullException.ThrowIfNull(security);
            return Math.Abs(quantity) * security.Price * security.SymbolProperties.ContractMultiplier;
        }

        /// <summary>The initial margin of a quantity in the quote currency: notional / leverage.</summary>
        public decimal GetInitialMarginInQuoteCurrency(Security security, decimal quantity)
            => GetNotionalInQuoteCurrency(security, quantity) / GetLeverage(security);

        /// <summary>The maintenance margin of a quantity in the quote currency: notional × rate − amount, never below zero.</summary>
        public decimal GetMaintenanceMarginInQuoteCurrency(Security security, decimal quantity)
            => quantity == 0m ? 0m : Math.Max(0m, GetNotionalInQuoteCurrency(security, quantity) * _maintenanceMarginRate - _maintenanceAmount);
    }
}
