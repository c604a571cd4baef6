/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    public sealed partial class BtccExecutionPoller
    {
        private BtccPollDemand _demand;
        private BtccPollReads _requested = BtccPollReads.All;
        private bool _requestedNow = true;
        private BtccPollReadTimes _lastRead = BtccPollReadTimes.Never;
        private DateTime _lastPollStartUtc = DateTime.MinValue;
        private DateTime _retryAtUtc = DateTime.MinValue;
        private IReadOnlyList<BtccOrder> _lastOrders = Array.Empty<BtccOrder>();
        private long _lastSettlementTime;

        /// <summary>What the fill engine needs from the next polls (adaptive); setting it re-plans the next poll.</summary>
        public BtccPollDemand Demand
        {
            get { lock (_gate) return _demand; }
            set
            {
                lock (_gate)
                {
                    _demand = value;
                }
                Replan();
            }
        }

        /// <summary>
        /// Asks for <paramref name="reads"/> with the next poll (adaptive; fixed polls read both lists anyway), and for that
        /// poll at once when <paramref name="now"/>: a write whose effect BTCC shows now, the market at a working order's price.
        /// </summary>
        public void Request(BtccPollReads reads, bool now)
        {
            lock (_gate)
            {
                _requested |= reads;
                _requestedNow |= now;
            }
            Replan();
        }

        /// <summary>
        /// A request was sent: what it answered stands in for a poll due now, so the fast polls that follow start one fast
        /// interval on (a write does not add a poll of its own, and writes cannot hold polls off longer than that).
        /// </summary>
        public void WriteSent()
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (now - _lastPollStartUtc >= Timing.Fast)
                {
                    _lastPollStartUtc = now;
                }
            }
        }

        /// <summary>The loop re-plans its wait; a poll due now is expected by the watchdog from now on.</summary>
        private void Replan()
        {
            if (!IsAdaptive)
            {
                return;
            }
            var now = DateTime.UtcNow;
            if (NextDueUtc(now) <= now)
            {
                ExpectBy(now);
            }
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }

        private DateTime NextDueUtc(DateTime nowUtc)
        {
            lock (_gate)
            {
                if (_requestedNow)
                {
                    return Max(nowUtc, _retryAtUtc);
                }
                var due = BtccPollPlanner.NextDue(_demand, _lastRead, _lastPollStartUtc, nowUtc, Timing);
                return Max(due, _retryAtUtc);
            }
        }

        /// <summary>The adaptive loop: waits until a poll is due (or asked for), reads what the planner says, in parallel.</summary>
        private async Task RunAdaptiveAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                var now = DateTime.UtcNow;
                var due = NextDueUtc(now);
                if (due > now)
                {
                    try
                    {
                        // a demand or request arriving meanwhile ends the wait early
                        await _signal.WaitAsync(due - now, stop).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    continue;
                }
                BtccPollReads reads;
                lock (_gate)
                {
                    reads = BtccPollPlanner.Plan(_demand, _requested, _lastRead, now, Timing);
                    _requested = BtccPollReads.None;
                    _requestedNow = false;
                    _lastPollStartUtc = now;
                }
                if (reads == BtccPollReads.None)
                {
                    continue;
                }
                try
                {
                    var result = await FetchAsync(reads, _lastOrders, _lastSettlementTime, stop, parallel: true).ConfigureAwait(false);
                    if (result.Snapshot.OrdersRead)
                    {
                        _lastOrders = result.Snapshot.Orders;
                    }
                    _lastSettlementTime = result.Snapshot.SettlementTime;
                    lock (_gate)
                    {
                        _lastRead = _lastRead.With(reads, now);
                        _retryAtUtc = DateTime.MinValue;
                    }
                    await _onPoll(result, stop).ConfigureAwait(false);
                    Succeeded(NextDueUtc(DateTime.UtcNow));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    lock (_gate)
                    {
                        // the same lists again, one fast interval on
                        _requested |= reads;
                        _requestedNow = true;
                        _retryAtUtc = DateTime.UtcNow + Timing.Fast;
                    }
                    Failed(error);
                }
            }
        }

        /// <summary>
        /// Reads <paramref name="reads"/> (in parallel when <paramref name="parallel"/>); a list not read is the last one read
        /// (orderList, flagged in the snapshot) or empty (dealTodayList, its settlement time kept).
        /// </summary>
        private async Task<BtccPollResult> FetchAsync(BtccPollReads reads, IReadOnlyList<BtccOrder>? lastOrders, long lastSettlementTime, CancellationToken cancellationToken,
            bool parallel = false)
        {
            Task<BtccOrderListResponse>? orders = null;
            Task<BtccDealListResponse>? deals = null;
            Task<IReadOnlyList<BtccPosition>>? positions = null;
            Task<BtccAccountResponse>? account = null;
            if (reads.HasFlag(BtccPollReads.Orders))
            {
                orders = _client.GetOrderListAsync(null, cancellationToken);
                await Sequential(orders).ConfigureAwait(false);
            }
            if (reads.HasFlag(BtccPollReads.Deals))
            {
                deals = _client.GetDealTodayListAsync(null, cancellationToken);
                await Sequential(deals).ConfigureAwait(false);
            }
            if (reads.HasFlag(BtccPollReads.Positions))
            {
                positions = _client.GetAllPositionsAsync(null, cancellationToken);
                await Sequential(positions).ConfigureAwait(false);
            }
            if (reads.HasFlag(BtccPollReads.Account))
            {
                account = _client.GetAccountAsync(cancellationToken);
                await Sequential(account).ConfigureAwait(false);
            }
            await Task.WhenAll(new Task?[] { orders, deals, positions, account }.OfType<Task>()).ConfigureAwait(false);
            var dealList = deals?.Result;
            var snapshot = new BtccExecutionSnapshot(
                orders?.Result.Orders ?? lastOrders ?? Array.Empty<BtccOrder>(),
                dealList?.Orders.Select(BtccFill.FromDeal).ToList() ?? (IReadOnlyList<BtccFill>)Array.Empty<BtccFill>(),
                positions?.Result,
                dealList?.SettlementTime ?? lastSettlementTime)
            {
                OrdersRead = orders != null,
                DealsRead = deals != null
            };
            return new BtccPollResult(snapshot, account?.Result.Account, reads);

            Task Sequential(Task task) => parallel ? Task.CompletedTask : task;
        }

        private static DateTime Max(DateTime a, DateTime b) => a >= b ? a : b;
    }
}
