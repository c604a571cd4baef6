/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// A REST endpoint that stops answering without closing the connection (a silent stall) is found by the
    /// request timeout and the poller's watchdog, reported as one Warning plus a Disconnect, and recovered
    /// (Reconnect, fills caught up) once the exchange answers again — never as an Error.
    /// </summary>
    [TestFixture]
    public class SilentStallTests
    {
        private SoakHarness _harness = null!;

        [SetUp]
        public async Task StartAsync()
        {
            _harness = await SoakHarness.StartAsync();
            _harness.Simulator.SetPrice("BTCUSDT", 60_000m);
        }

        [TearDown]
        public async Task StopAsync() => await _harness.DisposeAsync();

        [Test]
        public void HungRequestsRaiseOneWarningAndRecoverWhenTheHangClears()
        {
            var brokerage = _harness.Restart(_harness.Settings(s => new BtccBrokerageSettings
            {
                Api = WithTimeout(s.Api, TimeSpan.FromSeconds(1)),
                PollInterval = s.PollInterval,
                OrderStateTimeout = s.OrderStateTimeout,
                UnmatchedFillGrace = s.UnmatchedFillGrace,
                PollerStallTimeout = TimeSpan.FromSeconds(2),
                FillLedgerPath = s.FillLedgerPath
            }));
            var order = new LimitOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), 0.01m, 59_000m, DateTime.UtcNow);
            _harness.Orders.Add(order);
            Assert.That(brokerage.PlaceOrder(order), Is.True);

            _harness.Simulator.Faults.HangRequests = true;
            SoakHarness.WaitUntil(() => _harness.Messages.Any(m => m.Message.Type == BrokerageMessageType.Disconnect), "the watchdog's Disconnect");
            Assert.That(brokerage.IsConnected, Is.False, "a stalled poller is not connected");
            // the order fills at the exchange while its replies hang
            _harness.Simulator.SetPrice("BTCUSDT", 58_900m);

            _harness.Simulator.Faults.HangRequests = false;
            SoakHarness.WaitUntil(() => _harness.Messages.Any(m => m.Message.Type == BrokerageMessageType.Reconnect), "the Reconnect");
            SoakHarness.WaitUntil(() => _harness.OrderEvents.Any(e => e.Event.OrderId == order.Id && e.Event.Status == OrderStatus.Filled), "the fill made during the stall");
            SoakHarness.WaitUntil(() => brokerage.IsConnected, "IsConnected to turn true again");

            var seen = _harness.Messages.Select(m => m.Message).Where(m => m.Type != BrokerageMessageType.Information).ToList();
            Assert.That(seen.Select(m => (m.Type, m.Code)), Is.EqualTo(new[]
            {
                (BrokerageMessageType.Warning, "RequestStall"),
                (BrokerageMessageType.Disconnect, "Disconnect"),
                (BrokerageMessageType.Reconnect, "Reconnect")
            }), string.Join(" | ", seen.Select(m => $"{m.Type} {m.Code}: {m.Message}")));
            Assert.That(seen[0].Message, Does.StartWith("BTCC answered no order and fill poll for "));
            Assert.That(seen[1].Message, Is.EqualTo("BTCC order and fill polling is failing; retrying"));
            Assert.That(seen[2].Message, Is.EqualTo("BTCC order and fill polling works again; catching up fills"));
            Assert.That(_harness.FillsOf(order), Has.Count.EqualTo(1));
        }

        private static Btcc.Api.BtccApiSettings WithTimeout(Btcc.Api.BtccApiSettings api, TimeSpan timeout)
        {
            api.RequestTimeout = timeout;
            api.ReadRetryCount = 1;
            return api;
        }
    }
}
