/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>Things that happen on the exchange without the client asking: manual trades, liquidation, funding, settlement.</summary>
    internal sealed partial class ExchangeEngine
    {
        private DateTimeOffset? _settlementClockStart;

        /// <summary>Forced close of a whole ticket at market (deal order_type 7), no commission.</summary>
        public void Liquidate(long positionId)
        {
            lock (_gate)
            {
                var position = OpenPositionLocked(positionId);
                var path = PathOf(position.Instrument.Ticker);
                CloseLocked(position, position.Volume, position.Direction == 1 ? path.Bid : path.Ask, DealOrderType.Liquidation, 0m);
            }
        }

        /// <summary>
        /// Funding: every open ticket pays (long, positive rate) or receives (short) rate x notional at the mid;
        /// the amount accrues to the ticket's swap and hits the balance at once.
        /// </summary>
        public void ApplyFunding(decimal rate)
        {
            lock (_gate)
            {
                foreach (var position in _positions.Values.Where(p => p.Status == 1).ToList())
                {
                    var mid = PathOf(position.Instrument.Ticker).Mid;
                    var amount = Money(Notional(position.Instrument, position.Volume, mid) * rate) * (position.Direction == 1 ? -1 : 1);
                    _balance += amount;
                    _positions[position.Id] = position with { Swap = position.Swap + amount };
                }
            }
        }

        /// <summary>Daily settlement: today's deals roll off dealTodayList (they stay in getTradeReport).</summary>
        public void Settle()
        {
            lock (_gate) SettleLocked();
        }

        /// <summary>Settles when <see cref="BtccSimulatorFaults.SettlementInterval"/> passed since the last settlement (or since it was set).</summary>
        public void SettleIfDue()
        {
            var interval = Faults.SettlementInterval;
            lock (_gate)
            {
                if (interval <= TimeSpan.Zero)
                {
                    _settlementClockStart = null;
                    return;
                }
                _settlementClockStart ??= Now;
                var last = SettlementTime > _settlementClockStart.Value ? SettlementTime : _settlementClockStart.Value;
                if (Now - last < interval)
                {
                    return;
                }
                SettleLocked();
                Faults.Count("settlements");
            }
        }

        private void SettleLocked()
        {
            for (var i = 0; i < _deals.Count; i++)
            {
                _deals[i] = _deals[i] with { Settled = true };
            }
            SettlementTime = Now;
        }
    }
}
