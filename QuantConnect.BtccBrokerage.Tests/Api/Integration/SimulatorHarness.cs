/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Api.Integration
{
    /// <summary>A simulator on 127.0.0.1 and client settings pointing at it; disposed after each test.</summary>
    internal sealed class SimulatorHarness : IAsyncDisposable
    {
        private SimulatorHarness(BtccSimulator simulator)
        {
            Simulator = simulator;
            Settings = new BtccApiSettings
            {
                RestUrl = simulator.RestUrl.ToString(),
                WebSocketUrl = simulator.WebSocketUrl.ToString(),
                UserName = simulator.Options.UserName,
                Password = simulator.Options.Password,
                ApiKey = simulator.Options.ApiKey,
                ApiSecret = simulator.Options.ApiSecret,
                CompanyId = simulator.Options.CompanyId,
                RequestsPerSecond = 200,
                RequestBurst = 50,
                KlineRequestsPerSecond = 200,
                KlineRequestBurst = 50,
                ThrottleBackoff = TimeSpan.FromMilliseconds(100),
                MaxThrottleBackoff = TimeSpan.FromSeconds(1),
                ReadRetryDelay = TimeSpan.FromMilliseconds(20),
                RequestTimeout = TimeSpan.FromSeconds(5),
                ReconnectDelay = TimeSpan.FromMilliseconds(50),
                MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
                WebSocketReplyTimeout = TimeSpan.FromSeconds(5),
                WriteMatchClockTolerance = TimeSpan.FromSeconds(2)
            };
        }

        public BtccSimulator Simulator { get; }

        public BtccApiSettings Settings { get; }

        public static async Task<SimulatorHarness> StartAsync(Action<BtccSimulatorOptions>? configure = null)
        {
            var options = new BtccSimulatorOptions { PriceInterval = TimeSpan.FromMilliseconds(50) };
            configure?.Invoke(options);
            return new SimulatorHarness(await BtccSimulator.StartAsync(options));
        }

        public ValueTask DisposeAsync() => Simulator.DisposeAsync();

        /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="timeout"/>.</summary>
        public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"timed out waiting for {what}");
                }
                await Task.Delay(20);
            }
        }
    }
}
