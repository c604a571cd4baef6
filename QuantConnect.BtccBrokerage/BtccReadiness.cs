/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>The four parts that must be ready before orders are processed.</summary>
    [Flags]
    public enum BtccReadinessPart
    {
        /// <summary>Nothing ready.</summary>
        None = 0,
        /// <summary>Logged in, account loaded.</summary>
        User = 1,
        /// <summary>Open pending orders loaded and the fill ledger seeded.</summary>
        Trade = 2,
        /// <summary>Position tickets loaded.</summary>
        Position = 4,
        /// <summary>Symbol list loaded into the mapper and instrument catalog.</summary>
        Instrument = 8,
        /// <summary>All four.</summary>
        All = User | Trade | Position | Instrument
    }

    /// <summary>
    /// Readiness of the user, trade, position and instrument parts: orders are processed and fills polled
    /// only when all four are ready (a half-initialised view would mistake existing state for new fills).
    /// </summary>
    public sealed class BtccReadiness
    {
        private int _parts;

        /// <summary>The ready parts.</summary>
        public BtccReadinessPart Parts => (BtccReadinessPart)Volatile.Read(ref _parts);

        /// <summary>Whether all four parts are ready.</summary>
        public bool AllReady => Parts == BtccReadinessPart.All;

        /// <summary>Whether one part is ready.</summary>
        public bool IsReady(BtccReadinessPart part) => (Parts & part) == part;

        /// <summary>Marks a part ready.</summary>
        public void Set(BtccReadinessPart part)
        {
            int current, next;
            do
            {
                current = Volatile.Read(ref _parts);
                next = current | (int)part;
            }
            while (Interlocked.CompareExchange(ref _parts, next, current) != current);
        }

        /// <summary>Marks every part not ready.</summary>
        public void Reset() => Interlocked.Exchange(ref _parts, 0);

        /// <summary>e.g. "ready: User, Instrument".</summary>
        public override string ToString() => $"ready: {Parts}";
    }
}
