/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data.Market;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>
    /// A quote socket that loses its login (dropped, or no answer) is a passing fault: a Warning and a reconnect,
    /// never an Error, which would stop a LEAN algorithm. Only a refused login is the user's to fix.
    /// </summary>
    [TestFixture]
    public class QuoteLoginFaultTests
    {
        private DataFeedHarness _h = null!;

        [TearDown]
        public async Task TearDown() => await _h.DisposeAsync();

        [TestCase(QuoteLoginFault.Drop, TestName = "QuoteSocketDroppedBeforeItsLoginReplyWarnsAndReconnects")]
        [TestCase(QuoteLoginFault.Stall, TestName = "QuoteSocketStalledBeforeItsLoginReplyWarnsAndReconnects")]
        public async Task LostQuoteLoginWarnsAndReconnects(QuoteLoginFault fault)
        {
            _h = await DataFeedHarness.StartAsync(new Btcc.Data.BtccQuoteFeedOptions { ConnectRetryDelay = TimeSpan.FromMilliseconds(100) });
            _h.Sim.Settings.WebSocketReplyTimeout = TimeSpan.FromMilliseconds(500);
            _h.Simulator.Faults.FailNextQuoteLogins(fault);

            Assert.That(_h.Subscribe(DataFeedHarness.Btc, TickType.Trade), Is.Not.Null);
            await _h.RoundTripAsync();
            _h.Simulator.SetPrice("BTCUSDT", 61_000m);
            await DataFeedHarness.WaitUntilAsync(() => _h.Aggregator.TicksOf(DataFeedHarness.Btc, TickType.Trade).Count > 0, "trades after the reconnect");

            Assert.That(_h.Simulator.Faults.Injected.Values.Sum(), Is.EqualTo(1), "the first login was lost");
            Assert.That(_h.MessagesOf(BrokerageMessageType.Error), Is.Empty);
            Assert.That(_h.MessagesOf(BrokerageMessageType.Warning).Select(m => m.Code), Does.Contain("QuoteLoginNoReply"),
                string.Join(" | ", _h.Messages.Select(m => $"{m.Type} {m.Code} {m.Message}")));
        }

        [Test]
        public async Task RefusedQuoteLoginIsAnError()
        {
            _h = await DataFeedHarness.StartAsync(new Btcc.Data.BtccQuoteFeedOptions { ConnectRetryDelay = TimeSpan.FromMilliseconds(100) });
            _h.Simulator.Faults.FailNextQuoteLogins(QuoteLoginFault.Refuse);

            _h.Subscribe(DataFeedHarness.Btc, TickType.Trade);

            await DataFeedHarness.WaitUntilAsync(() => _h.MessagesOf(BrokerageMessageType.Error).Any(m => m.Code == "QuoteLoginFailed"), "the refused login's Error");
            Assert.That(_h.MessagesOf(BrokerageMessageType.Warning).Select(m => m.Code), Does.Not.Contain("QuoteLoginNoReply"));
        }
    }
}
