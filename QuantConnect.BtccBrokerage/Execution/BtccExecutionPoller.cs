using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>One poll: the lists for the fill engine, plus the account when it was read.</summary>
    /// <param name="Snapshot">orderList, dealTodayList and (when read) positionlist.</param>
    /// <param name="Account">The account, read together with positionlist.</param>
    public sealed record BtccPollResult(ExecutionSnapshot Snapshot, BtccAccount? Account);

    /// <summary>
    /// BTCC has no private websocket, so order, fill, position and balance changes are found by polling.
    /// Every <c>interval</c> this reads orderList and dealTodayList; positionlist and the account are read
    /// too when those lists changed, when asked to, and every few polls (funding changes nothing else). All
    /// requests go through the REST client's request budget. The poller tracks its own health: a run of
    /// failures or no success for a while makes it unhealthy until the next success.
    /// </summary>
    public sealed class BtccExecutionPoller : IDisposable
    {
        private const int FailuresBeforeUnhealthy = 3;

        private readonly BtccRestApiClient _client;
        private readonly Func<BtccPollResult, CancellationToken, Task> _onPoll;
        private readonly Action<Exception> _onFailure;
        private readonly Action<bool> _onHealthChanged;
        private readonly int _fullRefreshEvery;
        private readonly object _gate = new();
        private CancellationTokenSource? _stop;
        private Task? _loop;
        private volatile bool _fullRefreshRequested = true;
        private string _lastFingerprint = string.Empty;
        private long _lastSuccessTicks;
        private int _failures;
        private volatile bool _healthy = true;

        /// <summary>Creates the poller; call <see cref="Start"/> to run it.</summary>
        /// <param name="client">REST client (its request budget paces the polls).</param>
        /// <param name="interval">Pause between polls.</param>
        /// <param name="onPoll">Receives each successful poll.</param>
        /// <param name="onFailure">Receives each failed poll's error.</param>
        /// <param name="onHealthChanged">Told when the poller becomes unhealthy (false) or healthy again (true).</param>
        /// <param name="fullRefreshEvery">Read positions and account at least every this many polls.</param>
        /// <param name="staleAfter">
        /// How long without a successful poll the watchdog waits before it reports the poller unhealthy, even
        /// while a request hangs (default: 20 intervals, at least 15 s).
        /// </param>
        /// <param name="onStall">Told by the watchdog, once per stall, how long no poll succeeded.</param>
        public BtccExecutionPoller(BtccRestApiClient client, TimeSpan interval, Func<BtccPollResult, CancellationToken, Task> onPoll,
            Action<Exception> onFailure, Action<bool> onHealthChanged, int fullRefreshEvery = 10, TimeSpan? staleAfter = null, Action<TimeSpan>? onStall = null)
        {
            _client = client;
            Interval = interval;
            _onPoll = onPoll;
            _onFailure = onFailure;
            _onHealthChanged = onHealthChanged;
            _fullRefreshEvery = Math.Max(1, fullRefreshEvery);
            StaleAfter = staleAfter is { } stale && stale > TimeSpan.Zero
                ? stale
                : TimeSpan.FromTicks(Math.Max(interval.Ticks * 20, TimeSpan.FromSeconds(15).Ticks));
            _onStall = onStall;
        }

        private readonly Action<TimeSpan>? _onStall;
        private Task? _watchdog;

        /// <summary>Pause between polls.</summary>
        public TimeSpan Interval { get; }

        /// <summary>How long without a successful poll makes the poller unhealthy.</summary>
        public TimeSpan StaleAfter { get; }

        /// <summary>Whether polls succeed (no failure run, a recent success).</summary>
        public bool IsHealthy => _healthy && (_loop == null || DateTime.UtcNow.Ticks - Interlocked.Read(ref _lastSuccessTicks) < StaleAfter.Ticks);

        /// <summary>Whether the loop runs.</summary>
        public bool IsRunning => _loop != null;

        /// <summary>Makes the next poll read positionlist and the account too.</summary>
        public void RequestFullRefresh() => _fullRefreshRequested = true;

        /// <summary>Starts polling (idempotent).</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_loop != null)
                {
                    return;
                }
                Interlocked.Exchange(ref _lastSuccessTicks, DateTime.UtcNow.Ticks);
                _healthy = true;
                _failures = 0;
                _stop = new CancellationTokenSource();
                var token = _stop.Token;
                _loop = Task.Run(() => RunAsync(token));
                _watchdog = Task.Run(() => WatchAsync(token));
            }
        }

        /// <summary>
        /// The watchdog: a poll stuck in a hung request fails only after the request timeout and its retries,
        /// so silence beyond <see cref="StaleAfter"/> is reported from here, independently of the poll loop.
        /// </summary>
        private async Task WatchAsync(CancellationToken stop)
        {
            var period = TimeSpan.FromTicks(Math.Clamp(StaleAfter.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks));
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(period, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                var silent = TimeSpan.FromTicks(DateTime.UtcNow.Ticks - Interlocked.Read(ref _lastSuccessTicks));
                if (silent < StaleAfter)
                {
                    continue;
                }
                lock (_gate)
                {
                    if (!_healthy || stop.IsCancellationRequested)
                    {
                        continue;
                    }
                    _healthy = false;
                }
                BtccLog.Trace("BtccExecutionPoller", "Watchdog", $"no successful poll for {silent.TotalSeconds:0.0} s: stalled");
                _onStall?.Invoke(silent);
                _onHealthChanged(false);
            }
        }

        /// <summary>Stops polling and waits for the current poll to end (idempotent).</summary>
        public void Stop()
        {
            Task? loop, watchdog;
            lock (_gate)
            {
                loop = _loop;
                watchdog = _watchdog;
                _stop?.Cancel();
                _loop = null;
                _watchdog = null;
            }
            try
            {
                loop?.Wait(TimeSpan.FromSeconds(30));
                watchdog?.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
            lock (_gate)
            {
                _stop?.Dispose();
                _stop = null;
            }
        }

        /// <summary>Reads the lists once (positions and account too when <paramref name="full"/>).</summary>
        public async Task<BtccPollResult> FetchAsync(bool full, CancellationToken cancellationToken)
        {
            var orders = await _client.GetOrderListAsync(null, cancellationToken).ConfigureAwait(false);
            var deals = await _client.GetDealTodayListAsync(null, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<BtccPosition>? positions = null;
            BtccAccount? account = null;
            if (full)
            {
                positions = await _client.GetAllPositionsAsync(null, cancellationToken).ConfigureAwait(false);
                account = (await _client.GetAccountAsync(cancellationToken).ConfigureAwait(false)).Account;
            }
            var snapshot = new ExecutionSnapshot(orders.Orders, deals.Orders.Select(BtccFill.FromDeal).ToList(), positions, deals.SettlementTime);
            return new BtccPollResult(snapshot, account);
        }

        /// <summary>Stops the loop.</summary>
        public void Dispose() => Stop();

        private async Task RunAsync(CancellationToken stop)
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
                    Interlocked.Exchange(ref _lastSuccessTicks, DateTime.UtcNow.Ticks);
                    _failures = 0;
                    bool recovered;
                    lock (_gate)
                    {
                        recovered = !_healthy;
                        _healthy = true;
                    }
                    if (recovered)
                    {
                        _onHealthChanged(true);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    _fullRefreshRequested = true;
                    _onFailure(error);
                    bool failed;
                    lock (_gate)
                    {
                        failed = ++_failures >= FailuresBeforeUnhealthy && _healthy;
                        if (failed)
                        {
                            _healthy = false;
                        }
                    }
                    if (failed)
                    {
                        _onHealthChanged(false);
                    }
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

        private static string Fingerprint(ExecutionSnapshot snapshot)
            => string.Join(';', snapshot.Orders.OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.ExecuteVolume}:{(int)o.Status}"))
               + "|" + string.Join(';', snapshot.Fills.Select(f => f.DealId).Distinct().OrderBy(id => id))
               + "|" + snapshot.SettlementTime;
    }
}
