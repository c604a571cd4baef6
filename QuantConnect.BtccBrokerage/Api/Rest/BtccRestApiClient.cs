/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using Polly;
using Polly.Retry;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// BTCC's trading REST API. Every request waits for the <see cref="BtccRateGate"/>, is signed, and is
    /// re-sent once with a fresh token when BTCC says the token is invalid. Reads are retried after
    /// HTTP 5xx/timeouts; writes are reconciled against the exchange's lists first (see the write methods).
    /// The first call logs in if <see cref="LoginAsync"/> was not called; <see cref="StartKeepAlive"/> keeps
    /// the token alive between calls.
    /// </summary>
    public sealed partial class BtccRestApiClient : IBtccSymbolListSource, IDisposable
    {
        private readonly BtccApiSettings _settings;
        private readonly TimeProvider _timeProvider;
        private readonly BtccHttpTransport _http;
        private readonly BtccRateGate _rateGate;
        private readonly bool _ownsRateGate;
        private readonly ResiliencePipeline _readPipeline;
        private readonly SemaphoreSlim _loginLock = new(1, 1);
        private readonly CancellationTokenSource _disposing = new();
        private volatile BtccSession? _session;
        private long _serverClockOffsetSeconds;
        private Task? _keepAliveLoop;
        private CancellationTokenSource? _keepAliveStop;
        private long _loginCount;
        private volatile int _signEncoding;
        private bool _signEncodingLogged;

        /// <summary>Creates the client; nothing is sent until the first call.</summary>
        /// <param name="settings">Validated settings.</param>
        /// <param name="rateGate">A shared request budget, or null for one of its own.</param>
        /// <param name="timeProvider">Clock for retries and keep-alive (a fake one in tests).</param>
        public BtccRestApiClient(BtccApiSettings settings, BtccRateGate? rateGate = null, TimeProvider? timeProvider = null)
        {
            settings.Validate();
            _settings = settings;
            _timeProvider = timeProvider ?? TimeProvider.System;
            _ownsRateGate = rateGate == null;
            _rateGate = rateGate ?? new BtccRateGate(settings, _timeProvider);
            _http = new BtccHttpTransport(settings.RestUrl, settings.RequestTimeout, settings.PostParameters);
            _readPipeline = BuildReadPipeline(settings, _timeProvider);
            _signEncoding = (int)settings.SignEncoding;
        }

        /// <summary>
        /// The signature variant requests are signed with: the configured one until a login showed BTCC accepts
        /// only the other.
        /// </summary>
        public BtccSignEncoding SignEncoding => (BtccSignEncoding)_signEncoding;

        /// <summary>The request budget all calls of this client go through.</summary>
        public BtccRateGate RateGate => _rateGate;

        /// <summary>The current session, or null before the first login.</summary>
        public BtccSession? Session => _session;

        /// <summary>How many logins succeeded (the first plus every renewal).</summary>
        public long LoginCount => Interlocked.Read(ref _loginCount);

        /// <summary>Raised after a login succeeded (first or renewal).</summary>
        public event EventHandler<BtccSession>? LoggedIn;

        /// <summary>Raised when a keep-alive failed (the brokerage may want to warn).</summary>
        public event EventHandler<Exception>? KeepAliveFailed;

        /// <summary>
        /// Called with every complete reply (path, HTTP status, body as received) before it is parsed, so a
        /// diagnostic (the ToolBox probe) can keep BTCC's raw bodies; the body may hold the session token.
        /// </summary>
        internal Action<string, HttpStatusCode, string>? ReplyReceived { get; set; }

        /// <summary>Sends one heartbeat (<c>GET /v1/user/keepalive</c>).</summary>
        public Task<BtccKeepAliveResponse> KeepAliveAsync(CancellationToken cancellationToken = default)
            => SendAsync<BtccKeepAliveResponse>(BtccEndpoint.KeepAlive, (p, s) => p.Add("accountid", s.AccountId), cancellationToken);

        /// <summary>Starts heartbeats every KeepAliveInterval (idempotent). Failures are logged, never thrown.</summary>
        public void StartKeepAlive()
        {
            lock (_disposing)
            {
                if (_keepAliveLoop != null)
                {
                    return;
                }
                _keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(_disposing.Token);
                _keepAliveLoop = Task.Run(() => KeepAliveLoopAsync(_keepAliveStop.Token));
            }
        }

        /// <summary>Stops the heartbeats.</summary>
        public async Task StopKeepAliveAsync()
        {
            Task? loop;
            lock (_disposing)
            {
                loop = _keepAliveLoop;
                _keepAliveStop?.Cancel();
                _keepAliveLoop = null;
            }
            if (loop != null)
            {
                try
                {
                    await loop.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        /// <summary>Stops heartbeats and releases the HTTP client.</summary>
        public void Dispose()
        {
            if (_disposing.IsCancellationRequested)
            {
                return;
            }
            _disposing.Cancel();
            _http.Dispose();
            if (_ownsRateGate)
            {
                _rateGate.Dispose();
            }
        }

        /// <summary>The exchange's clock now, estimated from the login's server_time (unix seconds).</summary>
        internal long ServerNowSeconds() => _timeProvider.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Read(ref _serverClockOffsetSeconds);

        private async Task KeepAliveLoopAsync(CancellationToken stop)
        {
            using var timer = new PeriodicTimer(_settings.KeepAliveInterval, _timeProvider);
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await KeepAliveAsync(stop).ConfigureAwait(false);
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    return; // stopping or disposed: not a heartbeat failure
                }
                catch (Exception error)
                {
                    BtccLog.Error("BtccRestApiClient", "KeepAlive", $"heartbeat failed: {Describe(error)}");
                    KeepAliveFailed?.Invoke(this, error);
                }
            }
        }

        /// <summary>Sends a request; reads are retried on ambiguous failures, writes are not.</summary>
        private Task<T> SendAsync<T>(BtccEndpoint endpoint, Action<BtccParameters, BtccSession>? fill, CancellationToken cancellationToken)
            where T : BtccResponse
        {
            if (endpoint.IsWrite)
            {
                return SendOnceAsync<T>(endpoint, fill, cancellationToken);
            }
            return _readPipeline.ExecuteAsync(
                async token => await SendOnceAsync<T>(endpoint, fill, token).ConfigureAwait(false),
                cancellationToken).AsTask();
        }

        /// <summary>
        /// One logical request. Re-sends after HTTP 429 (BTCC did not process it) and, once, after a
        /// token-invalid code (the request was refused, so re-sending with a fresh token and signature loses
        /// nothing). Throws <see cref="BtccAmbiguousResultException"/> when the outcome is unknown.
        /// </summary>
        private async Task<T> SendOnceAsync<T>(BtccEndpoint endpoint, Action<BtccParameters, BtccSession>? fill, CancellationToken cancellationToken,
            BtccSignEncoding? encoding = null)
            where T : BtccResponse
        {
            var renewed = false;
            var throttles = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await _rateGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                // the parameters are built after the wait so a session renewed meanwhile is used
                var session = endpoint.NeedsToken ? await EnsureSessionAsync(cancellationToken).ConfigureAwait(false) : null;
                var parameters = new BtccParameters();
                if (session != null)
                {
                    parameters.Add("token", session.Token);
                }
                fill?.Invoke(parameters, session!);
                parameters.Add(BtccRequestSigner.SignName, BtccRequestSigner.Sign(parameters, _settings.ApiSecret, encoding ?? SignEncoding));

                if (Logging.Log.DebuggingEnabled)
                {
                    BtccLog.Debug("BtccRestApiClient", "SendOnce", BtccRequestRedactor.Format(endpoint.Method.Method, endpoint.Path, parameters));
                }
                var (status, content) = await _http.SendAsync(endpoint, parameters, cancellationToken).ConfigureAwait(false);
                ReplyReceived?.Invoke(endpoint.Path, status, content);

                if (status == HttpStatusCode.TooManyRequests)
                {
                    var pause = _rateGate.ReportThrottled();
                    if (++throttles > _settings.MaxThrottleRetries)
                    {
                        throw new BtccApiException((int)status, $"still throttled after {throttles} attempts", endpoint.Path, status);
                    }
                    BtccLog.Trace("BtccRestApiClient", "SendOnce", $"{endpoint.Path}: HTTP 429, pausing requests for {pause.TotalMilliseconds:0} ms");
                    continue;
                }
                _rateGate.ReportSuccess();

                if ((int)status >= 500)
                {
                    throw new BtccAmbiguousResultException($"HTTP {(int)status}", endpoint.Path, status);
                }

                var response = BtccReplyParser.Parse<T>(endpoint, status, content);
                if (response.Code == 0)
                {
                    return response;
                }
                if (session != null && !renewed && _settings.TokenInvalidCodes.Contains(response.Code))
                {
                    renewed = true;
                    BtccLog.Trace("BtccRestApiClient", "SendOnce", $"{endpoint.Path}: token invalid (code {response.Code}), renewing the session and re-sending");
                    await RenewSessionAsync(session, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                throw new BtccApiException(response.Code, response.Msg, endpoint.Path, status) { IsRefusal = true };
            }
        }

        private static ResiliencePipeline BuildReadPipeline(BtccApiSettings settings, TimeProvider timeProvider)
        {
            if (settings.ReadRetryCount <= 0)
            {
                return ResiliencePipeline.Empty;
            }
            return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<BtccAmbiguousResultException>(),
                    MaxRetryAttempts = settings.ReadRetryCount,
                    Delay = settings.ReadRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    OnRetry = args =>
                    {
                        var error = args.Outcome.Exception as BtccApiException;
                        BtccLog.Trace("BtccRestApiClient", "Retry", $"{error?.Endpoint} failed ({error?.BtccMessage}), retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalMilliseconds:0} ms");
                        return default;
                    }
                })
                .Build();
        }

        /// <summary>A log-safe description of a failure (BTCC code and path, never a query).</summary>
        internal static string Describe(Exception error) => error switch
        {
            BtccApiException api => $"{api.Endpoint}: code {api.Code} '{api.BtccMessage}'",
            _ => error.GetType().Name + ": " + BtccRequestRedactor.RedactQuery(error.Message)
        };
    }
}
