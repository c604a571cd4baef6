/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>One deal in a saved ledger.</summary>
    /// <param name="DealId">BTCC deal id.</param>
    /// <param name="ExecTime">exec_time, unix seconds.</param>
    /// <param name="OrderId">LEAN order it was reported for (0: history or outside LEAN).</param>
    /// <param name="Volume">Absolute volume reported for that order.</param>
    /// <param name="PendingOrderId">The order's BTCC pending order that made it (0: a market request; absent in older files).</param>
    public sealed record BtccFillLedgerDeal(long DealId, long ExecTime, int OrderId, decimal Volume, long PendingOrderId = 0);

    /// <summary>The saved form of a <see cref="BtccReportedFillLedger"/>.</summary>
    public sealed record BtccFillLedgerDocument
    {
        /// <summary>Format version.</summary>
        public int Version { get; init; } = BtccFillLedgerFile.FormatVersion;

        /// <summary>The REST address the ledger belongs to (a ledger of another exchange is not this one's history).</summary>
        public string Exchange { get; init; } = string.Empty;

        /// <summary>The BTCC account id the ledger belongs to.</summary>
        public long AccountId { get; init; }

        /// <summary>Latest exec_time recorded (unix seconds): the watermark a restart catches up from.</summary>
        public long LatestExecTime { get; init; }

        /// <summary>dealTodayList's settlement_time when saved.</summary>
        public long SettlementTime { get; init; }

        /// <summary>When the ledger was first seeded (unix seconds): unrecorded deals before it are history (0: unknown).</summary>
        public long HistoryHorizon { get; init; }

        /// <summary>Deals already reported (or baselined as history).</summary>
        public IReadOnlyList<BtccFillLedgerDeal> Deals { get; init; } = Array.Empty<BtccFillLedgerDeal>();
    }

    /// <summary>
    /// Keeps the fill ledger in a small JSON file so a restarted brokerage knows which fills LEAN already got
    /// and reports those that happened while it was down. Writes are atomic: a temporary file next to the
    /// target is written, flushed, then moved over it, so a crash leaves the old or the new ledger, never half of one.
    /// </summary>
    public static class BtccFillLedgerFile
    {
        /// <summary>Current format version.</summary>
        public const int FormatVersion = 1;

        /// <summary>Placeholder in a configured path replaced by the BTCC account id.</summary>
        public const string AccountIdPlaceholder = "{accountId}";

        /// <summary>The path with <see cref="AccountIdPlaceholder"/> replaced, made absolute.</summary>
        public static string Resolve(string path, long accountId)
            => Path.GetFullPath(path.Replace(AccountIdPlaceholder, accountId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Reads the ledger at <paramref name="path"/>, or null when there is none, it is unreadable (logged),
        /// or it belongs to another exchange address or account.
        /// </summary>
        public static BtccFillLedgerDocument? Load(string path, string exchange, long accountId)
        {
            if (!File.Exists(path))
            {
                return null;
            }
            try
            {
                var document = JsonConvert.DeserializeObject<BtccFillLedgerDocument>(File.ReadAllText(path));
                if (document == null || document.Version != FormatVersion)
                {
                    BtccLog.Error("BtccFillLedgerFile", "Load", $"{path}: not a fill ledger of version {FormatVersion}; starting a new one");
                    return null;
                }
                if (document.AccountId != accountId || !string.Equals(document.Exchange, exchange, StringComparison.OrdinalIgnoreCase))
                {
                    BtccLog.Trace("BtccFillLedgerFile", "Load", $"{path} belongs to account {document.AccountId} at {document.Exchange}, not {accountId} at {exchange}: ignored");
                    return null;
                }
                return document with { Deals = document.Deals ?? Array.Empty<BtccFillLedgerDeal>() };
            }
            catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
            {
                BtccLog.Error("BtccFillLedgerFile", "Load", $"{path} could not be read ({error.Message}); starting a new one");
                return null;
            }
        }

        /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> atomically (temp file + move).</summary>
        public static void Save(string path, BtccFillLedgerDocument document)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            var temp = path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(JsonConvert.SerializeObject(document, Formatting.None));
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
    }
}
