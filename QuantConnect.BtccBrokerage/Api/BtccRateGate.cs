using System.Threading.RateLimiting;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// The REST request budget. Every request awaits <see cref="WaitAsync"/> (a token bucket refilled at
    /// RequestsPerSecond). An HTTP 429 pauses ALL requests for a delay that doubles with each further 429
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
