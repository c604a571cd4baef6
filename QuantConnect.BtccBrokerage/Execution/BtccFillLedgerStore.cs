/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Where the fill ledger lives across restarts. With <see cref="BtccBrokerageSettings.FillLedgerPath"/> set, the
    /// ledger (reported deal ids, the LEAN order and volume each was reported for, the latest exec time and the
    /// settlement marker) is saved after every poll that recorded something, and loaded on the first connect.
    /// </summary>
    internal sealed class BtccFillLedgerStore
    {
        /// <summary>Deals kept in the saved ledger: those up to this long before its latest one.</summary>
        private static readonly TimeSpan Retention = TimeSpan.FromDays(3);

        private readonly BtccReportedFillLedger _ledger;
        private readonly string _exchange;
        private readonly string? _configuredPath;
        private long _accountId;
        private long _savedVersion = -1;

        /// <summary>Creates the store.</summary>
        /// <param name="ledger">The ledger it saves.</param>
        /// <param name="exchange">The REST address a saved ledger belongs to.</param>
        /// <param name="configuredPath">The configured file (with an optional account-id placeholder), or null.</param>
        public BtccFillLedgerStore(BtccReportedFillLedger ledger, string exchange, string? configuredPath)
        {
            _ledger = ledger;
            _exchange = exchange.TrimEnd('/');
            _configuredPath = string.IsNullOrWhiteSpace(configuredPath) ? null : configuredPath;
        }

        /// <summary>Where the ledger is saved (null: in memory only, or before <see cref="Load"/>).</summary>
        public string? Path { get; private set; }

        /// <summary>Resolves the file for <paramref name="accountId"/> and reads the saved ledger, or null when there is none.</summary>
        public BtccFillLedgerDocument? Load(long accountId)
        {
            _accountId = accountId;
            Path = _configuredPath == null ? null : BtccFillLedgerFile.Resolve(_configuredPath, accountId);
            return Path == null ? null : BtccFillLedgerFile.Load(Path, _exchange, accountId);
        }

        /// <summary>Saves the ledger when it changed since the last save (atomically; failures are logged, the ledger stays in memory).</summary>
        public void Save()
        {
            if (Path == null)
            {
                return;
            }
            var version = _ledger.Version;
            if (version == Interlocked.Read(ref _savedVersion))
            {
                return;
            }
            try
            {
                BtccFillLedgerFile.Save(Path, _ledger.ToDocument(_exchange, _accountId, Retention));
                Interlocked.Exchange(ref _savedVersion, version);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                BtccLog.Error("BtccFillLedgerStore", "Save", $"fill ledger not saved to {Path}: {error.Message}");
            }
        }
    }
}
