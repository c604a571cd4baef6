/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>
    /// One symbollist entry: a leverage variant (symbol path) of a ticker. All variants of a ticker share one
    /// price path and one <see cref="CodeId"/> (the quote-websocket SecID), because BTCC's quote feed prices
    /// the market, not the leverage.
    /// </summary>
    /// <param name="Id">Product id (<c>id</c>).</param>
    /// <param name="Path">Symbol path (<c>name</c>), e.g. <c>GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x</c>.</param>
    /// <param name="Ticker">Market name without leverage, e.g. BTCUSDT.</param>
    /// <param name="Leverage">The most leverage this path allows (its suffix); an order's <c>multiple</c> may be anything from 1 to it.</param>
    /// <param name="CodeId">Quote SecID (<c>code_id</c>).</param>
    /// <param name="Digits">Price decimals.</param>
    /// <param name="VolumesMin">Smallest order volume.</param>
    /// <param name="VolumesStep">Volume increment.</param>
    /// <param name="VolumesMax">Largest order volume.</param>
    /// <param name="ContractSize">Base units per volume unit.</param>
    /// <param name="Tradable">0 no, 1 yes, 2 buy only, 3 sell only.</param>
    /// <param name="BaseCurrency">Base asset, e.g. BTC.</param>
    /// <param name="ReferencePrice">Typical price the history and live path move around.</param>
    /// <param name="VolumesList">BTCC's <c>;</c>-joined quick-volume list.</param>
    public sealed record SimulatedInstrument(
        int Id,
        string Path,
        string Ticker,
        int Leverage,
        long CodeId,
        int Digits,
        decimal VolumesMin,
        decimal VolumesStep,
        decimal VolumesMax,
        decimal ContractSize,
        int Tradable,
        string BaseCurrency,
        decimal ReferencePrice,
        string VolumesList)
    {
        /// <summary>Smallest price increment.</summary>
        public decimal Tick => 1m / Pow10(Digits);

        /// <summary>Rounds a price to this instrument's digits.</summary>
        public decimal RoundPrice(decimal price) => Math.Round(price, Digits, MidpointRounding.AwayFromZero);

        private static decimal Pow10(int digits)
        {
            var result = 1m;
            for (var i = 0; i < digits; i++) result *= 10m;
            return result;
        }
    }
}
