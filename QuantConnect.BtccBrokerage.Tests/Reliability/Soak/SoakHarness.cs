/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// One simulator and a fill-ledger folder shared by successive brokerage instances (a restart = dispose one,
    /// create the next), with every order event and message of every instance kept. A restart keeps LEAN's order
    /// store (<see cref="Restart"/>) or, as LEAN does, starts a new one holding the open orders the brokerage
    /// reports, under new ids (<see cref="RestartLikeLean"/>).
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

        /// <summary>The order store of the current instance.</summary>
        public TestOrderProvider Orders { get; private set; } = new();
        public ConcurrentQueue<(int Instance, OrderEvent Event)> OrderEvents { get; } = new();
        public ConcurrentQueue<(int Instance, BrokerageMessageEvent Message)> Messages { get; } = new();
        public BtccBrokerage Brokerage => _instances[^1];
        public int Instance => _instances.Count;

        /// <summary>What each instance started from: its order store, session and the state LEAN loaded at its start.</summary>
        public List<SoakStart> Starts { get; } = new();

        /// <summary>The simulator's latest deal id when each instance but the current one was stopped by a LEAN-style restart.</summary>
        public List<long> Ends { get; } = new();

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
                IdlePollInterval = basic.IdlePollInterval,
                OrderStateTimeout = basic.OrderStateTimeout,
                UnmatchedFillGrace = basic.UnmatchedFillGrace,
                PollerStallTimeout = TimeSpan.FromSeconds(5),
                UnconfirmedWriteTimeout = basic.UnconfirmedWriteTimeout,
                FillLedgerPath = LedgerPath
            };
            return adjust?.Invoke(settings) ?? settings;
        }

        /// <summary>Disposes the current instance (if any), then creates and connects the next one on the same order store.</summary>
        public BtccBrokerage Restart(BtccBrokerageSettings? settings = null, QuantConnect.Data.IDataAggregator? aggregator = null)
        {
            var brokerage = Start(settings, aggregator, Orders);
            Starts.Add(new SoakStart(Instance, Orders, brokerage.SessionSeconds, LatestDealId(), new Dictionary<string, decimal>(), Simulator.Snapshot().Balance));
            return brokerage;
        }

        /// <summary>
        /// A restart the way LEAN does one: the current instance is disposed (its ledger file deleted unless
        /// <paramref name="keepLedger"/>), the next one connects, then LEAN reads the cash, re-creates the open orders
        /// <see cref="BtccBrokerage.GetOpenOrders"/> reports in a new order store under new ids, and loads the holdings.
        /// </summary>
        /// <param name="settings">The next instance's settings.</param>
        /// <param name="aggregator">Its data aggregator.</param>
        /// <param name="keepLedger">Whether its ledger file survives the restart.</param>
        /// <param name="whileDown">What happens at the exchange while no instance runs.</param>
        public BtccBrokerage RestartLikeLean(BtccBrokerageSettings settings, QuantConnect.Data.IDataAggregator? aggregator, bool keepLedger, Action? whileDown = null)
        {
            Brokerage.Dispose();
            Ends.Add(LatestDealId());
            whileDown?.Invoke();
            if (!keepLedger)
            {
                foreach (var file in Directory.GetFiles(_folder))
                {
                    File.Delete(file);
                }
            }
            Orders = new TestOrderProvider();
            var brokerage = Start(settings, aggregator, Orders);
            var cash = brokerage.GetCashBalance().Single().Amount;
            foreach (var open in brokerage.GetOpenOrders())
            {
                Orders.Add(open);
                open.Status = QuantConnect.Orders.OrderStatus.Submitted;
            }
            var holdings = brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol.Value, h => h.Quantity);
            Starts.Add(new SoakStart(Instance, Orders, brokerage.SessionSeconds, LatestDealId(), holdings, cash));
            return brokerage;
        }

        private BtccBrokerage Start(BtccBrokerageSettings? settings, QuantConnect.Data.IDataAggregator? aggregator, TestOrderProvider orders)
        {
            if (_instances.Count > 0)
            {
                Brokerage.Dispose();
            }
            var brokerage = new BtccBrokerage(settings ?? Settings(), null, orders, aggregator, null);
            var instance = _instances.Count + 1;
            brokerage.OrdersStatusChanged += (_, events) => events.ForEach(e => OrderEvents.Enqueue((instance, e)));
            brokerage.Message += (_, message) => Messages.Enqueue((instance, message));
            _instances.Add(brokerage);
            brokerage.Connect();
            Assert.That(brokerage.IsConnected, Is.True, $"instance {instance} connected");
            return brokerage;
        }

        private long LatestDealId() => Simulator.Snapshot().Deals.Select(d => d.Id).DefaultIfEmpty(0).Max();

        /// <summary>Fill events of <paramref name="order"/> from every instance sharing its order store.</summary>
        public List<(int Instance, OrderEvent Event)> FillsOf(Order order)
            => OrderEvents.Where(e => e.Event.OrderId == order.Id && e.Event.Status.IsFill() && StoreOf(e.Instance) == StoreOf(order)).ToList();

        private TestOrderProvider? StoreOf(int instance) => Starts.LastOrDefault(s => s.Instance <= instance)?.Orders;

        private TestOrderProvider? StoreOf(Order order) => Starts.Select(s => s.Orders).FirstOrDefault(o => ReferenceEquals(o.GetOrderById(order.Id), order));

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

        /// <summary>
        /// Waits until the current instance completed <paramref name="polls"/> more polls, or one more with its poller idle
        /// (nothing works: the next polls would only be the idle interval's reads).
        /// </summary>
        public void WaitForPolls(int polls)
        {
            var start = Brokerage.FillPolls;
            WaitUntil(() => Brokerage.FillPolls >= start + polls || Brokerage.FillPolls > start && Brokerage.IsFillPollerIdle, $"{polls} more polls");
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

    /// <summary>How one brokerage instance started.</summary>
    /// <param name="Instance">Its number (1, 2, ...).</param>
    /// <param name="Orders">The LEAN order store it reports to.</param>
    /// <param name="SessionSeconds">Its session (part of every refid it sends).</param>
    /// <param name="DealWatermark">The simulator's latest deal id when LEAN had loaded its state: later deals are news to it.</param>
    /// <param name="Holdings">The holdings LEAN loaded at its start (none when the store carried over).</param>
    /// <param name="Cash">The cash LEAN loaded at its start.</param>
    internal sealed record SoakStart(int Instance, TestOrderProvider Orders, long SessionSeconds, long DealWatermark, Dictionary<string, decimal> Holdings, decimal Cash);
}
