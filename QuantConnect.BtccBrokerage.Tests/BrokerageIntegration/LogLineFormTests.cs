/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>The plugin's log lines read as LEAN's do: <c>ClassName.Method(): text</c>.</summary>
    [TestFixture]
    [NonParallelizable]
    public class LogLineFormTests
    {
        [Test]
        public async Task EveryLineOfASessionReadsClassNameMethodText()
        {
            using var log = new LogCapture(debugging: true);
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            simulator.SetPrice("BTCUSDT", 60_000m);
            var orders = new TestOrderProvider();
            var fills = new ConcurrentQueue<OrderEvent>();
            using (var brokerage = new BtccBrokerage(BtccBrokerageTestBase.SettingsFor(simulator), null, orders, null, null))
            {
                brokerage.OrdersStatusChanged += (_, events) => events.Where(e => e.Status == OrderStatus.Filled).ToList().ForEach(fills.Enqueue);
                brokerage.Connect();
                var order = orders.Add(new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), 0.01m, DateTime.UtcNow));
                Assert.That(brokerage.PlaceOrder(order), Is.True);
                await Api.Integration.SimulatorHarness.WaitUntilAsync(() => !fills.IsEmpty, TimeSpan.FromSeconds(10), "the fill");
                brokerage.Disconnect();
            }

            var lines = log.Texts;
            Assert.That(lines, Has.Some.StartWith("BtccBrokerage.Connect(): connected"));
            Assert.That(lines, Has.Some.StartWith("BtccRestApiClient.SendOnce(): POST /v1/account/openposition"));
            Assert.That(lines, Has.All.Match(@"^[A-Z]\w*\.\w+\(\): \S"));
            Assert.That(lines, Has.None.StartWith("BtccBrokerage.Btcc"), "no doubled prefix");
        }
    }
}
