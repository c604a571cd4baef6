/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// The opt-in write check (<c>--with-orders</c>): one buy limit at the instrument's minimum volume, half the bid
    /// (far from any fill), placed, moved further away, cancelled and looked for again, through the plugin's client.
    /// Whatever fails, an order that was placed is cancelled before returning.
    /// </summary>
    internal static class BtccProbeOrders
    {
        /// <summary>The first limit price as a share of the bid.</summary>
        public const decimal PlacedAt = 0.5m;

        /// <summary>The updated limit price as a share of the bid.</summary>
        public const decimal UpdatedTo = 0.45m;

        /// <summary>The printed warning: real funds are at stake on a real account.</summary>
        public const string Warning = "WARNING: --with-orders places, updates and cancels one real order on this account (a buy limit at the "
            + "minimum volume and half the bid). Real funds are at stake if it fills. Press Ctrl+C now to stop.";

        /// <summary>Runs the lifecycle and returns one finding per step.</summary>
        /// <param name="client">A logged-in client.</param>
        /// <param name="instrument">The symbollist entry to trade.</param>
        /// <param name="bid">The latest bid seen on the quote socket (0: none, so nothing is sent).</param>
        public static async Task<IReadOnlyList<BtccProbeFinding>> RunAsync(BtccRestApiClient client, BtccSymbolInfo? instrument, decimal bid, CancellationToken cancellationToken)
        {
            if (instrument == null || bid <= 0)
            {
                return new[] { new BtccProbeFinding("Pending order lifecycle", "placed, updated, cancelled", instrument == null ? "no instrument to trade" : "no bid seen: nothing sent", BtccProbeVerdict.Unverified) };
            }
            var findings = new List<BtccProbeFinding>();
            var volume = instrument.VolumesMin;
            var multiple = (int)Math.Max(1, Math.Min(BtccLeverageChoice.UnsetLeverage, BtccSymbolPath.GetLeverage(instrument.Name)));
            var price = Round(bid * PlacedAt, instrument.Digits);
            var moved = Round(bid * UpdatedTo, instrument.Digits);
            BtccOrder? placed = null;
            var cancelled = false;
            try
            {
                placed = await client.OpenPendingAsync(new BtccOpenPendingRequest(instrument.Name, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, volume, price, multiple), cancellationToken).ConfigureAwait(false);
                findings.Add(Step("openpending", $"buy limit {volume} at {price} (x{multiple})", $"order {placed.Id} status {placed.Status}", placed.Id > 0));

                var updated = await client.UpdatePendingAsync(new BtccUpdatePendingRequest(placed.Id, BtccDirection.Buy, BtccPendingUpdateType.Limit, volume, moved) { Symbol = instrument.Name }, cancellationToken).ConfigureAwait(false);
                findings.Add(Step("updatepending", $"price {moved}", $"order {updated.Id} at {updated.RequestPrice}", updated.RequestPrice == moved));

                await client.CancelPendingAsync(placed.Id, cancellationToken).ConfigureAwait(false);
                cancelled = true;
                findings.Add(Step("cancelpending", $"order {placed.Id} cancelled", "accepted", true));

                var working = (await client.GetOrderListAsync(placed.Id, cancellationToken).ConfigureAwait(false)).Orders
                    .Where(o => o.Id == placed.Id && o.Status is BtccOrderStatus.Placed or BtccOrderStatus.Initial or BtccOrderStatus.PartiallyTriggered).ToList();
                findings.Add(Step("orderList after cancel", $"order {placed.Id} gone", working.Count == 0 ? "gone" : $"still working (status {working[0].Status})", working.Count == 0));
            }
            catch (BtccApiException error)
            {
                findings.Add(Step(placed == null ? "openpending" : cancelled ? "orderList after cancel" : "updatepending / cancelpending", "code 0", BtccRestApiClient.Describe(error), false));
            }
            finally
            {
                if (placed != null && !cancelled)
                {
                    await CancelQuietlyAsync(client, placed.Id).ConfigureAwait(false);
                }
            }
            return findings;
        }

        private static async Task CancelQuietlyAsync(BtccRestApiClient client, long orderId)
        {
            try
            {
                // not the caller's token: a Ctrl+C must not leave the order working
                await client.CancelPendingAsync(orderId, CancellationToken.None).ConfigureAwait(false);
                BtccLog.Trace("BtccProbeOrders", "CancelQuietly", $"order {orderId} cancelled after a failed step");
            }
            catch (Exception error)
            {
                BtccLog.Error("BtccProbeOrders", "CancelQuietly", $"order {orderId} may still be working, cancel it by hand: {BtccRestApiClient.Describe(error)}");
            }
        }

        private static BtccProbeFinding Step(string step, string expected, string observed, bool ok)
            => new($"Pending order: {step}", expected, observed, ok ? BtccProbeVerdict.Confirmed : BtccProbeVerdict.Contradicted);

        private static decimal Round(decimal price, int digits)
            => Math.Round(price, Math.Clamp(digits, 0, 18), MidpointRounding.ToZero);
    }
}
