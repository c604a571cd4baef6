using Microsoft.AspNetCore.Http;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator.Faults
{
    /// <summary>
    /// REST middleware that records each request and then applies the transport faults in the order a real
    /// outage would show them: hang, latency, rate limit (429), server error (500/502/503).
    /// </summary>
    internal sealed class FaultInjector
    {
        private static readonly int[] ServerErrors = [500, 502, 503];
        private readonly BtccSimulatorFaults _faults;
        private readonly SimulatorRequestLog _log;
        private readonly CancellationToken _stopping;
        private readonly Random _dice;
        private readonly object _windowGate = new();
        private long _windowSecond;
        private int _windowCount;

        /// <summary>Creates the injector.</summary>
        public FaultInjector(BtccSimulatorFaults faults, SimulatorRequestLog log, int seed, CancellationToken stopping)
        {
            _faults = faults;
            _log = log;
            _stopping = stopping;
            _dice = new Random(seed);
        }

        /// <summary>The middleware body.</summary>
        public async Task InvokeAsync(HttpContext http, RequestDelegate next)
        {
            _log.Record(http.Request.Path.Value ?? "/");
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
                    await Task.Delay(latency, abort.Token);
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
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return;
            }
            if (ServerErrorDrawn(out var status))
            {
                http.Response.StatusCode = status;
                return;
            }
            await next(http);
        }

        private bool OverBudget()
        {
            var budget = _faults.RequestBudgetPerSecond;
            if (budget <= 0) return false;
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

        private bool ServerErrorDrawn(out int status)
        {
            var rate = _faults.ServerErrorRate;
            status = 0;
            if (rate <= 0) return false;
            lock (_dice)
            {
                if (_dice.NextDouble() >= rate) return false;
                status = ServerErrors[_dice.Next(ServerErrors.Length)];
                return true;
            }
        }
    }
}
