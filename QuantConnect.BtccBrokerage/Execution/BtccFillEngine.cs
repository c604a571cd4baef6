/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The fill engine: the LEAN orders it tracks, the order requests it sends, the poller that reads BTCC's lists,
    /// the pure diff of each poll, the fills held back, the catch-ups, the resolution of orders that left or went
    /// stale, and the ledger that makes every fill reported exactly once. One gate serialises polls and requests, so
    /// a poll never interleaves with a request being sent; events go to LEAN through <see cref="IBtccFillSink"/>.
    /// </summary>
    /// <remarks>
    /// Fills that belong to no LEAN order (orders placed or cancelled in BTCC's web app, forced liquidations) are
    /// reported as Warnings rather than as new LEAN orders: LEAN cannot own an order it did not place. They are
    /// never dropped: the holdings and cash LEAN syncs from the brokerage include them.
    /// </remarks>
    internal sealed partial class BtccFillEngine : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly BtccRestApiClient _client;
        private readonly BtccBrokerageSettings _settings;
        private readonly IBtccFillSink _sink;
        private readonly BtccTrackedOrders _tracked;
        private readonly BtccFillCatchUp _catchUp;
        private readonly BtccUnmatchedFills _unmatched;
        private readonly BtccOrderResolver _resolver;
        private readonly BtccFillLedgerStore _store;
        private readonly BtccOrderWriter _writer;
        private readonly BtccOrderOutcomes _outcomes;
        private readonly BtccUnconfirmedWriteSettler _settler;
        private readonly Func<Symbol, int> _multipleOf;
        private readonly HashSet<long> _reportedExternalOrders = new();
        private BtccExecutionState _state = BtccExecutionState.Empty;
        private readonly BtccPollerHealthReporter _health;
        private BtccExecutionPoller? _poller;

        /// <summary>Creates the engine; nothing is read before <see cref="Baseline"/>.</summary>
        /// <param name="client">The logged-in REST client.</param>
        /// <param name="settings">Timeouts, polling and the ledger file.</param>
        /// <param name="sink">Receives order events, messages and account reads.</param>
        /// <param name="orderProvider">LEAN's orders (to adopt those known by BTCC id); may be null.</param>
        /// <param name="pathOf">The BTCC symbol path of a LEAN symbol, or null.</param>
        /// <param name="leanSymbolOf">The LEAN symbol of a BTCC symbol path, or null.</param>
        /// <param name="multipleOf">The leverage an order of a LEAN symbol is sent with now (for more of an order this instance adopted).</param>
        public BtccFillEngine(BtccRestApiClient client, BtccBrokerageSettings settings, IBtccFillSink sink, IOrderProvider? orderProvider,
            Func<Symbol, string?> pathOf, Func<string, Symbol?> leanSymbolOf, Func<Symbol, int>? multipleOf = null)
        {
            _client = client;
            _settings = settings;
            _sink = sink;
            _multipleOf = multipleOf ?? (_ => 0);
            SessionSeconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            _tracked = new BtccTrackedOrders(orderProvider, pathOf, ListingOf);
            _catchUp = new BtccFillCatchUp(client, Ledger, sink, SessionSeconds);
            _writer = new BtccOrderWriter(client, settings, _tracked, sink, leanSymbolOf, ExistingOrderIds, SessionSeconds);
            _outcomes = new BtccOrderOutcomes(_tracked, Ledger, sink,
                (parent, volume) => _writer.PlaceRest(parent, volume, _multipleOf(parent.Order.Symbol)), parent => _writer.CancelWorkingLegs(parent));
            _settler = new BtccUnconfirmedWriteSettler(client, _tracked, _outcomes.Unplaced);
            _unmatched = new BtccUnmatchedFills(Ledger, _tracked, _catchUp, sink, settings.UnmatchedFillGrace, _settler.MayOwn);
            _resolver = new BtccOrderResolver(client, settings, _tracked, _catchUp, Ledger.Contains, _outcomes.EndLeg);
            _store = new BtccFillLedgerStore(Ledger, settings.Api.RestUrl, settings.FillLedgerPath);
            _health = new BtccPollerHealthReporter(sink, _catchUp, settings.Api);
        }

        /// <summary>When this engine was created, unix seconds: part of every refid it sends.</summary>
        public long SessionSeconds { get; }

        /// <summary>The ledger of fills already reported (kept across reconnects).</summary>
        public BtccReportedFillLedger Ledger { get; } = new();

        /// <summary>Where the ledger is saved (null: in memory only).</summary>
        public string? LedgerPath => _store.Path;

        /// <summary>Whether the poller runs and its polls succeed.</summary>
        public bool IsPollerHealthy => _poller?.IsHealthy ?? false;

        /// <summary>
        /// Baselines the fill engine on connect: on the first connect restores the saved ledger and adopts LEAN's open
        /// orders, or seeds the ledger with today's deals when there is none; on a reconnect catches up what filled meanwhile.
        /// </summary>
        public void Baseline(IReadOnlyList<BtccOrder> orders, IReadOnlyList<BtccPosition> positions, BtccDealListResponse deals)
        {
            _gate.Wait();
            try
            {
                if (Ledger.IsSeeded)
                {
                    // a reconnect: whatever filled meanwhile is caught up by the first poll
                    _catchUp.Request();
                    return;
                }
                var saved = _store.Load(_client.Session?.AccountId ?? 0);
                var listedAt = _client.ServerNowSeconds();
                var state = new BtccExecutionState
                {
                    ListedOrderIds = orders.Select(o => o.Id).ToHashSet(),
                    AccountedVolume = orders.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().ExecuteVolume),
                    AccountedSince = orders.Where(o => o.ExecuteVolume > 0m).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => LastExecution(g.First(), listedAt)),
                    Positions = positions.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => (g.First().Volume, g.First().Swap)),
                    SettlementTime = deals.SettlementTime
                };
                if (saved == null)
                {
                    // the first start: today's fills so far are history, not news
                    Ledger.Seed(HistoryAtFirstStart(deals), _client.ServerNowSeconds());
                    Ledger.SettlementTime = deals.SettlementTime;
                    _state = state;
                    _store.Save();
                    return;
                }
                Ledger.Restore(saved);
                var adopted = _tracked.AdoptOpenLeanOrders((orderId, pendingId) => Ledger.FilledVolume(orderId, pendingId), BtccFillCatchUp.SlackSeconds);
                foreach (var tracked in adopted.Where(t => t.PendingOrderId.HasValue))
                {
                    // what the previous run reported of a working order is accounted; growth beyond it is news
                    state = state.WithAccounted(tracked.PendingOrderId!.Value, tracked.Filled);
                }
                _state = state;
                _catchUp.RequestAfterRestart();
                BtccLog.Trace("BtccFillEngine", "Baseline", $"restarted from {_store.Path}: {saved.Deals.Count} reported deals up to {saved.LatestExecTime}, " +
                    $"{adopted.Count} open LEAN orders adopted; catching up fills since then");
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// The deals that predate a first start: dealTodayList's, and the trade report's as far back as a catch-up could
        /// ever reach (a settlement may have moved recent deals out of dealTodayList). Without the trade report, the
        /// ledger's history horizon still makes the older ones history; only deals of the very second may then pass for news.
        /// </summary>
        private List<(long DealId, long ExecTime)> HistoryAtFirstStart(BtccDealListResponse deals)
        {
            var history = deals.Orders.Select(d => (d.Id, d.ExecTime)).ToList();
            var now = _client.ServerNowSeconds();
            try
            {
                var since = now - BtccFillCatchUp.RestartSlackSeconds - BtccFillCatchUp.SlackSeconds;
                var report = _client.GetTradeReportRangeAsync(since * 1000, (now + 60) * 1000).GetAwaiter().GetResult();
                history.AddRange(report.Select(BtccFill.FromTradeReport).OfType<BtccFill>().Select(f => (f.DealId, f.ExecTime)));
            }
            catch (BtccApiException error)
            {
                BtccLog.Trace("BtccFillEngine", "Baseline", $"the trade report could not be read ({error.BtccMessage}); deals before {now} are history by their time");
            }
            return history;
        }

        /// <summary>
        /// LEAN takes over the working orders <see cref="BtccBrokerage.GetOpenOrders"/> listed (at its start it re-creates
        /// them with what was left to fill): their fills start from what had executed by this listing.
        /// </summary>
        public void TakeOver(IReadOnlyList<BtccOrder> listed)
        {
            _gate.Wait();
            try
            {
                var now = _client.ServerNowSeconds();
                foreach (var order in listed.Where(o => !_tracked.OwnsPending(o.Id)))
                {
                    _state = _state.WithAccounted(order.Id, order.ExecuteVolume, order.ExecuteVolume > 0m ? LastExecution(order, now) : 0);
                    AwaitAdoption(order);
                }
                AfterWrite(BtccPollReads.None);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// The last execution a listing's executed volume includes: the order's execute_time (whole seconds: a deal of the
        /// same second may be that one or a later one), or the listing's time when BTCC gives none.
        /// </summary>
        private static long LastExecution(BtccOrder listing, long listedAt) => listing.ExecuteTime > 0 ? listing.ExecuteTime : listedAt;

        /// <summary>The executed volume of a pending order when it was taken over, and its last execution then, or null.</summary>
        private (decimal Volume, long Since)? ListingOf(long pendingOrderId)
            => _state.AccountedSince.TryGetValue(pendingOrderId, out var since)
                ? (_state.AccountedVolume.GetValueOrDefault(pendingOrderId), since)
                : null;

        /// <summary>Orders in orderList that LEAN did not place: reported once each.</summary>
        private void ReportUnknownOrders(IReadOnlyList<BtccOrder> unknown)
        {
            foreach (var order in unknown)
            {
                if (_tracked.OwnsPending(order.Id) || _settler.MayOwn(order) || !_reportedExternalOrders.Add(order.Id))
                {
                    continue;
                }
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "ExternalOrder",
                    $"BTCC pending order {order.Id} ({order.Symbol}, direction {(int)order.Direction}, volume {Orders.BtccOrderValidator.Format(order.RequestVolume)} @ {Orders.BtccOrderValidator.Format(order.RequestPrice)}) was placed outside LEAN"));
            }
        }

        /// <summary>The pending orders known before a request is sent (listed, owned or reported as outside LEAN): never its effect.</summary>
        private IReadOnlySet<long> ExistingOrderIds()
        {
            var known = new HashSet<long>(_state.ListedOrderIds);
            known.UnionWith(_reportedExternalOrders);
            known.UnionWith(_tracked.All.Where(t => t.PendingOrderId.HasValue).Select(t => t.PendingOrderId!.Value));
            return known;
        }

        /// <summary>Cancels whose outcome stayed unknown, of orders orderList still lists: sent again.</summary>
        private void SendOutstandingCancels(IReadOnlyList<BtccOrder> listed)
        {
            var working = listed.Where(o => o.Status is not (BtccOrderStatus.Cancelled or BtccOrderStatus.Triggered or BtccOrderStatus.Declined)).Select(o => o.Id).ToHashSet();
            foreach (var leg in _tracked.All.Where(t => !t.IsTerminal && t.CancelDeferred && t.PendingOrderId is { } id && working.Contains(id)).ToList())
            {
                SendDeferredCancel(leg, leg.PendingOrderId!.Value);
            }
        }

        /// <summary>A cancel still to be sent (see <see cref="BtccTrackedOrder.CancelDeferred"/>): sent now that BTCC's lists show the order.</summary>
        private void SendDeferredCancel(BtccTrackedOrder tracked, long pendingId)
        {
            if (!tracked.CancelDeferred)
            {
                return;
            }
            try
            {
                _writer.SendCancel(tracked, pendingId);
                AfterCancel();
            }
            catch (BtccApiException error)
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code,
                    $"Order {tracked.Order.Id} cancel outcome unknown: {error.BtccMessage}; sent again while BTCC lists the order"));
            }
        }

        /// <summary>
        /// Remembers each tracked pending order's executed volume as orderList last showed it, and its type (an adopted
        /// order's, which LEAN's order does not tell); a leg adopted without its volume takes the listed one.
        /// </summary>
        private void NoteListedVolumes(IReadOnlyList<BtccOrder> listed)
        {
            foreach (var pending in listed)
            {
                foreach (var tracked in _tracked.All.Where(t => t.PendingOrderId == pending.Id))
                {
                    tracked.NoteExecuted(pending.ExecuteVolume);
                    if (pending.Type != BtccPendingOrderType.None)
                    {
                        tracked.PendingType = pending.Type;
                    }
                    if (tracked.AwaitsListedVolume)
                    {
                        tracked.Quantity = pending.RequestVolume - tracked.ExecutedBefore;
                        tracked.AwaitsListedVolume = false;
                    }
                }
            }
        }
    }
}
