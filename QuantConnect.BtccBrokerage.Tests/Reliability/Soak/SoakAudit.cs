/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// What LEAN was told, checked against the simulator's own truth: every deal knows what caused it (the pending
    /// order, or the refid of the openposition/closeposition request), so each deal has one true owner — the LEAN order
    /// of the instance running when it executed that holds that BTCC order, or sent that refid. Deals made while no
    /// instance ran belong to nobody: LEAN loads them with the holdings at its next start.
    /// </summary>
    internal sealed class SoakAudit
    {
        private readonly SoakHarness _harness;
        private readonly SimulatorSnapshot _truth;
        private readonly Dictionary<long, List<(int Instance, OrderEvent Event)>> _reported;

        public SoakAudit(SoakHarness harness)
        {
            _harness = harness;
            _truth = harness.Simulator.Snapshot();
            _reported = harness.OrderEvents.Where(e => e.Event.Status.IsFill())
                .GroupBy(e => long.Parse(e.Event.Message["BTCC deal ".Length..], CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => g.ToList());
        }

        /// <summary>Every deal the simulator made.</summary>
        public IReadOnlyList<SimulatedDeal> Deals => _truth.Deals;

        /// <summary>Fill events LEAN got.</summary>
        public int Fills => _reported.Values.Sum(r => r.Count);

        /// <summary>Deals made while no instance ran.</summary>
        public List<SimulatedDeal> WhileDown => _truth.Deals.Where(d => InstanceOf(d) == null).ToList();

        /// <summary>Deals a LEAN order owns that no fill event reported.</summary>
        public List<SimulatedDeal> Lost => _truth.Deals.Where(d => OwnerOf(d) != null && !_reported.ContainsKey(d.Id)).ToList();

        /// <summary>Deals reported more than once.</summary>
        public List<long> Duplicated => _reported.Where(r => r.Value.Count > 1).Select(r => r.Key).ToList();

        /// <summary>Deals reported to another order than their owner (or as a fill while nobody owned them).</summary>
        public List<string> Misattributed => _truth.Deals
            .Where(d => _reported.TryGetValue(d.Id, out var events) && events.Any(e => !ReferenceEquals(OrderOf(e), OwnerOf(d))))
            .Select(d => $"deal {d.Id} (cause order {d.OrderId} refid {d.RefId}) owned by {Describe(OwnerOf(d))}, reported to " +
                string.Join(",", _reported[d.Id].Select(e => Describe(OrderOf(e)))))
            .ToList();

        /// <summary>LEAN orders of <paramref name="start"/> whose reported fills differ from what BTCC executed for them.</summary>
        public List<string> FillMismatches(SoakStart start) => start.Orders.GetOrders()
            .Select(o => (Order: o, Reported: ReportedVolume(start, o), True: TrueVolume(start, o)))
            .Where(x => x.Reported != x.True)
            .Select(x => $"{Describe(x.Order)} reported {x.Reported}, BTCC executed {x.True}")
            .ToList();

        /// <summary>LEAN orders of <paramref name="start"/> still open although BTCC ended every request they made.</summary>
        public List<string> Stuck(SoakStart start) => start.Orders.GetOpenOrders().Where(BtccEnded).Select(Describe).ToList();

        /// <summary>Net holdings by ticker as the fill events of <paramref name="start"/> (on top of what it loaded) make them.</summary>
        public Dictionary<string, decimal> LeanHoldings(SoakStart start)
        {
            var holdings = new Dictionary<string, decimal>(start.Holdings);
            foreach (var (_, e) in _harness.OrderEvents.Where(e => e.Instance == start.Instance && e.Event.Status.IsFill()))
            {
                holdings[e.Symbol.Value] = holdings.GetValueOrDefault(e.Symbol.Value) + e.FillQuantity;
            }
            return holdings.Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
        }

        /// <summary>The exchange's net holdings by ticker.</summary>
        public Dictionary<string, decimal> TrueHoldings() => _truth.Positions.GroupBy(p => p.Instrument.Ticker)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Direction == 1 ? p.Volume : -p.Volume))
            .Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);

        /// <summary>
        /// Cash as LEAN has it after <paramref name="start"/>: what it loaded, plus BTCC's realised profit of the deals
        /// since, minus the fees its fill events carried.
        /// </summary>
        public decimal LeanCash(SoakStart start)
            => start.Cash + _truth.Deals.Where(d => d.Id > start.DealWatermark).Sum(d => d.Profit)
               - _harness.OrderEvents.Where(e => e.Instance == start.Instance && e.Event.Status.IsFill()).Sum(e => e.Event.OrderFee.Value.Amount);

        /// <summary>The exchange's cash balance.</summary>
        public decimal TrueCash => _truth.Balance;

        /// <summary>The instance that ran when <paramref name="deal"/> executed, or null while none ran.</summary>
        private SoakStart? InstanceOf(SimulatedDeal deal)
        {
            var starts = _harness.Starts;
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i < _harness.Ends.Count ? _harness.Ends[i] : long.MaxValue;
                if (deal.Id > starts[i].DealWatermark && deal.Id <= end)
                {
                    return starts[i];
                }
            }
            return null;
        }

        /// <summary>The LEAN order that owns <paramref name="deal"/>, or null.</summary>
        private Order? OwnerOf(SimulatedDeal deal)
        {
            if (InstanceOf(deal) is not { } start)
            {
                return null;
            }
            if (deal.OrderId != 0)
            {
                return start.Orders.GetOrdersByBrokerageId(deal.OrderId.ToString(CultureInfo.InvariantCulture)).FirstOrDefault();
            }
            if (deal.RefId != 0 && deal.RefId / 1_000_000_000L == start.SessionSeconds)
            {
                return start.Orders.GetOrderById((int)(deal.RefId % 1_000_000_000L / 100));
            }
            return null;
        }

        private Order? OrderOf((int Instance, OrderEvent Event) reported)
            => _harness.Starts.Single(s => s.Instance == reported.Instance).Orders.GetOrderById(reported.Event.OrderId);

        private decimal ReportedVolume(SoakStart start, Order order)
            => _harness.OrderEvents.Where(e => e.Instance == start.Instance && e.Event.OrderId == order.Id && e.Event.Status.IsFill()).Sum(e => Math.Abs(e.Event.FillQuantity));

        private decimal TrueVolume(SoakStart start, Order order)
            => _truth.Deals.Where(d => InstanceOf(d) == start && ReferenceEquals(OwnerOf(d), order)).Sum(d => d.ExecVolume);

        /// <summary>
        /// Whether BTCC ended what the order asked for: none of its pending orders (a limit or stop order may be several) is
        /// open any more, or (a market order) it has no request left to execute.
        /// </summary>
        private bool BtccEnded(Order order)
        {
            if (order.Type == OrderType.Market)
            {
                return true;
            }
            var pending = order.BrokerId.Where(id => long.TryParse(id, out _)).ToHashSet();
            // an order BTCC's lists never showed is settled by the unconfirmed-write timeout, not ended by BTCC
            var orders = _truth.Orders.Where(o => pending.Contains(o.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            return pending.Count > 0 && orders.Count == pending.Count && orders.All(o => !o.IsOpen);
        }

        private static string Describe(Order? order)
            => order == null ? "nobody" : $"order {order.Id} ({order.Type} {order.Quantity} {order.Status} [{string.Join(",", order.BrokerId)}])";
    }
}
