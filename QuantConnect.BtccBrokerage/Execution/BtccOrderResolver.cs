/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Brings orders BTCC's working list no longer explains to their true state: pending orders that left
    /// orderList without filling completely, and orders without progress for <see cref="BtccBrokerageSettings.OrderStateTimeout"/>.
    /// BTCC's order history (getHisOrder) is the evidence; a catch-up from getTradeReport finds late fills.
    /// </summary>
    internal sealed class BtccOrderResolver
    {
        private readonly BtccRestApiClient _client;
        private readonly BtccBrokerageSettings _settings;
        private readonly BtccTrackedOrders _tracked;
        private readonly BtccFillCatchUp _catchUp;
        private readonly Func<long, bool> _isReported;
        private readonly Action<BtccTrackedOrder, OrderStatus, string> _end;

        /// <summary>Creates the resolver.</summary>
        /// <param name="client">REST client for the order-history look-ups.</param>
        /// <param name="settings">Poll interval and order-state timeout.</param>
        /// <param name="tracked">The tracked orders.</param>
        /// <param name="catchUp">Asked for a trade-report catch-up when fills may be missing.</param>
        /// <param name="isReported">Whether the ledger holds a deal.</param>
        /// <param name="end">Ends an order with a non-fill status and a message.</param>
        public BtccOrderResolver(BtccRestApiClient client, BtccBrokerageSettings settings, BtccTrackedOrders tracked, BtccFillCatchUp catchUp,
            Func<long, bool> isReported, Action<BtccTrackedOrder, OrderStatus, string> end)
        {
            _client = client;
            _settings = settings;
            _tracked = tracked;
            _catchUp = catchUp;
            _isReported = isReported;
            _end = end;
        }

        /// <summary>
        /// A tracked pending order left orderList without filling completely: a confirmed cancel ends it Canceled once
        /// what executed before it is reported; otherwise BTCC's order history says what happened (5 cancelled →
        /// Canceled after its fills, 6 declined → Invalid, 2 triggered → its fills are still coming).
        /// </summary>
        public async Task ResolveLeftAsync(IReadOnlyList<BtccLeftOrder> left, CancellationToken cancellationToken)
        {
            var page = await HistoryPageAsync(left, cancellationToken).ConfigureAwait(false);
            foreach (var item in left)
            {
                if (!_tracked.TryGet(item.OrderId, out var tracked) || tracked.IsTerminal && tracked.Status != OrderStatus.PartiallyFilled)
                {
                    continue;
                }
                if (tracked.CancelConfirmed && !tracked.AwaitsFills(_isReported))
                {
                    _end(tracked, OrderStatus.Canceled, "BTCC canceled the order");
                    continue;
                }
                // a refused cancel (the order had triggered) or fills BTCC has not listed yet: its history decides
                var now = DateTime.UtcNow;
                if (tracked.FinalHistoryStatus == null && now < tracked.NextLookupUtc)
                {
                    continue;
                }
                tracked.NextLookupUtc = now + TimeSpan.FromTicks(_settings.PollInterval.Ticks * 2);
                var status = tracked.FinalHistoryStatus ?? (await HistoryStatusAsync(item.PendingOrderId, tracked, cancellationToken, page).ConfigureAwait(false)).Status;
                switch (status)
                {
                    case BtccOrderStatus.Cancelled:
                        EndCancelled(tracked, tracked.CancelRequested ? "BTCC canceled the order" : "BTCC canceled the order outside LEAN");
                        break;
                    case BtccOrderStatus.Declined when !tracked.AwaitsFills(_isReported):
                        _end(tracked, OrderStatus.Invalid, "BTCC declined the order when it triggered (status 6)");
                        break;
                    default:
                        // triggered (fills still to be listed) or not yet in the history: the timeout check follows up
                        break;
                }
            }
        }

        /// <summary>
        /// No order stays Submitted/PartiallyFilled without progress or in a requested cancel beyond
        /// <see cref="BtccBrokerageSettings.OrderStateTimeout"/>: fills are caught up from getTradeReport and
        /// pending orders looked up in the order history; a cancel BTCC no longer knows about ends Canceled.
        /// </summary>
        /// <param name="listedOrderIds">Pending orders orderList lists now.</param>
        /// <param name="cancellationToken">Stops the look-ups.</param>
        public async Task ResolveStaleAsync(IReadOnlySet<long> listedOrderIds, CancellationToken cancellationToken)
        {
            var now = DateTime.UtcNow;
            var stale = _tracked.All.Where(t => !t.IsTerminal || t.Status == OrderStatus.PartiallyFilled)
                .Where(t => now - t.LastProgressUtc >= _settings.OrderStateTimeout)
                .ToList();
            foreach (var tracked in stale)
            {
                tracked.LastProgressUtc = now;
                if (tracked.PendingOrderId is not { } pendingId)
                {
                    BtccLog.Trace("BtccOrderResolver", "ResolveStale", $"order {tracked.Order.Id}: fills not listed yet, catching up from the trade report");
                    _catchUp.Request();
                    continue;
                }
                var listed = listedOrderIds.Contains(pendingId);
                if (listed && !tracked.CancelRequested)
                {
                    // still working at BTCC: waiting for the market is its true state, nothing to catch up
                    continue;
                }
                _catchUp.Request();
                var (status, answered) = tracked.FinalHistoryStatus is { } final ? (final, true) : await HistoryStatusAsync(pendingId, tracked, cancellationToken).ConfigureAwait(false);
                if (!answered)
                {
                    // the look-up failed: BTCC said nothing about the order, it is asked again at the next timeout
                    continue;
                }
                if (status == BtccOrderStatus.Cancelled)
                {
                    EndCancelled(tracked, "BTCC canceled the order");
                }
                else if (tracked.AwaitsFills(_isReported))
                {
                    // BTCC shows executions not reported yet: the catch-up brings them before the order may end
                }
                else if (tracked.CancelRequested && !listed && status is null)
                {
                    _end(tracked, OrderStatus.Canceled, "BTCC no longer knows the order: canceled");
                }
                else if (status == BtccOrderStatus.Declined)
                {
                    _end(tracked, OrderStatus.Invalid, "BTCC declined the order (status 6)");
                }
                else if (status is null && !listed)
                {
                    _end(tracked, OrderStatus.Canceled, $"BTCC pending order {pendingId} is neither working nor in BTCC's order history: ended");
                }
            }
        }

        /// <summary>BTCC cancelled the order: it ends Canceled now, or after the fills that executed before the cancel.</summary>
        private void EndCancelled(BtccTrackedOrder tracked, string message)
        {
            tracked.CancelledAtBtcc = true;
            if (tracked.AwaitsFills(_isReported))
            {
                _catchUp.Request();
                return;
            }
            _end(tracked, OrderStatus.Canceled, message);
        }

        /// <summary>
        /// When several orders that left orderList are due a history look-up, one getHisOrder page from the earliest one's
        /// request on serves them all (a multi-leg order's closing orders often end together, and each look-up would cost a
        /// request of the budget); an order the page does not hold is looked up on its own. Null for fewer than two, or when
        /// the page could not be read.
        /// </summary>
        private async Task<HistoryPage?> HistoryPageAsync(IReadOnlyList<BtccLeftOrder> left, CancellationToken cancellationToken)
        {
            var now = DateTime.UtcNow;
            var due = left.Select(l => _tracked.TryGet(l.OrderId, out var t) ? t : null)
                .Where(t => t is { FinalHistoryStatus: null, PendingOrderId: not null } && (!t.IsTerminal || t.Status == OrderStatus.PartiallyFilled)
                    && !(t.CancelConfirmed && !t.AwaitsFills(_isReported)) && now >= t.NextLookupUtc)
                .Select(t => t!)
                .ToList();
            if (due.Count < 2)
            {
                return null;
            }
            try
            {
                var reply = await _client.GetHisOrderAsync(new BtccHistoryQuery
                {
                    // request times are known to the second at best (an adopted order's from LEAN's order time)
                    BeginTime = Math.Max(0, due.Min(t => t.RequestTime) - 1) * 1000,
                    PageNo = 1,
                    PageSize = HistoryPageSize
                }, cancellationToken).ConfigureAwait(false);
                var wanted = due.Select(t => t.PendingOrderId!.Value).ToHashSet();
                var page = new HistoryPage(reply.List.Count < HistoryPageSize);
                foreach (var item in reply.List.Where(i => wanted.Contains(i.OrderId)))
                {
                    page.Items.TryAdd(item.OrderId, item);
                }
                return page;
            }
            catch (BtccApiException error)
            {
                BtccLog.Trace("BtccOrderResolver", "HistoryPage", $"{due.Count} orders' look-up failed: {BtccRestApiClient.Describe(error)}; each is looked up on its own");
                return null;
            }
        }

        /// <summary>How many getHisOrder rows one batched look-up reads.</summary>
        private const int HistoryPageSize = 100;

        /// <summary>The history rows of the orders a batched look-up asked for; complete when BTCC had no more rows than one page.</summary>
        private sealed record HistoryPage(bool Complete)
        {
            public Dictionary<long, BtccHisOrderItem> Items { get; } = new();
        }

        /// <summary>A pending order's status from getHisOrder (null when BTCC does not list it), and whether BTCC answered the look-up.</summary>
        /// <remarks>An executed order's last deal id is kept on <paramref name="tracked"/>: the one exact link from an order to its fill.</remarks>
        private async Task<(BtccOrderStatus? Status, bool Answered)> HistoryStatusAsync(long pendingOrderId, BtccTrackedOrder tracked, CancellationToken cancellationToken,
            HistoryPage? page = null)
        {
            try
            {
                // a complete page that lacks the order says what its own look-up would: BTCC does not list it (yet)
                var item = page != null && (page.Items.ContainsKey(pendingOrderId) || page.Complete)
                    ? page.Items.GetValueOrDefault(pendingOrderId)
                    : await _client.GetHisOrderItemAsync(pendingOrderId, cancellationToken).ConfigureAwait(false);
                if (item?.StatusValue is { } known)
                {
                    if (item.Kind is >= (int)BtccPendingOrderType.LimitOpen and <= (int)BtccPendingOrderType.MarketTakeProfit)
                    {
                        // an adopted order's kind (opening or closing) is BTCC's, not what LEAN's order type suggests
                        tracked.PendingType = (BtccPendingOrderType)item.Kind;
                    }
                    // a triggered order, or a cancelled one that executed in part first, names its last deal (unless that
                    // execution predates the LEAN order, which took the pending order over later)
                    if (known is BtccOrderStatus.Triggered or BtccOrderStatus.Cancelled
                        && long.TryParse(item.DealId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lastDeal) && lastDeal > 0
                        && (tracked.TakenOverAt == 0 || item.ExecTime / 1000 > tracked.TakenOverAt))
                    {
                        tracked.HistoryLastDealId = lastDeal;
                    }
                    if (known is BtccOrderStatus.Triggered or BtccOrderStatus.Cancelled or BtccOrderStatus.Declined)
                    {
                        // an ended order's history no longer changes: it is not asked again
                        tracked.FinalHistoryStatus = known;
                    }
                    return (known, true);
                }
                return (null, true);
            }
            catch (BtccApiException error)
            {
                BtccLog.Trace("BtccOrderResolver", "HistoryStatus", $"order {pendingOrderId} look-up failed: {BtccRestApiClient.Describe(error)}");
                return (null, false);
            }
        }
    }
}
