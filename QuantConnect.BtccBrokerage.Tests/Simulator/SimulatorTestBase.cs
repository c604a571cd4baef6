/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>A fresh simulator (manual price stepping) and a logged-out REST client per test.</summary>
    public abstract class SimulatorTestBase
    {
        internal BtccSimulator Simulator { get; private set; } = null!;
        internal RestTestClient Client { get; private set; } = null!;

        protected virtual void Configure(BtccSimulatorOptions options)
        {
        }

        [SetUp]
        public async Task StartSimulator()
        {
            var options = new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero };
            Configure(options);
            Simulator = await BtccSimulator.StartAsync(options);
            Client = new RestTestClient(Simulator);
        }

        [TearDown]
        public async Task StopSimulator()
        {
            Client.Dispose();
            await Simulator.DisposeAsync();
        }

        internal const string Btc5x = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x";

        internal Dictionary<string, string> Account(Dictionary<string, string>? more = null)
        {
            var parameters = new Dictionary<string, string> { ["accountid"] = Client.AccountId };
            foreach (var (key, value) in more ?? new Dictionary<string, string>()) parameters[key] = value;
            return parameters;
        }

        internal static async Task WaitUntil(Func<Task<bool>> condition, TimeSpan timeout, string because)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!await condition())
            {
                if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting until {because}");
                await Task.Delay(20);
            }
        }
    }
}
