/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// Where an order goes and the leverage (<c>multiple</c>) it is sent with. A symbol path's <c>NNNx</c> suffix is
    /// the most leverage BTCC allows on it, not the leverage of the order: BTCC's own example sends
    /// <c>"multiple":10</c> on an <c>...ETHUSDT5x</c> path, and its live dictionary lists one path per pair at the
    /// pair's maximum. Both symbollist shapes are read the same way:
    /// <list type="bullet">
    /// <item>one path per pair (<c>BTCUSDT100x</c>): any whole leverage from 1x to 100x on that path;</item>
    /// <item>one path per leverage (<c>BTCUSDT5x</c>, <c>BTCUSDT20x</c>, ...): the path whose suffix equals the leverage,
    /// else the one with the lowest suffix above it (the tightest maximum that allows it).</item>
    /// </list>
    /// </summary>
    /// <param name="Instrument">The symbol path the order goes to.</param>
    /// <param name="Multiple">The leverage sent as <c>multiple</c>.</param>
    public sealed record BtccLeverageChoice(BtccSymbolInfo Instrument, int Multiple)
    {
        /// <summary>
        /// The leverage when none is configured: 10x (<see cref="BtccBrokerageModel.DefaultLeverage"/>), or the pair's
        /// maximum when that is lower. Never the maximum of a pair that allows more.
        /// </summary>
        public const decimal UnsetLeverage = BtccBrokerageModel.DefaultLeverage;

        /// <summary>
        /// Chooses the path and multiple for an order on <paramref name="ticker"/>. Pure.
        /// </summary>
        /// <param name="ticker">The LEAN ticker (named in the error).</param>
        /// <param name="variants">The ticker's listed paths with their maximum leverage (the suffix), in any order.</param>
        /// <param name="leverage">The leverage asked for; null for <see cref="UnsetLeverage"/> (capped at the pair's maximum).</param>
        /// <param name="choice">The path and multiple, when there is one.</param>
        /// <param name="error">Why there is none: not a whole leverage of at least 1x, or above every path's maximum.</param>
        /// <param name="source">What the error tells the user to set (default: the setting or the security's leverage).</param>
        public static bool TryChoose(string ticker, IReadOnlyList<(BtccSymbolInfo Info, decimal Maximum)> variants, decimal? leverage,
            out BtccLeverageChoice? choice, out string? error, string? source = null)
        {
            source ??= $"{BtccSettingKeys.Leverage} or the security's leverage";
            ArgumentNullException.ThrowIfNull(variants);
            choice = null;
            error = null;
            if (variants.Count == 0)
            {
                error = $"{ticker} has no BTCC symbol path.";
                return false;
            }
            var ordered = variants.OrderBy(v => v.Maximum).ThenBy(v => v.Info.Id).ThenBy(v => v.Info.Name, StringComparer.Ordinal).ToArray();
            var highest = ordered[^1].Maximum;
            var wanted = leverage ?? Math.Min(UnsetLeverage, highest);
            if (wanted < 1m || wanted != decimal.Truncate(wanted) || wanted > ushort.MaxValue)
            {
                error = $"{ticker}: BTCC takes a whole leverage of at least 1x as multiple, not {BtccWireFormat.Decimal(wanted)}x "
                    + $"(set {source}).";
                return false;
            }
            var path = ordered.FirstOrDefault(v => v.Maximum == wanted);
            if (path.Info == null)
            {
                path = ordered.FirstOrDefault(v => v.Maximum > wanted);
            }
            if (path.Info == null)
            {
                error = $"{ticker} allows at most {BtccWireFormat.Decimal(highest)}x on BTCC, not {BtccWireFormat.Decimal(wanted)}x "
                    + $"(listed paths: {string.Join(", ", ordered.Select(v => BtccWireFormat.Decimal(v.Maximum) + "x").Distinct())}); "
                    + $"set {source} to at most {BtccWireFormat.Decimal(highest)}.";
                return false;
            }
            choice = new BtccLeverageChoice(path.Info, (int)wanted);
            return true;
        }
    }
}
