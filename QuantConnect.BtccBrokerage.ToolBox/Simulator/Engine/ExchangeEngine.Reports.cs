namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Engine
{
    /// <summary>What the list endpoints see, honouring the LateReportDelay fault.</summary>
    internal sealed partial class ExchangeEngine
    {
        /// <summary>Open tickets visible to positionlist.</summary>
        public IReadOnlyList<SimulatedPosition> ReportedOpenPositions()
        {
            lock (_gate) return _positions.Values.Where(p => p.Status == 1 && IsReported(p.CreatedAt)).ToList();
        }

        /// <summary>Pending orders visible to lists; <paramref name="openOnly"/> for orderList.</summary>
        public IReadOnlyList<SimulatedOrder> ReportedOrders(bool openOnly)
        {
            lock (_gate) return _orders.Values.Where(o => (!openOnly || o.IsOpen) && IsReported(o.CreatedAt)).ToList();
        }

        /// <summary>Deals visible to lists; <paramref name="todayOnly"/> drops settled ones.</summary>
        public IReadOnlyList<SimulatedDeal> ReportedDeals(bool todayOnly)
        {
            lock (_gate) return _deals.Where(d => (!todayOnly || !d.Settled) && IsReported(d.CreatedAt)).ToList();
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

        private bool IsReported(DateTimeOffset createdAt)
        {
            var delay = Faults.LateReportDelay;
            return delay <= TimeSpan.Zero || createdAt <= Now - delay;
        }
    }
}
