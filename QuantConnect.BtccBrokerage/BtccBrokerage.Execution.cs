using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// Fill-engine wiring. Each poll is diffed (<see cref="ExecutionDiff"/>) against the tracked LEAN orders
    /// under the order gate, so a poll never interleaves with a request being sent.
    /// </summary>
    /// <remarks>
    /// Fills that belong to no LEAN order (orders placed or cancelled in BTCC's web app, forced liquidations
    /// with order_type 7) are reported as Warning brokerage messages (codes <c>ExternalFill</c>,
    /// <c>Liquidation</c>) rather than as new LEAN orders: LEAN cannot own an order it did not place, and a
    /// synthetic order would then need fills of its own. They are never dropped: the holdings and cash LEAN
    /// syncs from <see cref="GetAccountHoldings"/> / <see cref="GetCashBalance"/> include them, and an
    /// AccountChanged is raised when the balance moves.
    /// </remarks>
    public partial class BtccBrokerage
    {
        private readonly SemaphoreSlim _orderGate = new(1, 1);
        private readonly Dictionary<int, BtccTrackedOrder> _tracked = new();
        /// <summary>Clock slack of a catch-up after a reconnect, settlement or stale order.</summary>
        private const long CatchUpSlackSeconds = 60;

        /// <summary>
        /// Slack of the first catch-up after a restart: fills the previous run saw but had not yet reported
        /// (held back as possibly late, or listed late) may be older than its latest recorded fill.
        /// </summary>
        private const long RestartCatchUpSlackSeconds = 600;

        private readonly ReportedFillLedger _ledger = new();
        private string? _ledgerPath;
        private long _ledgerSavedVersion = -1;
        private volatile bool _restartCatchUp;
        private readonly Dictionary<long, (BtccFill Fill, DateTime FirstSeenUtc)> _unmatched = new();
        private readonly HashSet<long> _reportedExternalOrders = new();
        private readonly long _sessionSeconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        private ExecutionState _executionState = ExecutionState.Empty;
        private IReadOnlyList<BtccPosition> _lastPositions = Array.Empty<BtccPosition>();
        private BtccExecutionPoller? _poller;
        private long _sequence;
        private volatile bool _needsCatchUp;
        private volatile bool _pollerReportedDown;

        /// <summary>The ledger of fills already reported (kept across reconnects).</summary>
        internal ReportedFillLedger Ledger => _ledger;

        private bool IsPollerHealthy => _poller?.IsHealthy ?? false;

        private void StartExecution()
        {
            _poller ??= new BtccExecutionPoller(_restClient!, _settings!.PollInterval, OnPollAsync, OnPollFailed, OnPollerHealthChanged,
                staleAfter: _settings.PollerStallTimeout, onStall: OnPollerStalled);
            _poller.RequestFullRefresh();
            _poller.Start();
        }

        private void StopExecution() => _poller?.Stop();

        private async Task OnPollAsync(BtccPollResult result, CancellationToken cancellationToken)
        {
            await _orderGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var snapshot = result.Snapshot;
                if (_needsCatchUp || _executionState.SettlementTime != 0 && snapshot.SettlementTime != _executionState.SettlementTime)
                {
                    snapshot = await CatchUpAsync(snapshot, cancellationToken).ConfigureAwait(false);
                    _needsCatchUp = false;
                }
                AdoptKnownOrders(snapshot.Orders);
                NoteListedVolumes(snapshot.Orders);

                var views = _tracked.Values.Where(t => !t.IsTerminal).Select(t => t.ToView()).ToList();
                var diff = ExecutionDiff.Compute(_executionState, snapshot, views, _ledger.Contains);
                _executionState = diff.Next;
                if (snapshot.Positions != null)
                {
                    _lastPositions = snapshot.Positions;
                }

                foreach (var fill in diff.Fills)
                {
                    _unmatched.Remove(fill.Fill.DealId);
                    ApplyFill(_tracked[fill.OrderId], fill.Fill);
                }
                ReportUnmatched(diff.Unmatched);
                ReportUnknownOrders(diff.UnknownOrders);
                await ResolveLeftOrdersAsync(diff.LeftOrders, cancellationToken).ConfigureAwait(false);
                await ResolveStaleOrdersAsync(cancellationToken).ConfigureAwait(false);
                ReportBalance(result.Account);
                if (diff.Fills.Count > 0 || diff.Unmatched.Count > 0)
                {
                    _poller?.RequestFullRefresh();
                }
                _ledger.SettlementTime = _executionState.SettlementTime;
                SaveLedger();
            }
            finally
            {
                _orderGate.Release();
            }
        }

        /// <summary>Reports one attributed fill, exactly once.</summary>
        private void ApplyFill(BtccTrackedOrder tracked, BtccFill fill)
        {
            if (tracked.IsTerminal || !_ledger.TryRecord(fill.DealId, fill.ExecTime, tracked.Order.Id, fill.Volume))
            {
                return;
            }
            var order = tracked.Order;
            tracked.Filled += fill.Volume;
            tracked.LastProgressUtc = DateTime.UtcNow;
            if (fill.Reason == BtccDealReason.Open && fill.PositionId != 0)
            {
                tracked.OpenedPositionIds.Add(fill.PositionId);
                AddBrokerId(order, BtccBrokerIds.ForPosition(fill.PositionId));
            }
            var status = tracked.Filled >= tracked.Quantity && tracked.ShortfallReason == null ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
            tracked.Status = status;
            order.Status = status;
            var time = fill.ExecTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(fill.ExecTime).UtcDateTime : DateTime.UtcNow;
            var fee = new OrderFee(new CashAmount(fill.Commission, AccountCurrency));
            OnOrderEvent(new OrderEvent(order.Id, order.Symbol, time, status, order.Direction, fill.Price,
                fill.Volume * Math.Sign(order.Quantity), fee, $"BTCC deal {fill.DealId}"));
            if (tracked.ShortfallReason != null && tracked.Filled >= tracked.Quantity)
            {
                End(tracked, OrderStatus.Canceled, $"The unsent rest of the order was canceled: {tracked.ShortfallReason}");
            }
            else if (status == OrderStatus.Filled)
            {
                _tracked.Remove(order.Id);
            }
        }

        /// <summary>Ends an order with a non-fill status (Canceled, Invalid) and stops tracking it.</summary>
        private void End(BtccTrackedOrder tracked, OrderStatus status, string message)
        {
            if (tracked.IsTerminal && tracked.Status != OrderStatus.PartiallyFilled)
            {
                return;
            }
            tracked.Status = status;
            tracked.Order.Status = status;
            _tracked.Remove(tracked.Order.Id);
            OnOrderEvent(new OrderEvent(tracked.Order, DateTime.UtcNow, OrderFee.Zero, message) { Status = status });
        }

        /// <summary>
        /// Unmatched fills wait <see cref="BtccBrokerageSettings.UnmatchedFillGrace"/> (their order may be
        /// reported late), then are recorded and reported as fills outside LEAN.
        /// </summary>
        private void ReportUnmatched(IReadOnlyList<BtccFill> unmatched)
        {
            var now = DateTime.UtcNow;
            foreach (var fill in unmatched)
            {
                _unmatched.TryAdd(fill.DealId, (fill, now));
            }
            foreach (var (dealId, (fill, firstSeen)) in _unmatched.ToList())
            {
                if (now - firstSeen < _settings!.UnmatchedFillGrace || AwaitsHistory(fill))
                {
                    continue;
                }
                if (_tracked.Values.Any(t => !t.IsTerminal && t.HistoryLastDealId == dealId))
                {
                    // its order's history names it: it is that order's, to be attributed when listed again
                    // (after a settlement only getTradeReport lists it, so catch up from there)
                    _needsCatchUp = true;
                    continue;
                }
                _unmatched.Remove(dealId);
                if (!_ledger.TryRecord(dealId, fill.ExecTime))
                {
                    continue;
                }
                var liquidation = fill.OrderType == BtccFill.LiquidationType;
                var side = fill.Direction == BtccOrderDirection.Buy ? "buy" : "sell";
                var what = fill.Reason == BtccDealReason.Close ? "closing" : "opening";
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, liquidation ? "Liquidation" : "ExternalFill",
                    $"BTCC {(liquidation ? "liquidated" : "filled")} {side} {BtccOrderValidator.Format(fill.Volume)} {fill.Symbol} @ {BtccOrderValidator.Format(fill.Price)} " +
                    $"({what} ticket {fill.PositionId}, deal {fill.DealId}) outside any LEAN order; holdings and cash include it"));
            }
        }

        /// <summary>
        /// Whether a tracked pending order that left orderList, and whose order history is not known yet, could own
        /// <paramref name="fill"/>: then the fill waits for that look-up rather than being reported as outside LEAN.
        /// </summary>
        private bool AwaitsHistory(BtccFill fill)
            => fill.Reason == BtccDealReason.Open && fill.OrderType is BtccFill.LimitOpenType or BtccFill.StopOpenType
               && _tracked.Values.Any(t => t.PendingOrderId is { } id && !t.IsTerminal && t.HistoryLastDealId == null
                   && !_executionState.ListedOrderIds.Contains(id) && t.SymbolPath == fill.Symbol && t.Direction == fill.Direction);

        /// <summary>Orders in orderList that LEAN did not place: reported once each.</summary>
        private void ReportUnknownOrders(IReadOnlyList<BtccOrder> unknown)
        {
            foreach (var order in unknown)
            {
                if (_tracked.Values.Any(t => t.PendingOrderId == order.Id) || !_reportedExternalOrders.Add(order.Id))
                {
                    continue;
                }
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "ExternalOrder",
                    $"BTCC pending order {order.Id} ({order.Symbol}, direction {(int)order.Direction}, volume {BtccOrderValidator.Format(order.RequestVolume)} @ {BtccOrderValidator.Format(order.RequestPrice)}) was placed outside LEAN"));
            }
        }

        /// <summary>Remembers each tracked pending order's executed volume as orderList last showed it.</summary>
        private void NoteListedVolumes(IReadOnlyList<BtccOrder> listed)
        {
            foreach (var pending in listed)
            {
                foreach (var tracked in _tracked.Values.Where(t => t.PendingOrderId == pending.Id))
                {
                    tracked.ListedExecuteVolume = Math.Max(tracked.ListedExecuteVolume, pending.ExecuteVolume);
                }
            }
        }

        /// <summary>Tracks working orders LEAN knows by BTCC id but this instance did not place (e.g. loaded at start).</summary>
        private void AdoptKnownOrders(IReadOnlyList<BtccOrder> listed)
        {
            if (_orderProvider == null)
            {
                return;
            }
            foreach (var pending in listed)
            {
                if (_tracked.Values.Any(t => t.PendingOrderId == pending.Id))
                {
                    continue;
                }
                var order = _orderProvider.GetOrdersByBrokerageId(BtccBrokerIds.ForPendingOrder(pending.Id))?.FirstOrDefault(o => o.Status.IsOpen());
                if (order != null)
                {
                    Adopt(order, pending.Id, pending);
                }
            }
        }

        private BtccTrackedOrder Adopt(Order order, long pendingId, BtccOrder? pending)
        {
            var path = pending?.Symbol ?? InstrumentOf(order.Symbol)?.Name ?? string.Empty;
            var tracked = new BtccTrackedOrder(order, path, pending?.RequestTime ?? 0, Interlocked.Increment(ref _sequence))
            {
                PendingOrderId = pendingId,
                PendingType = order.Type == OrderType.StopMarket ? BtccOpenPendingType.StopOpen : BtccOpenPendingType.LimitOpen,
                PendingPrice = order switch { LimitOrder l => l.LimitPrice, StopMarketOrder s => s.StopPrice, _ => null },
                Status = order.Status == OrderStatus.PartiallyFilled ? OrderStatus.PartiallyFilled : OrderStatus.Submitted
            };
            _tracked[order.Id] = tracked;
            BtccLog.Trace("BtccBrokerage", "Adopt", $"tracking LEAN order {order.Id} as BTCC pending order {pendingId}");
            return tracked;
        }

        /// <summary>
        /// A tracked pending order left orderList without filling completely: a requested cancel ends it
        /// Canceled; otherwise BTCC's order history says what happened (5 cancelled → Canceled, 6 declined →
        /// Invalid, 2 triggered → its fills are still coming).
        /// </summary>
        private async Task ResolveLeftOrdersAsync(IReadOnlyList<LeftOrder> left, CancellationToken cancellationToken)
        {
            foreach (var item in left)
            {
                if (!_tracked.TryGetValue(item.OrderId, out var tracked) || tracked.IsTerminal && tracked.Status != OrderStatus.PartiallyFilled)
                {
                    continue;
                }
                if (tracked.CancelConfirmed && tracked.ListedExecuteVolume <= tracked.Filled)
                {
                    End(tracked, OrderStatus.Canceled, "BTCC canceled the order");
                    continue;
                }
                // a refused cancel (the order had triggered) or fills BTCC has not listed yet: its history decides
                var now = DateTime.UtcNow;
                if (now < tracked.NextLookupUtc)
                {
                    continue;
                }
                tracked.NextLookupUtc = now + TimeSpan.FromTicks(_settings!.PollInterval.Ticks * 2);
                var status = await HistoryStatusAsync(item.PendingOrderId, cancellationToken, tracked).ConfigureAwait(false);
                switch (status)
                {
                    case BtccOrderStatus.Cancelled:
                        End(tracked, OrderStatus.Canceled, "BTCC canceled the order outside LEAN");
                        break;
                    case BtccOrderStatus.Declined:
                        End(tracked, OrderStatus.Invalid, "BTCC declined the order when it triggered (status 6)");
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
        private async Task ResolveStaleOrdersAsync(CancellationToken cancellationToken)
        {
            var now = DateTime.UtcNow;
            var stale = _tracked.Values.Where(t => !t.IsTerminal || t.Status == OrderStatus.PartiallyFilled)
                .Where(t => now - t.LastProgressUtc >= _settings!.OrderStateTimeout)
                .ToList();
            foreach (var tracked in stale)
            {
                tracked.LastProgressUtc = now;
                if (tracked.PendingOrderId is not { } pendingId)
                {
                    BtccLog.Trace("BtccBrokerage", "ResolveStaleOrders", $"order {tracked.Order.Id}: fills not listed yet, catching up from the trade report");
                    _needsCatchUp = true;
                    continue;
                }
                var listed = _executionState.ListedOrderIds.Contains(pendingId);
                if (listed && !tracked.CancelRequested)
                {
                    // still working at BTCC: waiting for the market is its true state, nothing to catch up
                    continue;
                }
                _needsCatchUp = true;
                var status = await HistoryStatusAsync(pendingId, cancellationToken, tracked).ConfigureAwait(false);
                if (status == BtccOrderStatus.Cancelled || tracked.CancelRequested && !listed && status is null or BtccOrderStatus.Cancelled)
                {
                    End(tracked, OrderStatus.Canceled, status == null ? "BTCC no longer knows the order: canceled" : "BTCC canceled the order");
                }
                else if (status == BtccOrderStatus.Declined)
                {
                    End(tracked, OrderStatus.Invalid, "BTCC declined the order (status 6)");
                }
                else if (status is null && !listed)
                {
                    End(tracked, OrderStatus.Canceled, $"BTCC pending order {pendingId} is neither working nor in BTCC's order history: ended");
                }
            }
        }

        /// <summary>A pending order's status from getHisOrder, or null when BTCC does not list it (or the look-up failed).</summary>
        /// <remarks>A triggered order's last deal id is kept on <paramref name="tracked"/>: the one exact link from an order to its fill.</remarks>
        private async Task<BtccOrderStatus?> HistoryStatusAsync(long pendingOrderId, CancellationToken cancellationToken, BtccTrackedOrder? tracked = null)
        {
            try
            {
                var reply = await _restClient!.GetHisOrderAsync(new BtccHistoryQuery
                {
                    OrderId = pendingOrderId.ToString(CultureInfo.InvariantCulture),
                    PageNo = 1,
                    PageSize = 10
                }, cancellationToken).ConfigureAwait(false);
                var item = reply.List.FirstOrDefault(i => i.OrderId == pendingOrderId);
                if (item != null && int.TryParse(item.Status, NumberStyles.Integer, CultureInfo.InvariantCulture, out var status))
                {
                    if (tracked != null && (BtccOrderStatus)status == BtccOrderStatus.Triggered && long.TryParse(item.DealId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lastDeal) && lastDeal > 0)
                    {
                        tracked.HistoryLastDealId = lastDeal;
                    }
                    return (BtccOrderStatus)status;
                }
                return null;
            }
            catch (BtccApiException error)
            {
                BtccLog.Trace("BtccBrokerage", "HistoryStatus", $"order {pendingOrderId} look-up failed: {BtccRestApiClient.Describe(error)}");
                return null;
            }
        }

        /// <summary>
        /// After a reconnect, a settlement (fills leave dealTodayList) or a stale order: adds getTradeReport's
        /// fills since the ledger's latest one (minus a minute of clock slack) to the snapshot. The ledger
        /// drops the ones already reported, so nothing is reported twice and nothing is lost.
        /// </summary>
        private async Task<ExecutionSnapshot> CatchUpAsync(ExecutionSnapshot snapshot, CancellationToken cancellationToken)
        {
            var slack = _restartCatchUp ? RestartCatchUpSlackSeconds : CatchUpSlackSeconds;
            var since = Math.Max(0, _ledger.LatestExecTime - slack);
            if (since == 0)
            {
                since = _sessionSeconds - slack;
            }
            var until = _restClient!.ServerNowSeconds() + 60;
            try
            {
                var report = await _restClient.GetTradeReportRangeAsync(since * 1000, until * 1000, null, cancellationToken).ConfigureAwait(false);
                var extra = report.Select(BtccFill.FromTradeReport).OfType<BtccFill>().ToList();
                BtccLog.Trace("BtccBrokerage", "CatchUp", $"{extra.Count} fills in the trade report since {since}");
                _restartCatchUp = false;
                return snapshot with { Fills = snapshot.Fills.Concat(extra).ToList() };
            }
            catch (BtccApiException error)
            {
                _needsCatchUp = true;
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Fill catch-up from BTCC's trade report failed, will retry: {error.BtccMessage}"));
                return snapshot;
            }
        }

        private void OnPollFailed(Exception error)
        {
            BtccLog.Trace("BtccBrokerage", "Poll", $"poll failed: {BtccRestApiClient.Describe(error)}");
            if (error is BtccApiException api && BtccLoginRefusal.Applies(api))
            {
                // the session's renewal was refused: one Error per refusal code, until a login succeeds again
                if (Interlocked.Exchange(ref _reportedLoginRefusal, api.Code) != api.Code)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Error, api.Code, BtccLoginRefusal.Describe(api.Code, api.BtccMessage, _settings!.Api)));
                }
                return;
            }
            if (error is BtccApiException other && other is not BtccAmbiguousResultException && IsRevokedKey(other))
            {
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Error, other.Code, $"BTCC refuses the API key: {other.BtccMessage}"));
            }
        }

        /// <summary>The code of the login refusal last reported as an Error (0: none since the last login).</summary>
        private int _reportedLoginRefusal;

        /// <summary>BTCC's refusal of the key itself (not a passing token problem the client renews).</summary>
        private static bool IsRevokedKey(BtccApiException error)
            => error.BtccMessage.Contains("NOT TRADE AUTH", StringComparison.OrdinalIgnoreCase) || error.Code == 209;

        /// <summary>The watchdog saw no successful poll for a while (a hung request): one Warning, then the Disconnect.</summary>
        private void OnPollerStalled(TimeSpan silent)
            => OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "RequestStall",
                $"BTCC answered no order and fill poll for {silent.TotalSeconds:0} s (requests hang); retrying until it answers"));

        private void OnPollerHealthChanged(bool healthy)
        {
            if (!healthy)
            {
                if (!_pollerReportedDown)
                {
                    _pollerReportedDown = true;
                    OnMessage(BrokerageMessageEvent.Disconnected("BTCC order and fill polling is failing; retrying"));
                }
                return;
            }
            if (_pollerReportedDown)
            {
                _pollerReportedDown = false;
                _needsCatchUp = true;
                OnMessage(BrokerageMessageEvent.Reconnected("BTCC order and fill polling works again; catching up fills"));
            }
        }
    }
}
