/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>
    /// Synchronizes the algorithm's cash book with the brokerage (stand-in for
    /// QuantConnect.Interfaces.IBrokerageCashSynchronizer).
    /// </summary>
    public interface IBrokerageCashSynchronizer
    {
        /// <summary>When the last cash sync happened (UTC).</summary>
        DateTime LastSyncDateTimeUtc { get; }

        /// <summary>Whether a cash sync is due at <paramref name="currentTimeUtc"/>.</summary>
        bool ShouldPerformCashSync(DateTime currentTimeUtc);

        /// <summary>Synchronizes the cash book with the brokerage's balances.</summary>
        bool PerformCashSync(IAlgorithm algorithm, DateTime currentTimeUtc, Func<TimeSpan> getTimeSinceLastFill);
    }
}
