using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The fill ledger across restarts. With <see cref="BtccBrokerageSettings.FillLedgerPath"/> set, the ledger
    /// (reported deal ids, the LEAN order and volume each was reported for, the latest exec time and the
    /// settlement marker) is saved after every poll that recorded something, and loaded on the first connect:
    /// <list type="bullet">
    /// <item>no ledger file (first ever start): today's deals are history, as without persistence;</item>
    /// <item>a ledger file: every deal since its watermark that is not recorded is reported — to the LEAN order
    /// it belongs to when LEAN knows that order by BrokerId (open orders from the IOrderProvider are adopted),
    /// otherwise as a fill outside LEAN.</item>
    /// </list>
    /// </summary>
    public partial class BtccBrokerage
    {
        /// <summary>Deals kept in the saved ledger: those up to this long before its latest one.</summary>
        private static readonly TimeSpan LedgerRetention = TimeSpan.FromDays(3);

        /// <summary>Where the ledger is saved (null: in memory only).</summary>
        internal string? FillLedgerPath => _ledgerPath;

        /// <summary>
        /// Baselines the ledger on the first connect (the order gate is held): restores the saved ledger and
        /// adopts LEAN's open orders, or seeds it with today's deals when there is none.
        /// </summary>
        private void InitializeLedger(IReadOnlyList<BtccOrder> orders, IReadOnlyList<BtccPosition> positions, BtccDealListResponse deals)
        {
            var accountId = _restClient!.Session?.AccountId ?? 0;
            _ledgerPath = string.IsNullOrWhiteSpace(_settings!.FillLedgerPath) ? null : FillLedgerFile.Resolve(_settings.FillLedgerPath, accountId);
            var saved = _ledgerPath == null ? null : FillLedgerFile.Load(_ledgerPath, LedgerExchange, accountId);
            var state = new ExecutionState
            {
                ListedOrderIds = orders.Select(o => o.Id).ToHashSet(),
                AccountedVolume = orders.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().ExecuteVolume),
                Positions = positions.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => (g.First().Volume, g.First().Swap)),
                SettlementTime = deals.SettlementTime
            };
            if (saved == null)
            {
                // the first start: today's fills so far are history, not news
                _ledger.Seed(deals.Orders.Select(d => (d.Id, d.ExecTime)));
                _ledger.SettlementTime = deals.SettlementTime;
                _executionState = state;
                SaveLedger();
                return;
            }

            _ledger.Restore(saved);
            var adopted = AdoptOpenLeanOrders();
            foreach (var tracked in adopted.Where(t => t.PendingOrderId.HasValue))
            {
                // what the previous run reported of a working order is accounted; growth beyond it is news
                state = state.WithAccounted(tracked.PendingOrderId!.Value, tracked.Filled);
            }
            _executionState = state;
            _restartCatchUp = true;
            _needsCatchUp = true;
            BtccLog.Trace("BtccBrokerage", "InitializeLedger", $"restarted from {_ledgerPath}: {saved.Deals.Count} reported deals up to {saved.LatestExecTime}, " +
                $"{adopted.Count} open LEAN orders adopted; catching up fills since then");
        }

        /// <summary>
        /// Tracks every open LEAN order that carries BTCC ids (a restart): pending orders by their BTCC order id,
        /// market orders by the tickets they opened or closed; what the ledger says was reported counts as filled.
        /// </summary>
        private List<BtccTrackedOrder> AdoptOpenLeanOrders()
        {
            var adopted = new List<BtccTrackedOrder>();
            if (_orderProvider == null)
            {
                return adopted;
            }
            foreach (var order in _orderProvider.GetOpenOrders().OrderBy(o => o.Id))
            {
                if (_tracked.ContainsKey(order.Id) || order.BrokerId.Count == 0)
                {
                    continue;
                }
                var filled = _ledger.FilledVolume(order.Id);
                if (filled >= order.AbsoluteQuantity)
                {
                    continue;
                }
                var pendingId = order.BrokerId.Select(id => BtccBrokerIds.TryParsePendingOrder(id, out var pending) ? pending : (long?)null).FirstOrDefault(id => id.HasValue);
                BtccTrackedOrder tracked;
                if (pendingId is { } pending && order.Type is OrderType.Limit or OrderType.StopMarket)
                {
                    tracked = Adopt(order, pending, null);
                    // the exchange's request time is unknown here; LEAN's order time bounds it from below
                    tracked.RequestTime = new DateTimeOffset(DateTime.SpecifyKind(order.Time, DateTimeKind.Utc)).ToUnixTimeSeconds() - CatchUpSlackSeconds;
                }
                else if (order.Type == OrderType.Market)
                {
                    var path = InstrumentOf(order.Symbol)?.Name ?? string.Empty;
                    tracked = new BtccTrackedOrder(order, path, 0, Interlocked.Increment(ref _sequence));
                    foreach (var brokerId in order.BrokerId)
                    {
                        if (BtccBrokerIds.TryParsePosition(brokerId, out var positionId))
                        {
                            // which of its tickets it opened and which it closed is not kept: either kind of deal on them is its
                            tracked.OpenedPositionIds.Add(positionId);
                            tracked.Closes.Add(new PositionCloseRequest(positionId, order.AbsoluteQuantity));
                        }
                    }
                    _tracked[order.Id] = tracked;
                    BtccLog.Trace("BtccBrokerage", "AdoptOpenLeanOrders", $"tracking LEAN market order {order.Id} on tickets {string.Join(", ", tracked.OpenedPositionIds)}");
                }
                else
                {
                    continue;
                }
                tracked.Filled = filled;
                if (filled > 0m)
                {
                    tracked.Status = OrderStatus.PartiallyFilled;
                }
                adopted.Add(tracked);
            }
            return adopted;
        }

        /// <summary>The exchange a saved ledger belongs to.</summary>
        private string LedgerExchange => _settings!.Api.RestUrl.TrimEnd('/');

        /// <summary>Saves the ledger when it changed since the last save (atomically; failures are logged, the ledger stays in memory).</summary>
        private void SaveLedger()
        {
            if (_ledgerPath == null)
            {
                return;
            }
            var version = _ledger.Version;
            if (version == Interlocked.Read(ref _ledgerSavedVersion))
            {
                return;
            }
            try
            {
                FillLedgerFile.Save(_ledgerPath, _ledger.ToDocument(LedgerExchange, _restClient?.Session?.AccountId ?? 0, LedgerRetention));
                Interlocked.Exchange(ref _ledgerSavedVersion, version);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                BtccLog.Error("BtccBrokerage", "SaveLedger", $"fill ledger not saved to {_ledgerPath}: {error.Message}");
            }
        }
    }
}
