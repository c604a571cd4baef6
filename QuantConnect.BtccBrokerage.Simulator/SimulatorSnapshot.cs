/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>The simulator's true state at one instant, unaffected by reporting faults.</summary>
    /// <param name="Balance">Cash balance (realised profit, commission and funding applied).</param>
    /// <param name="Equity">Balance plus floating profit.</param>
    /// <param name="Margin">Margin held by open tickets.</param>
    /// <param name="FreeMargin">Equity minus margin.</param>
    /// <param name="Positions">Open tickets.</param>
    /// <param name="PendingOrders">Open pending orders.</param>
    /// <param name="Deals">Every fill ever, settled ones included.</param>
    /// <param name="Orders">Every pending order ever, whatever its status.</param>
    public sealed record SimulatorSnapshot(
        decimal Balance,
        decimal Equity,
        decimal Margin,
        decimal FreeMargin,
        IReadOnlyList<SimulatedPosition> Positions,
        IReadOnlyList<SimulatedOrder> PendingOrders,
        IReadOnlyList<SimulatedDeal> Deals,
        IReadOnlyList<SimulatedOrder> Orders);
}
