/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using BenchmarkDotNet.Attributes;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>
    /// One fill-engine poll over a busy day's dealTodayList of 1,000 deals: the ledger already holds the
    /// first <see cref="Reported"/> of them; the rest are new market-open, close and limit-open deals owned
    /// by tracked LEAN orders, with a few duplicates and listed out of execution order.
    /// <see cref="BtccExecutionDiff.Compute"/> against a naive nested-loop matcher applying the same three
    /// rules (market open by position id, close FIFO by ticket, pending open by symbol/side/time/volume/price). At 900 the
    /// steady state: the diff's work is a ledger look-up per listed deal plus the 100 it has not seen.
    /// </summary>
    [MemoryDiagnoser]
    public class ExecutionDiffBenchmarks
    {
        private const int Deals = 1_000;
        private const string Path = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x";

        /// <summary>Deals already reported in earlier polls.</summary>
        [Params(0, 900)]
        public int Reported { get; set; }

        private List<BtccFill> _fills = null!;
        private List<BtccOrder> _orders = null!;
        private List<BtccTrackedOrderView> _tracked = null!;
        private HashSet<long> _ledger = null!;
        private BtccExecutionSnapshot _snapshot = null!;

        [GlobalSetup]
        public void Setup()
        {
            _fills = new List<BtccFill>(Deals);
            _orders = new List<BtccOrder>();
            _tracked = new List<BtccTrackedOrderView>();
            _ledger = new HashSet<long>();
            var random = new Random(7);
            for (var i = 0; i < Deals; i++)
            {
                var dealId = 10_000 + i;
                var time = 1_700_000_000L + i;
                var orderId = i + 1;
                switch (i % 3)
                {
                    case 0: // market open: the order opened position 500000+i
                        _fills.Add(new BtccFill(dealId, 500_000 + i, Path, BtccDirection.Buy, 100m, 0.01m, time, BtccDealReason.Open, BtccDealOrderType.MarketOpen, 0.01m));
                        _tracked.Add(new BtccTrackedOrderView(orderId, Path, BtccDirection.Buy, 0.01m, 0m, time - 1, i) { OpenedPositionIds = new HashSet<long> { 500_000 + i } });
                        break;
                    case 1: // close of ticket 600000+i
                        _fills.Add(new BtccFill(dealId, 600_000 + i, Path, BtccDirection.Sell, 100m, 0.01m, time, BtccDealReason.Close, BtccDealOrderType.Close, 0.01m));
                        _tracked.Add(new BtccTrackedOrderView(orderId, Path, BtccDirection.Sell, 0.01m, 0m, time - 1, i) { Closes = new[] { new BtccPositionCloseRequest(600_000 + i, 0.01m) } });
                        break;
                    default: // limit open triggered; its pending order left orderList and getHisOrder names its deal
                        _fills.Add(new BtccFill(dealId, 700_000 + i, Path, BtccDirection.Buy, 99m, 0.01m, time, BtccDealReason.Open, BtccDealOrderType.LimitOpen, 0.01m));
                        _tracked.Add(new BtccTrackedOrderView(orderId, Path, BtccDirection.Buy, 0.01m, 0m, time - 1, i)
                        {
                            PendingOrderId = 800_000 + i, PendingType = BtccPendingOrderType.LimitOpen, PendingPrice = 100m,
                            HistoryLastDealId = dealId
                        });
                        break;
                }
                if (i < Reported)
                {
                    _ledger.Add(dealId);
                }
            }
            // reported orders are no longer tracked
            _tracked.RemoveAll(t => t.OrderId <= Reported);
            // BTCC lists out of order, with duplicates
            _fills = _fills.OrderBy(_ => random.Next()).ToList();
            _fills.AddRange(_fills.Take(20).ToList());
            for (var i = 0; i < 50; i++)
            {
                _orders.Add(new BtccOrder { Id = 900_000 + i, Symbol = Path, Direction = BtccDirection.Buy, RequestVolume = 1m, Status = BtccOrderStatus.Placed });
            }
            _snapshot = new BtccExecutionSnapshot(_orders, _fills, null, 1);

            var plugin = string.Join(",", Plugin().Fills.Select(f => $"{f.Fill.DealId}>{f.OrderId}"));
            var naive = string.Join(",", Naive().Select(f => $"{f.Fill.DealId}>{f.OrderId}"));
            if (plugin != naive || Plugin().Fills.Count != Deals - Reported)
            {
                throw new InvalidOperationException("the naive matcher and BtccExecutionDiff disagree");
            }
        }

        [Benchmark]
        public BtccExecutionDiffResult Plugin() => BtccExecutionDiff.Compute(BtccExecutionState.Empty, _snapshot, _tracked, _ledger.Contains);

        [Benchmark(Baseline = true)]
        public List<BtccAttributedFill> Naive()
        {
            // de-duplicate and drop reported deals by scanning lists
            var seen = new List<long>();
            var fresh = new List<BtccFill>();
            foreach (var fill in _fills)
            {
                if (seen.Contains(fill.DealId))
                {
                    continue;
                }
                seen.Add(fill.DealId);
                if (!_ledger.Contains(fill.DealId))
                {
                    fresh.Add(fill);
                }
            }
            fresh.Sort((a, b) => a.ExecTime != b.ExecTime ? a.ExecTime.CompareTo(b.ExecTime) : a.DealId.CompareTo(b.DealId));

            var filled = new decimal[_tracked.Count];
            var closes = _tracked.Select(t => t.Closes.ToList()).ToList();
            var result = new List<BtccAttributedFill>();
            foreach (var fill in fresh)
            {
                var owner = -1;
                for (var i = 0; i < _tracked.Count && owner < 0 && fill.Reason == BtccDealReason.Open; i++)
                {
                    if (_tracked[i].OpenedPositionIds.Contains(fill.PositionId) && filled[i] < _tracked[i].Quantity) owner = i;
                }
                for (var i = 0; i < _tracked.Count && owner < 0 && fill.Reason == BtccDealReason.Close; i++)
                {
                    for (var c = 0; c < closes[i].Count; c++)
                    {
                        if (closes[i][c].PositionId == fill.PositionId && closes[i][c].Remaining > 0m)
                        {
                            closes[i][c] = closes[i][c] with { Attributed = closes[i][c].Attributed + Math.Min(fill.Volume, closes[i][c].Remaining) };
                            owner = i;
                            break;
                        }
                    }
                }
                if (owner < 0 && fill.Reason == BtccDealReason.Open && fill.OrderType == BtccDealOrderType.LimitOpen)
                {
                    for (var i = 0; i < _tracked.Count; i++)
                    {
                        var t = _tracked[i];
                        if (t.PendingOrderId is not { } pendingId || t.PendingType != BtccPendingOrderType.LimitOpen || t.SymbolPath != fill.Symbol
                            || t.Direction != fill.Direction || fill.ExecTime < t.RequestTime || fill.Volume > t.Quantity - filled[i]
                            || (t.Direction == BtccDirection.Buy ? fill.Price > t.PendingPrice : fill.Price < t.PendingPrice))
                        {
                            continue;
                        }
                        var listed = _orders.FirstOrDefault(o => o.Id == pendingId);
                        if (listed != null && listed.ExecuteVolume < fill.Volume)
                        {
                            continue;
                        }
                        // an order gone from orderList takes only deals up to the last one its history names
                        if (listed == null && (t.HistoryLastDealId is not { } last || fill.DealId > last))
                        {
                            continue;
                        }
                        if (owner < 0 || (t.RequestTime, t.Sequence).CompareTo((_tracked[owner].RequestTime, _tracked[owner].Sequence)) < 0)
                        {
                            owner = i;
                        }
                    }
                }
                if (owner >= 0)
                {
                    filled[owner] += fill.Volume;
                    result.Add(new BtccAttributedFill(_tracked[owner].OrderId, fill));
                }
            }
            return result;
        }
    }
}
