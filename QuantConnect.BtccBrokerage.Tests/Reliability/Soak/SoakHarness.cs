using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration;
using QuantConnect.Brokerages.Btcc.ToolBox.Simulator;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// One simulator, one LEAN order store and a fill-ledger folder shared by successive brokerage instances
    /// (a restart = dispose one, create the next), with every order event and message of every instance kept.
    /// </summary>
    internal sealed class SoakHarness : IAsyncDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

        private readonly string _folder;
        private readonly List<BtccBrokerage> _instances = new();

        private SoakHarness(BtccSimulator simulator, string folder)
        {
            Simulator = simulator;
            _folder = folder;
        }

        public BtccSimulator Simulator { get; }
        public TestOrderProvider Orders { get; } = new();
        public ConcurrentQueue<(int Instance, OrderEvent Event)> OrderEvents { get; } = new();
        public ConcurrentQueue<(int Instance, BrokerageMessageEvent Message)> Messages { get; } = new();
        public BtccBrokerage Brokerage => _instances[^1];
        public int Instance => _instances.Count;

        /// <summary>The ledger path given to every instance ({accountId} placeholder included).</summary>
        public string LedgerPath => Path.Combine(_folder, "btcc-fill-ledger-{accountId}.json");

        public static async Task<SoakHarness> StartAsync(Action<BtccSimulatorOptions>? configure = null)
        {
            var options = new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero };
            configure?.Invoke(options);
            var simulator = await BtccSimulator.StartAsync(options);
            var folder = Path.Combine(Path.GetTempPath(), "btcc-soak-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new SoakHarness(simulator, folder);
        }

        /// <summary>Settings of every instance: the test base's fast polling plus the shared ledger path.</summary>
        public BtccBrokerageSettings Settings(Func<BtccBrokerageSettings, BtccBrokerageSettings>? adjust = null)
        {
            var basic = BtccBrokerageTestBase.SettingsFor(Simulator);
            var settings = new BtccBrokerageSettings
            {
                Api = basic.Api,
                PollInterval = basic.PollInterval,
                OrderStateTimeout = basic.OrderStateTimeout,
                UnmatchedFillGrace = basic.UnmatchedFillGrace,
                PollerStallTimeout = TimeSpan.FromSeconds(5),
                FillLedgerPath = LedgerPath
            };
            return adjust?.Invoke(settings) ?? settings;
        }

        /// <summary>Disposes the current instance (if any), then creates and connects the next one.</summary>
        public BtccBrokerage Restart(BtccBrokerageSettings? settings = null, QuantConnect.Data.IDataAggregator? aggregator = null)
        {
            if (_instances.Count > 0)
            {
                Brokerage.Dispose();
            }
            var brokerage = new BtccBrokerage(settings ?? Settings(), null, Orders, aggregator, null);
            var instance = _instances.Count + 1;
            brokerage.OrdersStatusChanged += (_, events) => events.ForEach(e => OrderEvents.Enqueue((instance, e)));
            brokerage.Message += (_, message) => Messages.Enqueue((instance, message));
            _instances.Add(brokerage);
            brokerage.Connect();
            Assert.That(brokerage.IsConnected, Is.True, $"instance {instance} connected");
            return brokerage;
        }

        /// <summary>Fill events of <paramref name="order"/> from every instance.</summary>
        public List<(int Instance, OrderEvent Event)> FillsOf(Order order)
            => OrderEvents.Where(e => e.Event.OrderId == order.Id && e.Event.Status.IsFill()).ToList();

        /// <summary>Waits for a condition, failing after <see cref="Timeout"/>.</summary>
        public static void WaitUntil(Func<bool> condition, string what, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? Timeout);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"Timed out waiting for {what}");
                }
                Thread.Sleep(20);
            }
        }

        /// <summary>Waits for a condition; false when <paramref name="timeout"/> passed first.</summary>
        public static bool TryWaitUntil(Func<bool> condition, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    return false;
                }
                Thread.Sleep(20);
            }
            return true;
        }

        /// <summary>Waits until the current instance completed <paramref name="polls"/> more full polls (orderList reads).</summary>
        public void WaitForPolls(int polls)
        {
            var target = Simulator.Requests.Count("/v1/account/orderList") + polls;
            WaitUntil(() => Simulator.Requests.Count("/v1/account/orderList") >= target, $"{polls} more polls");
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var brokerage in _instances)
            {
                brokerage.Dispose();
            }
            await Simulator.DisposeAsync();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
