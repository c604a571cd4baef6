/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>What the list endpoints see, honouring the LateReportDelay fault and each list's own lag.</summary>
    internal sealed partial class ExchangeEngine
    {
        /// <summary>Open tickets visible to positionlist (or the list <paramref name="list"/> names, for its lag).</summary>
        public IReadOnlyList<SimulatedPosition> ReportedOpenPositions(string list = "/v1/account/positionlist")
        {
            lock (_gate) return _positions.Values.Where(p => p.Status == 1 && IsReported(p.CreatedAt, list)).ToList();
        }

        /// <summary>Pending orders visible to the list <paramref name="list"/>; <paramref name="openOnly"/> for orderList.</summary>
        public IReadOnlyList<SimulatedOrder> ReportedOrders(bool openOnly, string list = "/v1/account/orderList")
        {
            lock (_gate) return _orders.Values.Where(o => (!openOnly || o.IsOpen) && IsReported(o.CreatedAt, list)).ToList();
        }

        /// <summary>Deals visible to the list <paramref name="list"/>; <paramref name="todayOnly"/> drops settled ones.</summary>
        public IReadOnlyList<SimulatedDeal> ReportedDeals(bool todayOnly, string list = "/v1/account/dealTodayList")
        {
            lock (_gate) return _deals.Where(d => (!todayOnly || !d.Settled) && IsReported(d.CreatedAt, list)).ToList();
        }

        /// <summary>The true state, ignoring every reporting fault.</summary>
        public SimulatorSnapshot Snapshot()
        {
            lock (_gate)
            {
                var account = AccountLocked();
                return new SimulatorSnapshot(account.Balance, account.Equity, account.Margin, account.FreeMargin,
                    _positions.Values.Where(p => p.Status == 1).ToList(),
                    _orders.Values.Where(o => o.IsOpen).ToList(),
                    _deals.ToList(),
                    _orders.Values.ToList());
            }
        }

        private bool IsReported(DateTimeOffset createdAt, string list)
        {
            var delay = Faults.ListLag(list);
            return delay <= TimeSpan.Zero || createdAt <= Now - delay;
        }
    }
}
