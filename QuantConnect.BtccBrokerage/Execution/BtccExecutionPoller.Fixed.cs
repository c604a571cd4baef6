/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    public sealed partial class BtccExecutionPoller
    {
        private readonly int _fullRefreshEvery;
        private volatile bool _fullRefreshRequested = true;
        private string _lastFingerprint = string.Empty;

        /// <summary>
        /// The fixed poller (adaptive polling off): every <see cref="Interval"/> after the last poll ended, orderList and
        /// dealTodayList; positionlist and the account too when those lists changed, when asked to, and every few polls.
        /// </summary>
        private async Task RunFixedAsync(CancellationToken stop)
        {
            var polls = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var full = _fullRefreshRequested || polls % _fullRefreshEvery == 0;
                    _fullRefreshRequested = false;
                    var result = await FetchAsync(full, stop).ConfigureAwait(false);
                    var fingerprint = Fingerprint(result.Snapshot);
                    if (!full && fingerprint != _lastFingerprint)
                    {
                        // something moved: read positions and account in the same poll so holdings keep up
                        result = await FetchAsync(true, stop).ConfigureAwait(false);
                        fingerprint = Fingerprint(result.Snapshot);
                    }
                    _lastFingerprint = fingerprint;
                    await _onPoll(result, stop).ConfigureAwait(false);
                    polls++;
                    Succeeded(DateTime.UtcNow);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    _fullRefreshRequested = true;
                    Failed(error);
                }
                try
                {
                    await Task.Delay(Interval, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        /// <summary>Reads the lists once (positions and account too when <paramref name="full"/>).</summary>
        public Task<BtccPollResult> FetchAsync(bool full, CancellationToken cancellationToken)
            => FetchAsync(full ? BtccPollReads.All : BtccPollReads.Orders | BtccPollReads.Deals, null, 0, cancellationToken);

        private static string Fingerprint(BtccExecutionSnapshot snapshot)
            => string.Join(';', snapshot.Orders.OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.ExecuteVolume}:{(int)o.Status}"))
               + "|" + string.Join(';', snapshot.Fills.Select(f => f.DealId).Distinct().OrderBy(id => id))
               + "|" + snapshot.SettlementTime;
    }
}
