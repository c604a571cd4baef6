/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// How the plugin writes a number: invariant culture, no exponent, no trailing zeros. BTCC's request parameters
    /// take this form, and messages, settings and the ToolBox's CSV rows use the same one.
    /// </summary>
    public static class BtccWireFormat
    {
        /// <summary>e.g. 0.10m → "0.1", 27421.50m → "27421.5", 20m → "20", 0.00000001m → "0.00000001".</summary>
        public static string Decimal(decimal value)
        {
            if (value == 0m)
            {
                return "0";
            }
            return value.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        /// <summary>An integer in invariant culture.</summary>
        public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
