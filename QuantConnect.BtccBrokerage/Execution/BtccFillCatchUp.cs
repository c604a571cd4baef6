/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Fills dealTodayList no longer (or not yet) shows: after a reconnect, a settlement (fills leave
    /// dealTodayList) or a stale order, getTradeReport's fills since the ledger's latest one (minus clock slack)
    /// join the poll's snapshot. The ledger drops the ones already reported, so nothing is reported twice.
    /// </summary>
    internal sealed class BtccFillCatchUp
    {
        /// <summary>Clock slack of a catch-up after a reconnect, settlement or stale order.</summary>
        public const long SlackSeconds = 60;

        /// <summary>
        /// Slack of the first catch-up after a restart: fills the previous run saw but had not yet reported
        /// (held back as possibly late, or listed late) may be older than its latest recorded fill.
        /// </summary>
        public const long RestartSlackSeconds = 600;

        private readonly BtccRestApiClient _client;
        private readonly BtccReportedFillLedger _ledger;
        private readonly IBtccFillSink _sink;
        private readonly long _sessionSeconds;
        private volatile bool _needed;
        private volatile bool _afterRestart;

        /// <summary>Creates the catch-up.</summary>
        public BtccFillCatchUp(BtccRestApiClient client, BtccReportedFillLedger ledger, IBtccFillSink sink, long sessionSeconds)
        {
            _client = client;
            _ledger = ledger;
            _sink = sink;
            _sessionSeconds = sessionSeconds;
        }

        /// <summary>Whether the next poll catches up.</summary>
        public bool Needed => _needed;

        /// <summary>Makes the next poll catch up.</summary>
        public void Request() => _needed = true;

        /// <summary>Makes the next poll catch up with the wider slack of a restart.</summary>
        public void RequestAfterRestart()
        {
            _afterRestart = true;
            _needed = true;
        }

        /// <summary>
        /// <paramref name="snapshot"/> with getTradeReport's fills since the ledger's latest one added, the request
        /// cleared; on failure a Warning, the snapshot unchanged and the request kept, so the next poll retries.
        /// </summary>
        public async Task<BtccExecutionSnapshot> RunAsync(BtccExecutionSnapshot snapshot, CancellationToken cancellationToken)
        {
            var slack = _afterRestart ? RestartSlackSeconds : SlackSeconds;
            var since = Math.Max(0, _ledger.LatestExecTime - slack);
            if (since == 0)
            {
                since = _sessionSeconds - slack;
            }
            var until = _client.ServerNowSeconds() + 60;
            // cleared before the read: a request made while it runs (a stale order, a recovery) stays for the next poll
            _needed = false;
            try
            {
                var report = await _client.GetTradeReportRangeAsync(since * 1000, until * 1000, null, cancellationToken).ConfigureAwait(false);
                var extra = report.Select(BtccFill.FromTradeReport).OfType<BtccFill>().ToList();
                BtccLog.Trace("BtccFillCatchUp", "Run", $"{extra.Count} fills in the trade report since {since}");
                _afterRestart = false;
                return snapshot with { Fills = snapshot.Fills.Concat(extra).ToList() };
            }
            catch (BtccApiException error)
            {
                _needed = true;
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, error.Code, $"Fill catch-up from BTCC's trade report failed, will retry: {error.BtccMessage}"));
                return snapshot;
            }
        }
    }
}
