/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>A security's holdings and the quantity its open orders would add (stand-in for QuantConnect.Securities.ProjectedHoldings).</summary>
    public class ProjectedHoldings
    {
        /// <summary>Creates the projection.</summary>
        public ProjectedHoldings(decimal holdingsQuantity, decimal openOrdersQuantity)
        {
            HoldingsQuantity = holdingsQuantity;
            OpenOrdersQuantity = openOrdersQuantity;
        }

        /// <summary>The quantity held.</summary>
        public decimal HoldingsQuantity { get; set; }

        /// <summary>The quantity the open orders would add.</summary>
        public decimal OpenOrdersQuantity { get; set; }

        /// <summary>Holdings plus open orders.</summary>
        public decimal ProjectedQuantity => HoldingsQuantity + OpenOrdersQuantity;
    }
}
