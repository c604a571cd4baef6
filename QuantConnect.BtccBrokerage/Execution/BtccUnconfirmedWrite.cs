/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// A request of an order whose reply was lost (HTTP 5xx, a timeout): it may or may not have taken effect at BTCC.
    /// It is never sent again; BTCC's lists settle it — the ticket echoing its refid, a close deal on its ticket, an
    /// order in orderList or the order history that nobody else owns — or, after
    /// <see cref="BtccBrokerageSettings.UnconfirmedWriteTimeout"/> without a trace, it is taken as not placed.
    /// </summary>
    /// <param name="Step">What was sent.</param>
    /// <param name="SentAt">When, on the exchange clock minus the clock tolerance (unix seconds): its effect is not older.</param>
    /// <param name="DeadlineUtc">When it is taken as not placed if nothing showed it.</param>
    /// <param name="Reason">Why its outcome is unknown.</param>
    internal sealed record BtccUnconfirmedWrite(BtccOrderStep Step, long SentAt, DateTime DeadlineUtc, string Reason)
    {
        /// <summary>The refid an openposition carried.</summary>
        public long RefId { get; init; }

        /// <summary>The <c>direction</c> an openpending was sent with (a closing one's follows closeposition's reading).</summary>
        public BtccDirection? SentDirection { get; init; }

        /// <summary>Pending orders that existed before an openpending: never its effect.</summary>
        public IReadOnlySet<long> ExistingOrderIds { get; init; } = new HashSet<long>();

        /// <summary>The volume the request carried.</summary>
        public decimal Volume => Step switch
        {
            BtccClosePositionStep close => close.Volume,
            BtccOpenPositionStep open => open.Volume,
            BtccOpenPendingStep pending => pending.Volume,
            BtccClosePendingStep close => close.Volume,
            _ => 0m
        };

        /// <summary>What it was, for messages.</summary>
        public string Describe() => Step switch
        {
            BtccClosePositionStep close => $"closeposition of {BtccOrderValidator.Format(close.Volume)} on ticket {close.PositionId}",
            BtccOpenPositionStep open => $"openposition of {BtccOrderValidator.Format(open.Volume)} (refid {RefId})",
            BtccOpenPendingStep pending => $"openpending of {BtccOrderValidator.Format(pending.Volume)} @ {BtccOrderValidator.Format(pending.Price)}",
            BtccClosePendingStep close => $"closing openpending of {BtccOrderValidator.Format(close.Volume)} @ {BtccOrderValidator.Format(close.Price)} on ticket {close.PositionId}",
            _ => Step.ToString()
        };
    }
}
