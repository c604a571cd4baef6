namespace QuantConnect.Securities.CryptoFuture
{
    /// <summary>Margin model of crypto futures (stand-in for QuantConnect.Securities.CryptoFuture.CryptoFutureMarginModel).</summary>
    public class CryptoFutureMarginModel : SecurityMarginModel
    {
        /// <summary>Creates the model.</summary>
        public CryptoFutureMarginModel(decimal leverage = 25, decimal maintenanceMarginRate = 0.05m, decimal maintenanceAmount = 0)
            : base(leverage)
        {
            MaintenanceMarginRate = maintenanceMarginRate;
            MaintenanceAmount = maintenanceAmount;
        }

        /// <summary>Maintenance margin as a share of position value.</summary>
        protected decimal MaintenanceMarginRate { get; }

        /// <summary>Fixed maintenance amount deducted from the margin.</summary>
        protected decimal MaintenanceAmount { get; }
    }
}
