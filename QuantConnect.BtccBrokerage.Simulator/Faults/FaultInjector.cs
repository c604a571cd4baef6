/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Http;

namespace QuantConnect.Brokerages.Btcc.Simulator.Faults
{
    /// <summary>
    /// REST middleware that records each request and then applies the transport faults in the order a real
    /// outage would show them: hang, latency (half of the round trip before the endpoint, half before the reply), rate
    /// limit (429), server error (500/502/503) before the endpoint runs; and, for writes, a reply lost after the endpoint
    /// ran (500 or no answer at all).
    /// </summary>
    internal sealed class FaultInjector
    {
        private static readonly int[] ServerErrors = [500, 502, 503];
        private static readonly HashSet<string> WritePaths = new(StringComparer.OrdinalIgnoreCase)
        {
            "/v1/account/openposition", "/v1/account/closeposition", "/v1/account/updateposition",
            "/v1/account/openpending", "/v1/account/updatepending", "/v1/account/cancelpending"
        };

        private readonly BtccSimulatorFaults _faults;
        private readonly SimulatorRequestLog _log;
        private readonly Action _beforeEndpoint;
        private readonly CancellationToken _stopping;
        private readonly Random _dice;
        private readonly object _windowGate = new();
        private long _windowSecond;
        private int _windowCount;
        private double _tokens = double.NaN;
        private long _tokensAtTicks;

        /// <summary>Creates the injector.</summary>
        /// <param name="faults">The knobs.</param>
        /// <param name="log">Counts every request.</param>
        /// <param name="beforeEndpoint">Runs before every endpoint (the exchange's clock: settlement during trading).</param>
        /// <param name="seed">Seed of the fault dice.</param>
        /// <param name="stopping">Ends hanging requests when the simulator stops.</param>
        public FaultInjector(BtccSimulatorFaults faults, SimulatorRequestLog log, Action beforeEndpoint, int seed, CancellationToken stopping)
        {
            _faults = faults;
            _log = log;
            _beforeEndpoint = beforeEndpoint;
            _stopping = stopping;
            _dice = new Random(seed);
        }

        /// <summary>The middleware body.</summary>
        public async Task InvokeAsync(HttpContext http, RequestDelegate next)
        {
            var path = http.Request.Path.Value ?? "/";
            _log.Record(path);
            using var abort = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping);
            try
            {
                while (_faults.HangRequests)
                {
                    await Task.Delay(20, abort.Token);
                }
                var latency = _faults.Latency;
                if (latency > TimeSpan.Zero)
                {
                    // the request's half of the round trip; the reply's half is added when it starts
                    var there = latency / 2;
                    var back = latency - there;
                    await Task.Delay(there, abort.Token);
                    http.Response.OnStarting(() => Task.Delay(back));
                }
            }
            catch (OperationCanceledException)
            {
                http.Abort();
                return;
            }
            if (OverBudget())
            {
                _log.RecordThrottled();
                _faults.Count("429");
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return;
            }
            var scripted = _faults.TryTakeScripted(path, out var fault) ? fault : (RequestFault?)null;
            if (scripted == RequestFault.ServerErrorBeforeApplying || scripted == null && Drawn(_faults.ServerErrorRate))
            {
                _faults.Count("5xx");
                http.Response.StatusCode = ServerError();
                return;
            }
            _beforeEndpoint();
            var write = WritePaths.Contains(path);
            scripted ??= !write ? null
                : Drawn(_faults.AppliedThenServerErrorRate) ? RequestFault.ServerErrorAfterApplying
                : Drawn(_faults.AppliedThenHangRate) ? RequestFault.HangAfterApplying
                : null;
            if (scripted == null)
            {
                await next(http);
                return;
            }
            await LoseReplyAsync(http, next, scripted.Value, abort.Token);
        }

        /// <summary>Runs the endpoint into a buffer that is thrown away, then answers 500 or not at all.</summary>
        private async Task LoseReplyAsync(HttpContext http, RequestDelegate next, RequestFault fault, CancellationToken abort)
        {
            var body = http.Response.Body;
            http.Response.Body = new MemoryStream();
            try
            {
                await next(http);
            }
            finally
            {
                http.Response.Body = body;
            }
            if (fault == RequestFault.ServerErrorAfterApplying)
            {
                _faults.Count("applied then 5xx");
                http.Response.Clear();
                http.Response.StatusCode = ServerError();
                return;
            }
            _faults.Count("applied then timeout");
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, abort);
            }
            catch (OperationCanceledException)
            {
            }
            http.Abort();
        }

        private bool OverBudget()
        {
            var budget = _faults.RequestBudgetPerSecond;
            if (budget <= 0) return false;
            var burst = _faults.RequestBudgetBurst;
            if (burst > 0) return OverBucket(budget, burst);
            var second = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            lock (_windowGate)
            {
                if (second != _windowSecond)
                {
                    _windowSecond = second;
                    _windowCount = 0;
                }
                return ++_windowCount > budget;
            }
        }

        /// <summary>A token bucket of <paramref name="burst"/> refilled at <paramref name="rate"/> a second: over budget when empty.</summary>
        private bool OverBucket(int rate, int burst)
        {
            var now = DateTimeOffset.UtcNow.UtcTicks;
            lock (_windowGate)
            {
                _tokens = double.IsNaN(_tokens) ? burst : Math.Min(burst, _tokens + (now - _tokensAtTicks) / (double)TimeSpan.TicksPerSecond * rate);
                _tokensAtTicks = now;
                if (_tokens < 1) return true;
                _tokens -= 1;
                return false;
            }
        }

        private bool Drawn(double rate)
        {
            if (rate <= 0) return false;
            lock (_dice) return _dice.NextDouble() < rate;
        }

        private int ServerError()
        {
            lock (_dice) return ServerErrors[_dice.Next(ServerErrors.Length)];
        }
    }
}
