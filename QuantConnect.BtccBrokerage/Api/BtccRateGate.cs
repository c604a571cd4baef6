/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Threading.RateLimiting;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// The REST request budget. Every request awaits <see cref="WaitAsync"/> (a token bucket refilled at
    /// RequestsPerSecond, its credit counted continuously). An HTTP 429 pauses ALL requests for a delay that doubles with each further 429
    /// and resets after a success, because BTCC bans clients that keep pushing.
    /// </summary>
    public sealed class BtccRateGate : IDisposable
    {
        private readonly TokenBucketRateLimiter _bucket;
        private readonly TimeProvider _timeProvider;
        private readonly TimeSpan _initialBackoff;
        private readonly TimeSpan _maxBackoff;
        private readonly object _sync = new();
        private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
        private TimeSpan _nextBackoff;
        private long _requestsSent;
        private long _throttledCount;

        /// <summary>Slack after a continuous wait, so a request never reaches BTCC a hair before its budget refilled.</summary>
        private static readonly TimeSpan RefillSlack = TimeSpan.FromMilliseconds(5);
        private readonly double _rate;
        private readonly int _burst;
        private double _credit;
        private long _creditAtTicks;

        /// <summary>Creates the gate.</summary>
        /// <param name="requestsPerSecond">Sustained rate.</param>
        /// <param name="burst">Requests that may go back to back.</param>
        /// <param name="initialBackoff">Pause after a first 429.</param>
        /// <param name="maxBackoff">Longest pause.</param>
        /// <param name="timeProvider">Clock of the 429 pauses (a fake one in tests); the bucket refills on real time.</param>
        public BtccRateGate(double requestsPerSecond, int burst, TimeSpan initialBackoff, TimeSpan maxBackoff,
            TimeProvider? timeProvider = null)
        {
            if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
            _timeProvider = timeProvider ?? TimeProvider.System;
            _initialBackoff = initialBackoff;
            _maxBackoff = maxBackoff < initialBackoff ? initialBackoff : maxBackoff;
            _nextBackoff = initialBackoff;
            _rate = requestsPerSecond;
            _burst = Math.Max(1, burst);
            _credit = _burst;
            _creditAtTicks = System.Diagnostics.Stopwatch.GetTimestamp();
            _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, burst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / requestsPerSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true
            });
        }

        /// <summary>Creates the gate from <paramref name="settings"/>.</summary>
        public BtccRateGate(BtccApiSettings settings, TimeProvider? timeProvider = null)
            : this(settings.RequestsPerSecond, settings.RequestBurst, settings.ThrottleBackoff, settings.MaxThrottleBackoff, timeProvider)
        {
        }

        /// <summary>Requests let through so far.</summary>
        public long RequestsSent => Interlocked.Read(ref _requestsSent);

        /// <summary>HTTP 429 replies reported so far.</summary>
        public long ThrottledCount => Interlocked.Read(ref _throttledCount);

        /// <summary>Until when requests are held back after a 429 (MinValue when not paused).</summary>
        public DateTimeOffset PausedUntil
        {
            get { lock (_sync) return _pausedUntil; }
        }

        /// <summary>Waits for any 429 pause to end, then for a token of the budget.</summary>
        public async Task WaitAsync(CancellationToken cancellationToken = default)
        {
            while (true)
            {
                TimeSpan remaining;
                lock (_sync)
                {
                    remaining = _pausedUntil - _timeProvider.GetUtcNow();
                }
                if (remaining > TimeSpan.Zero)
                {
                    await Task.Delay(remaining, _timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                using var lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                if (!lease.IsAcquired)
                {
                    continue;
                }
                for (var wait = TakeCredit(); wait > TimeSpan.Zero; wait = TakeCredit())
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
                lock (_sync)
                {
                    // a 429 may have arrived while this request queued for its token
                    if (_pausedUntil > _timeProvider.GetUtcNow())
                    {
                        continue;
                    }
                }
                Interlocked.Increment(ref _requestsSent);
                return;
            }
        }

        /// <summary>
        /// The bucket hands its tokens out whole, one per period on a timer, so it can run a token ahead of a budget that
        /// refills continuously, as BTCC's may: a request also takes a whole request's credit of the continuous budget
        /// (rate a second, up to the burst), or says how long until there is one.
        /// </summary>
        private TimeSpan TakeCredit()
        {
            lock (_sync)
            {
                var now = System.Diagnostics.Stopwatch.GetTimestamp();
                _credit = Math.Min(_burst, _credit + (now - _creditAtTicks) / (double)System.Diagnostics.Stopwatch.Frequency * _rate);
                _creditAtTicks = now;
                if (_credit >= 1)
                {
                    _credit -= 1;
                    return TimeSpan.Zero;
                }
                return TimeSpan.FromSeconds((1 - _credit) / _rate) + RefillSlack;
            }
        }

        /// <summary>Reports an HTTP 429: pauses all requests and grows the next pause.</summary>
        /// <returns>The pause now in force.</returns>
        public TimeSpan ReportThrottled()
        {
            Interlocked.Increment(ref _throttledCount);
            lock (_sync)
            {
                var pause = _nextBackoff;
                var until = _timeProvider.GetUtcNow() + pause;
                if (until > _pausedUntil)
                {
                    _pausedUntil = until;
                }
                var doubled = TimeSpan.FromTicks(Math.Min(_nextBackoff.Ticks * 2, _maxBackoff.Ticks));
                _nextBackoff = doubled;
                return pause;
            }
        }

        /// <summary>Reports a reply that was not a 429: the next pause starts small again.</summary>
        public void ReportSuccess()
        {
            lock (_sync)
            {
                _nextBackoff = _initialBackoff;
            }
        }

        /// <summary>The pause the next 429 would cause.</summary>
        public TimeSpan NextBackoff
        {
            get { lock (_sync) return _nextBackoff; }
        }

        /// <summary>Releases the bucket.</summary>
        public void Dispose() => _bucket.Dispose();
    }
}
