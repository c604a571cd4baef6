/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// The trading rules of one instrument that an order must meet before it goes to BTCC.
    /// Volumes are BTCC volume units: one LEAN quantity unit is one BTCC volume unit (a "lot" of
    /// <c>contract_size</c> units of the base currency, which LEAN sees as the contract multiplier).
    /// </summary>
    /// <param name="Ticker">The LEAN ticker the rules belong to, e.g. BTCUSDT (used in messages).</param>
    /// <param name="VolumeMin">Smallest order volume; 0 when none is known.</param>
    /// <param name="VolumeStep">Volume increment; 0 when none is known.</param>
    /// <param name="VolumeMax">Largest order volume; 0 when none is known.</param>
    /// <param name="PriceTick">Price increment; 0 when none is known.</param>
    /// <param name="Digits">BTCC's price decimals the tick comes from, when the rules come from BTCC.</param>
    /// <param name="Tradable">Which sides BTCC accepts.</param>
    public sealed record BtccInstrumentRules(
        string Ticker,
        decimal VolumeMin,
        decimal VolumeStep,
        decimal VolumeMax,
        decimal PriceTick,
        int? Digits,
        BtccTradable Tradable)
    {
        /// <summary>
        /// The rules of a symbollist instrument: volume limits as listed, tick = 10^-digits.
        /// </summary>
        public static BtccInstrumentRules FromSymbolInfo(string ticker, BtccSymbolInfo instrument)
        {
            ArgumentNullException.ThrowIfNull(instrument);
            return new BtccInstrumentRules(ticker, instrument.VolumesMin, instrument.VolumesStep, instrument.VolumesMax,
                TickFromDigits(instrument.Digits), instrument.Digits, instrument.Tradable);
        }

        /// <summary>
        /// Rules taken from LEAN's symbol properties, for when BTCC's instrument list is not (yet) known:
        /// lot size as step, minimum order size as minimum, minimum price variation as tick, no maximum,
        /// tradable both ways.
        /// </summary>
        public static BtccInstrumentRules FromSymbolProperties(string ticker, SymbolProperties properties)
        {
            ArgumentNullException.ThrowIfNull(properties);
            return new BtccInstrumentRules(ticker, properties.MinimumOrderSize ?? 0m, properties.LotSize, 0m,
                properties.MinimumPriceVariation, null, BtccTradable.Yes);
        }

        /// <summary>The price increment of a number of decimals: 2 → 0.01; negative digits mean no tick.</summary>
        public static decimal TickFromDigits(int digits)
        {
            if (digits < 0 || digits > 28)
            {
                return 0m;
            }
            var tick = 1m;
            for (var i = 0; i < digits; i++)
            {
                tick /= 10m;
            }
            return tick;
        }
    }
}
