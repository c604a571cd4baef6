/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Data.Market;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    internal sealed partial class BtccFillEngine
    {
        /// <summary>How long a working order GetOpenOrders listed is expected to be taken over by a LEAN order.</summary>
        private static readonly TimeSpan AdoptionWindow = TimeSpan.FromSeconds(30);

        private readonly BtccMarketWatch _market = new();
        private readonly HashSet<int> _leftOrders = new();
        private readonly HashSet<long> _everListed = new();
        private readonly Dictionary<long, (BtccOrder Listing, DateTime UntilUtc)> _awaitingAdoption = new();

        /// <summary>Polls completed so far (0 before the first start).</summary>
        public long Polls => _poller?.Polls ?? 0;

        /// <summary>Whether the poller is idle: nothing works, so it reads only what the idle interval bounds.</summary>
        public bool IsPollerIdle => _poller is { IsAdaptive: true } poller && !poller.Demand.IsFast;

        /// <summary>Starts the poller (created on the first start).</summary>
        public void Start()
        {
            _poller ??= new BtccExecutionPoller(_client, new BtccPollTiming(_settings.PollInterval, _settings.IdlePollInterval), _settings.AdaptivePolling,
                OnPollAsync, _health.OnPollFailed, _health.OnHealthChanged, staleAfter: _settings.PollerStallTimeout, onStall: _health.OnStalled);
            _poller.RequestFullRefresh();
            _poller.Start();
        }

        /// <summary>Stops the poller and saves the ledger.</summary>
        public void Stop()
        {
            _poller?.Stop();
            _store.Save();
        }

        /// <summary>Sends a validated order (see <see cref="BtccOrderWriter.Place"/>); a market order's deal is read at once.</summary>
        public bool Place(Order order, BtccSymbolInfo instrument, int multiple)
            => UnderGate(() => _writer.Place(order, instrument, multiple), () => order.Type == OrderType.Market ? BtccPollReads.Deals : BtccPollReads.None);

        /// <summary>A login succeeded: a later refusal of the session's renewal is reported again.</summary>
        public void LoginRenewed() => _health.LoginRenewed();

        /// <summary>Updates a working pending order (see <see cref="BtccOrderWriter.Update"/>); more of it opens at leverage <paramref name="multiple"/>.</summary>
        public bool Update(Order order, int multiple) => UnderGate(() => _writer.Update(order, multiple), () => BtccPollReads.None);

        /// <summary>Cancels a working pending order (see <see cref="BtccOrderWriter.Cancel"/>).</summary>
        public bool Cancel(Order order)
        {
            var sent = false;
            return UnderGate(() => _writer.Cancel(order, () => sent = true), () =>
            {
                if (sent)
                {
                    AfterCancel();
                }
                return BtccPollReads.None;
            });
        }

        /// <summary>Stops the poller.</summary>
        public void Dispose() => _poller?.Dispose();

        /// <summary>
        /// A quote or trade the data feed delivers: when it reaches a working order's price, the poller reads both lists at
        /// once, since BTCC is likely filling it. Called on the feed's threads; never waits.
        /// </summary>
        public void OnMarket(Tick tick)
        {
            var (bid, ask) = tick.TickType == TickType.Quote ? (tick.BidPrice, tick.AskPrice) : (tick.Value, tick.Value);
            if (_poller is not { IsAdaptive: true } poller || !_market.OnQuote(tick.Symbol, bid, ask))
            {
                return;
            }
            poller.Request(BtccPollReads.Orders | BtccPollReads.Deals, now: true);
        }

        private bool UnderGate(Func<bool> action, Func<BtccPollReads> readNow)
        {
            _gate.Wait();
            try
            {
                var result = action();
                AfterWrite(readNow());
                return result;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// After a request (under the gate): what the polls need now, and the reads BTCC's lists answer at once (a market
        /// order's deal, a limit or stop placed or moved where the market already is).
        /// </summary>
        private void AfterWrite(BtccPollReads readNow)
        {
            if (_poller is not { IsAdaptive: true })
            {
                return;
            }
            _poller.WriteSent();
            if (WatchWorkingOrders())
            {
                readNow |= BtccPollReads.Orders | BtccPollReads.Deals;
            }
            _poller.Demand = Demand();
            if (readNow != BtccPollReads.None)
            {
                _poller.Request(readNow, now: true);
            }
        }

        private async Task OnPollAsync(BtccPollResult result, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var snapshot = result.Snapshot;
                if (_catchUp.Needed || _state.SettlementTime != 0 && snapshot.SettlementTime != _state.SettlementTime)
                {
                    snapshot = await _catchUp.RunAsync(snapshot, cancellationToken).ConfigureAwait(false);
                }
                if (snapshot.OrdersRead)
                {
                    SendOutstandingCancels(snapshot.Orders);
                }
                foreach (var (tracked, pendingId) in _settler.Settle(snapshot))
                {
                    SendDeferredCancel(tracked, pendingId);
                }
                if (_unmatched.Count > 0)
                {
                    // held fills go to every diff, whether this listing (or any after a settlement) still shows them or not
                    snapshot = snapshot with { Fills = snapshot.Fills.Concat(_unmatched.Held).ToList() };
                }
                // deals from before the brokerage's first start are history, also when a catch-up finds them
                if (snapshot.Fills.Any(f => Ledger.IsHistory(f.ExecTime)))
                {
                    snapshot = snapshot with { Fills = snapshot.Fills.Where(f => !Ledger.IsHistory(f.ExecTime)).ToList() };
                }
                AdoptTakenOver();
                if (snapshot.OrdersRead)
                {
                    _tracked.AdoptListed(snapshot.Orders);
                    NoteListedVolumes(snapshot.Orders);
                    NoteEverListed(snapshot.Orders);
                }
                // null when this poll did not read positionlist: more of an order placed now reads the tickets afresh
                _writer.PollPositions = snapshot.Positions;

                var diff = ApplyDiff(snapshot);
                // a fill seen for the first time moves positions and cash: the fixed poller reads them next
                var news = diff.Fills.Count > 0 || diff.Unmatched.Any(f => !_unmatched.Holds(f.DealId));
                _unmatched.Report(diff.Unmatched, _state.ListedOrderIds);
                ReportUnknownOrders(diff.UnknownOrders);
                if (snapshot.OrdersRead)
                {
                    _leftOrders.Clear();
                    _leftOrders.UnionWith(diff.LeftOrders.Select(l => l.OrderId));
                }
                var named = HistoryNamedDeals();
                await _resolver.ResolveLeftAsync(diff.LeftOrders.Where(MayHaveEnded).ToList(), cancellationToken).ConfigureAwait(false);
                if (snapshot.DealsRead && snapshot.Fills.Count > 0 && HistoryNamedDeals() > named)
                {
                    // a look-up just named an order's last deal: it is attributed from this very listing, not the next
                    _unmatched.Report(ApplyDiff(snapshot).Unmatched, _state.ListedOrderIds);
                }
                await _resolver.ResolveStaleAsync(_state.ListedOrderIds, cancellationToken).ConfigureAwait(false);
                await _settler.ExpireAsync(cancellationToken).ConfigureAwait(false);
                _outcomes.Expire(_settings.Clock.GetUtcNow().UtcDateTime);
                if (result.Account != null)
                {
                    _sink.AccountRead(result.Account);
                }
                if (_poller is { IsAdaptive: false } && (news || _settler.AwaitsTicket))
                {
                    _poller.RequestFullRefresh();
                }
                Ledger.SettlementTime = _state.SettlementTime;
                _store.Save();
                AfterPoll(result.Read);
            }
            finally
            {
                _writer.PollPositions = null;
                _gate.Release();
            }
        }

        /// <summary>
        /// A working order GetOpenOrders listed: LEAN re-creates it under its own id right after, and from then on its
        /// fills are that LEAN order's. Until a poll finds the LEAN order, orderList is read every fast interval.
        /// </summary>
        private void AwaitAdoption(BtccOrder listing) => _awaitingAdoption[listing.Id] = (listing, DateTime.UtcNow + AdoptionWindow);

        /// <summary>Adopts the orders GetOpenOrders listed that LEAN now holds, whether BTCC still lists them or they just ended.</summary>
        private void AdoptTakenOver()
        {
            if (_awaitingAdoption.Count == 0)
            {
                return;
            }
            _tracked.AdoptListed(_awaitingAdoption.Values.Select(v => v.Listing).Where(o => !_tracked.OwnsPending(o.Id)).ToList());
            var now = DateTime.UtcNow;
            foreach (var (id, (_, until)) in _awaitingAdoption.ToList())
            {
                if (_tracked.OwnsPending(id) || now >= until)
                {
                    _awaitingAdoption.Remove(id);
                }
            }
        }

        /// <summary>Diffs the snapshot against the state and reports the fills it attributes.</summary>
        private BtccExecutionDiffResult ApplyDiff(BtccExecutionSnapshot snapshot)
        {
            var diff = BtccExecutionDiff.Compute(_state, snapshot, _tracked.OpenViews(), Ledger.Contains);
            _state = diff.Next;
            foreach (var fill in diff.Fills)
            {
                _unmatched.Forget(fill.Fill.DealId);
                if (_tracked.TryGet(fill.OrderId, out var owner))
                {
                    _outcomes.Fill(owner, fill.Fill);
                }
            }
            return diff;
        }

        private int HistoryNamedDeals() => _tracked.All.Count(t => t.HistoryLastDealId.HasValue);

        /// <summary>Notes the pending orders a listing showed; forgets those no tracked order owns any more.</summary>
        private void NoteEverListed(IReadOnlyList<BtccOrder> listed)
        {
            var owned = _tracked.All.Where(t => t.PendingOrderId.HasValue).Select(t => t.PendingOrderId!.Value).ToHashSet();
            _everListed.IntersectWith(owned);
            _everListed.UnionWith(listed.Select(o => o.Id).Where(owned.Contains));
        }

        /// <summary>
        /// Whether an order absent from orderList may have ended, so it is resolved (its cancel confirmed, or its history
        /// looked up): it was listed before, LEAN asked to cancel it, or a held deal may be its (it triggered at once). One
        /// never listed yet is more likely one a lagging list does not show yet; if it stays unlisted, the order-state
        /// timeout looks it up.
        /// </summary>
        private bool MayHaveEnded(BtccLeftOrder left)
            => _everListed.Contains(left.PendingOrderId)
               || _tracked.TryGet(left.OrderId, out var tracked) && (tracked.CancelRequested || _unmatched.HoldsDealOf(tracked));

        /// <summary>
        /// After a poll (adaptive): the demand for the next ones; what the state needs and this poll did not read (an order
        /// that grew or left while dealTodayList was not read, a ticket awaited) is read at once.
        /// </summary>
        private void AfterPoll(BtccPollReads read)
        {
            if (_poller is not { IsAdaptive: true } poller)
            {
                return;
            }
            var reached = WatchWorkingOrders();
            var demand = Demand();
            poller.Demand = demand;
            var missing = BtccPollReads.None;
            if (demand.AwaitsDeals && !read.HasFlag(BtccPollReads.Deals))
            {
                missing |= BtccPollReads.Deals;
            }
            if (demand.AwaitsTicket && !read.HasFlag(BtccPollReads.Positions))
            {
                missing |= BtccPollReads.Positions;
            }
            if (reached)
            {
                missing |= BtccPollReads.Orders | BtccPollReads.Deals;
            }
            if (missing != BtccPollReads.None)
            {
                poller.Request(missing, now: true);
            }
        }

        /// <summary>What the tracked orders need from the next polls (see <see cref="BtccPollDemand"/>).</summary>
        private BtccPollDemand Demand()
        {
            bool ordersWorking = _awaitingAdoption.Count > 0, awaitsDeals = _catchUp.Needed || _unmatched.Count > 0;
            foreach (var tracked in _tracked.All.Where(t => !t.IsTerminal))
            {
                if (tracked.PendingOrderId.HasValue)
                {
                    ordersWorking = true;
                    awaitsDeals |= _leftOrders.Contains(tracked.Key) || tracked.AwaitsFills(Ledger.Contains);
                }
                else
                {
                    // a market order's deals, or a pending order whose reply was lost: it may have triggered at once
                    awaitsDeals = true;
                }
                ordersWorking |= tracked.CancelDeferred || tracked.Unconfirmed.Any(w => w.Step is BtccOpenPendingStep or BtccClosePendingStep);
                awaitsDeals |= tracked.Unconfirmed.Count > 0;
            }
            return new BtccPollDemand
            {
                OrdersWorking = ordersWorking,
                AwaitsDeals = awaitsDeals,
                AwaitsTicket = _settler.AwaitsTicket
            };
        }

        /// <summary>Sets the market watch to the working pending orders; true when the last quote already reaches one just placed or moved.</summary>
        private bool WatchWorkingOrders()
            => _market.Watch(_tracked.All
                .Where(t => !t.IsTerminal && t.PendingOrderId.HasValue && t.PendingPrice.HasValue && !t.CancelRequested
                    && t.PendingType is { } type && type != BtccPendingOrderType.None)
                .Select(t => new BtccOrderTrigger(t.Key, t.Order.Symbol, t.Direction, t.PendingType!.Value, t.PendingPrice!.Value, t.KnownExecutedVolume))
                .ToList());

        /// <summary>A cancel was sent: the fixed poller reads everything next; the adaptive one sees the order end on its next fast poll.</summary>
        private void AfterCancel()
        {
            if (_poller is { IsAdaptive: false } poller)
            {
                poller.RequestFullRefresh();
            }
        }
    }
}
