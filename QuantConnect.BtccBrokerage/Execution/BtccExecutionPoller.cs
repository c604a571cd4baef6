/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>One poll: the lists for the fill engine, plus the account when it was read.</summary>
    /// <param name="Snapshot">orderList (the last one read when <see cref="BtccExecutionSnapshot.OrdersRead"/> is false), dealTodayList and (when read) positionlist.</param>
    /// <param name="Account">The account, when read.</param>
    /// <param name="Read">What this poll read.</param>
    public sealed record BtccPollResult(BtccExecutionSnapshot Snapshot, BtccAccount? Account, BtccPollReads Read = BtccPollReads.All);

    /// <summary>
    /// BTCC has no private websocket, so order, fill, position and balance changes are found by polling; every request
    /// goes through the REST client's request budget. Adaptive (the default), each poll reads what
    /// <see cref="BtccPollPlanner"/> says the fill engine needs, the lists of one poll in parallel: every fast interval
    /// while something works, at once after a write or when the market reaches a working order
    /// (<see cref="Request"/>), and once per idle interval otherwise. Fixed, every poll reads orderList and dealTodayList,
    /// positionlist and the account too when those changed, when asked to, and every few polls. The poller tracks its
    /// own health: a run of failures, or no success by the time one was due (plus <see cref="StaleAfter"/>), makes it
    /// unhealthy until the next success.
    /// </summary>
    public sealed partial class BtccExecutionPoller : IDisposable
    {
        private const int FailuresBeforeUnhealthy = 3;

        private readonly BtccRestApiClient _client;
        private readonly Func<BtccPollResult, CancellationToken, Task> _onPoll;
        private readonly Action<Exception> _onFailure;
        private readonly Action<bool> _onHealthChanged;
        private readonly Action<TimeSpan>? _onStall;
        private readonly object _gate = new();
        private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
        private CancellationTokenSource? _stop;
        private Task? _loop;
        private Task? _watchdog;
        private long _lastSuccessTicks;
        private long _deadlineTicks;
        private int _failures;
        private long _polls;
        private volatile bool _healthy = true;

        /// <summary>Creates a poller that reads both lists every <paramref name="interval"/>; call <see cref="Start"/> to run it.</summary>
        /// <param name="client">REST client (its request budget paces the polls).</param>
        /// <param name="interval">Pause between polls.</param>
        /// <param name="onPoll">Receives each successful poll.</param>
        /// <param name="onFailure">Receives each failed poll's error.</param>
        /// <param name="onHealthChanged">Told when the poller becomes unhealthy (false) or healthy again (true).</param>
        /// <param name="fullRefreshEvery">Read positions and account at least every this many polls.</param>
        /// <param name="staleAfter">
        /// How long past a due poll without a success the watchdog waits before it reports the poller unhealthy, even
        /// while a request hangs (default: 20 intervals, at least 15 s).
        /// </param>
        /// <param name="onStall">Told by the watchdog, once per stall, how long no poll succeeded.</param>
        public BtccExecutionPoller(BtccRestApiClient client, TimeSpan interval, Func<BtccPollResult, CancellationToken, Task> onPoll,
            Action<Exception> onFailure, Action<bool> onHealthChanged, int fullRefreshEvery = 10, TimeSpan? staleAfter = null, Action<TimeSpan>? onStall = null)
            : this(client, new BtccPollTiming(interval, interval), adaptive: false, onPoll, onFailure, onHealthChanged, fullRefreshEvery, staleAfter, onStall)
        {
        }

        /// <summary>Creates the poller; call <see cref="Start"/> to run it.</summary>
        /// <param name="client">REST client (its request budget paces the polls).</param>
        /// <param name="timing">The fast interval (the fixed poller's only one) and the idle interval.</param>
        /// <param name="adaptive">Whether polls read what the fill engine needs (<see cref="Demand"/>) rather than both lists every fast interval.</param>
        /// <param name="onPoll">Receives each successful poll.</param>
        /// <param name="onFailure">Receives each failed poll's error.</param>
        /// <param name="onHealthChanged">Told when the poller becomes unhealthy (false) or healthy again (true).</param>
        /// <param name="fullRefreshEvery">Fixed: read positions and account at least every this many polls.</param>
        /// <param name="staleAfter">How long past a due poll without a success makes the poller unhealthy (default: 20 fast intervals, at least 15 s).</param>
        /// <param name="onStall">Told by the watchdog, once per stall, how long no poll succeeded.</param>
        public BtccExecutionPoller(BtccRestApiClient client, BtccPollTiming timing, bool adaptive, Func<BtccPollResult, CancellationToken, Task> onPoll,
            Action<Exception> onFailure, Action<bool> onHealthChanged, int fullRefreshEvery = 10, TimeSpan? staleAfter = null, Action<TimeSpan>? onStall = null)
        {
            _client = client;
            Timing = timing;
            IsAdaptive = adaptive;
            _onPoll = onPoll;
            _onFailure = onFailure;
            _onHealthChanged = onHealthChanged;
            _fullRefreshEvery = Math.Max(1, fullRefreshEvery);
            StaleAfter = staleAfter is { } stale && stale > TimeSpan.Zero
                ? stale
                : TimeSpan.FromTicks(Math.Max(timing.Fast.Ticks * 20, TimeSpan.FromSeconds(15).Ticks));
            _onStall = onStall;
        }

        /// <summary>Pause between polls while something works (every poll, fixed).</summary>
        public TimeSpan Interval => Timing.Fast;

        /// <summary>The fast and idle intervals.</summary>
        public BtccPollTiming Timing { get; }

        /// <summary>Whether polls adapt to what the fill engine needs.</summary>
        public bool IsAdaptive { get; }

        /// <summary>How long past a due poll without a success makes the poller unhealthy.</summary>
        public TimeSpan StaleAfter { get; }

        /// <summary>Whether polls succeed (no failure run, and the last due poll succeeded in time).</summary>
        public bool IsHealthy => _healthy && (_loop == null || DateTime.UtcNow.Ticks < Interlocked.Read(ref _deadlineTicks));

        /// <summary>Polls completed so far.</summary>
        public long Polls => Interlocked.Read(ref _polls);

        /// <summary>Makes the next poll read everything (orderList, dealTodayList, positionlist and the account).</summary>
        public void RequestFullRefresh()
        {
            if (IsAdaptive)
            {
                Request(BtccPollReads.All, now: false);
            }
            else
            {
                _fullRefreshRequested = true;
            }
        }

        /// <summary>Starts polling (idempotent).</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_loop != null)
                {
                    return;
                }
                var now = DateTime.UtcNow.Ticks;
                Interlocked.Exchange(ref _lastSuccessTicks, now);
                Interlocked.Exchange(ref _deadlineTicks, now + StaleAfter.Ticks);
                _healthy = true;
                _failures = 0;
                _stop = new CancellationTokenSource();
                var token = _stop.Token;
                _loop = Task.Run(() => IsAdaptive ? RunAdaptiveAsync(token) : RunFixedAsync(token));
                _watchdog = Task.Run(() => WatchAsync(token));
            }
        }

        /// <summary>
        /// The watchdog: a poll stuck in a hung request fails only after the request timeout and its retries, so silence
        /// beyond <see cref="StaleAfter"/> past a due poll is reported from here, independently of the poll loop.
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
                if (DateTime.UtcNow.Ticks < Interlocked.Read(ref _deadlineTicks))
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
                var silent = TimeSpan.FromTicks(DateTime.UtcNow.Ticks - Interlocked.Read(ref _lastSuccessTicks));
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

        /// <summary>Stops the loop.</summary>
        public void Dispose() => Stop();

        /// <summary>A poll succeeded: health restored, and the next success is due by <paramref name="nextDueUtc"/> plus <see cref="StaleAfter"/>.</summary>
        private void Succeeded(DateTime nextDueUtc)
        {
            Interlocked.Increment(ref _polls);
            var now = DateTime.UtcNow.Ticks;
            Interlocked.Exchange(ref _lastSuccessTicks, now);
            Interlocked.Exchange(ref _deadlineTicks, Math.Max(now, nextDueUtc.Ticks) + StaleAfter.Ticks);
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

        /// <summary>A poll failed: a run of <see cref="FailuresBeforeUnhealthy"/> makes the poller unhealthy.</summary>
        private void Failed(Exception error)
        {
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

        /// <summary>A poll is due sooner than the watchdog expected: it expects its success by then.</summary>
        private void ExpectBy(DateTime dueUtc)
        {
            var deadline = dueUtc.Ticks + StaleAfter.Ticks;
            long current;
            do
            {
                current = Interlocked.Read(ref _deadlineTicks);
                if (deadline >= current)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _deadlineTicks, deadline, current) != current);
        }
    }
}
