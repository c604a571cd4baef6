/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Packets;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// BTCC's login refusals for the key itself (207 out of date, 209 no trade permission) reach the user as one
    /// Error saying what to fix, at connect and when a running session's renewal is refused.
    /// </summary>
    [TestFixture]
    public class BtccBrokerageLoginRefusalTests
    {
        private static BtccBrokerage Create(BtccSimulator simulator, List<BrokerageMessageEvent> messages)
        {
            var brokerage = (BtccBrokerage)new BtccBrokerageFactory().CreateBrokerage(new LiveNodePacket { BrokerageData = SimulatorBrokerageData.For(simulator) }, null!);
            brokerage.Message += (_, m) =>
            {
                lock (messages) messages.Add(m);
            };
            return brokerage;
        }

        private static void Refuse(BtccSimulatorFaults faults, int code)
        {
            faults.ApiKeyOutOfDate = code == SimulatorErrorCodes.ApiKeyOutOfDate;
            faults.ApiKeyNotTradeAuthorised = code == SimulatorErrorCodes.ApiKeyNotTradeAuthorised;
        }

        [TestCase(207, "the API key is out of date")]
        [TestCase(209, "the API key may not trade")]
        public async Task AKeyRefusedAtConnectIsOneErrorSayingWhatToFix(int code, string fix)
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            Refuse(simulator.Faults, code);
            var messages = new List<BrokerageMessageEvent>();
            using var brokerage = Create(simulator, messages);

            Assert.That(() => brokerage.Connect(), Throws.InvalidOperationException.With.Message.Contains(fix));

            var error = messages.Single(m => m.Type == BrokerageMessageType.Error);
            Assert.That(error.Code, Is.EqualTo(code.ToString()));
            Assert.That(error.Message, Does.Contain(fix).And.Contain("btcc-api-key").And.Contain("btcc-api-secret"));
            Assert.That(brokerage.IsConnected, Is.False);
        }

        [Test]
        public async Task ARunningSessionWhoseRenewalIsRefusedReportsOneError()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            var messages = new List<BrokerageMessageEvent>();
            using var brokerage = Create(simulator, messages);
            brokerage.Connect();

            Refuse(simulator.Faults, SimulatorErrorCodes.ApiKeyNotTradeAuthorised);
            simulator.ExpireTokens();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (simulator.Requests.Count("/v1/user/login") < 6 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            BrokerageMessageEvent[] errors;
            lock (messages) errors = messages.Where(m => m.Type == BrokerageMessageType.Error).ToArray();
            Assert.That(simulator.Requests.Count("/v1/user/login"), Is.GreaterThanOrEqualTo(6), "the poller kept renewing");
            Assert.That(errors, Has.Length.EqualTo(1));
            Assert.That(errors[0].Code, Is.EqualTo("209"));
            Assert.That(errors[0].Message, Does.Contain("futures-trade permission").And.Contain("at most 5 IP addresses"));
            brokerage.Disconnect();
        }
    }
}
