/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Configuration;
using NUnit.Framework;
using QuantConnect.Interfaces;
using QuantConnect.Orders;
using QuantConnect.Packets;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Util;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>The factory and the live start-up LEAN performs with it.</summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageFactoryTests
    {
        private static Dictionary<string, string> OfflineData() => new()
        {
            [BtccSettingKeys.ApiUrl] = "http://127.0.0.1:1",
            [BtccSettingKeys.WebSocketUrl] = "ws://127.0.0.1:1",
            [BtccSettingKeys.UserName] = "user",
            [BtccSettingKeys.Password] = "password",
            [BtccSettingKeys.ApiKey] = "key",
            [BtccSettingKeys.ApiSecret] = "secret",
            [BtccSettingKeys.PollInterval] = "500"
        };

        [Test]
        public void BrokerageDataHoldsEveryBtccKey()
        {
            using var factory = new BtccBrokerageFactory();
            Assert.That(factory.BrokerageData.Keys, Is.SupersetOf(new[]
            {
                "btcc-api-url", "btcc-websocket-url", "btcc-user-name", "btcc-password", "btcc-api-key", "btcc-api-secret",
                "btcc-company-id", "btcc-leverage", "btcc-poll-interval-ms"
            }));
            Assert.That(factory.BrokerageData["btcc-poll-interval-ms"], Is.EqualTo("500"));
            Assert.That(factory.BrokerageData["btcc-company-id"], Is.EqualTo("1"));
        }

        [Test]
        public void BrokerageDataCarriesConfiguredQuoteFeedKeysOnly()
        {
            try
            {
                Config.Set("btcc-quote-silence-timeout-s", "12");
                using var factory = new BtccBrokerageFactory();

                Assert.That(factory.BrokerageData["btcc-quote-silence-timeout-s"], Is.EqualTo("12"));
                Assert.That(factory.BrokerageData.ContainsKey("btcc-quote-max-depth-sockets"), Is.False);
            }
            finally
            {
                Config.Reset();
            }
        }

        [TestCase("btcc-user-name")]
        [TestCase("btcc-password")]
        [TestCase("btcc-api-key")]
        [TestCase("btcc-api-secret")]
        public void MissingKeyFailsNamingIt(string key)
        {
            var data = OfflineData();
            data.Remove(key);
            using var factory = new BtccBrokerageFactory();
            Assert.That(() => factory.CreateBrokerage(new LiveNodePacket { BrokerageData = data }, null!),
                Throws.ArgumentException.With.Message.Contains(key));
        }

        [TestCase("btcc-poll-interval-ms", "fast")]
        [TestCase("btcc-company-id", "one")]
        [TestCase("btcc-leverage", "lots")]
        [TestCase("btcc-api-url", "not a url")]
        [TestCase("btcc-sign-encoding", "url")]
        [TestCase("btcc-post-parameters", "body")]
        [TestCase("btcc-token-invalid-codes", "0")]
        [TestCase("btcc-idle-poll-interval-ms", "slow")]
        [TestCase("btcc-adaptive-polling", "maybe")]
        public void MalformedKeyFailsNamingIt(string key, string value)
        {
            var data = OfflineData();
            data[key] = value;
            using var factory = new BtccBrokerageFactory();
            Assert.That(() => factory.CreateBrokerage(new LiveNodePacket { BrokerageData = data }, null!),
                Throws.ArgumentException.With.Message.Contains(key));
        }

        [Test]
        public void PollingKeysAreReadWithSafeDefaults()
        {
            var defaults = BtccBrokerageSettings.Read(BtccSettingsReader.Of(OfflineData()));
            Assert.That(defaults.AdaptivePolling, Is.True);
            Assert.That(defaults.IdlePollInterval, Is.EqualTo(TimeSpan.FromSeconds(20)));

            var data = OfflineData();
            data["btcc-idle-poll-interval-ms"] = "60000";
            data["btcc-adaptive-polling"] = "false";
            var reader = BtccSettingsReader.Of(data);
            var settings = BtccBrokerageSettings.Read(reader);

            Assert.That(reader.Errors, Is.Empty);
            Assert.That(settings.IdlePollInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(settings.AdaptivePolling, Is.False);
        }

        [Test]
        public void BrokerageDataCarriesConfiguredRestChoicesOnly()
        {
            try
            {
                Config.Set("btcc-post-parameters", "form");
                using var factory = new BtccBrokerageFactory();

                Assert.That(factory.BrokerageData["btcc-post-parameters"], Is.EqualTo("form"));
                Assert.That(factory.BrokerageData.ContainsKey("btcc-sign-encoding"), Is.False);
                Assert.That(factory.BrokerageData.ContainsKey("btcc-token-invalid-codes"), Is.False);
            }
            finally
            {
                Config.Reset();
            }
        }

        [Test]
        public async Task TheFactoryAppliesTheRestChoices()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions
            {
                PriceInterval = TimeSpan.Zero, ReadsPostParametersFromForm = true, SignsRawValues = true, TokenExpiredCode = 1001
            });
            var data = SimulatorBrokerageData.For(simulator);
            data["btcc-post-parameters"] = "form";
            data["btcc-sign-encoding"] = "raw";
            data["btcc-token-invalid-codes"] = "1001";
            using var brokerage = (BtccBrokerage)new BtccBrokerageFactory().CreateBrokerage(new LiveNodePacket { BrokerageData = data }, null!);

            brokerage.Connect();
            simulator.ExpireTokens();

            Assert.That(brokerage.GetCashBalance().Single().Amount, Is.EqualTo(simulator.Snapshot().Balance));
            Assert.That(simulator.Requests.Count("/v1/user/login"), Is.EqualTo(2));
            brokerage.Disconnect();
        }

        [Test]
        public void CreatedBrokerageIsAlsoTheDataQueueHandler()
        {
            using var factory = new BtccBrokerageFactory();
            var brokerage = factory.CreateBrokerage(new LiveNodePacket { BrokerageData = OfflineData() }, null!);
            Assert.That(brokerage, Is.InstanceOf<BtccBrokerage>());
            Assert.That(Composer.Instance.GetExportedValues<IDataQueueHandler>(), Has.Member(brokerage));
            Assert.That(brokerage.IsConnected, Is.False);
        }

        [Test]
        public void BrokerageModelIsBtccs() => Assert.That(new BtccBrokerageFactory().GetBrokerageModel(null!), Is.InstanceOf<BtccBrokerageModel>());

        [Test]
        public async Task BadCredentialsRaiseAnErrorAndConnectThrows()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            var data = SimulatorBrokerageData.For(simulator);
            data[BtccSettingKeys.Password] = "wrong";
            using var brokerage = (BtccBrokerage)new BtccBrokerageFactory().CreateBrokerage(new LiveNodePacket { BrokerageData = data }, null!);
            var messages = new List<BrokerageMessageEvent>();
            brokerage.Message += (_, m) => messages.Add(m);
            Assert.That(() => brokerage.Connect(), Throws.InvalidOperationException.With.Message.Contains("refused the login"));
            Assert.That(messages, Has.Some.Matches<BrokerageMessageEvent>(m => m.Type == BrokerageMessageType.Error));
            Assert.That(brokerage.IsConnected, Is.False);
        }

        /// <summary>What LEAN's live start-up does: factory → brokerage → connect → cash, holdings, open orders → trade.</summary>
        [Test]
        public async Task LeanLiveStartUpThenTrading()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            simulator.SetPrice("BTCUSDT", 60_000m);
            simulator.OpenExternalPosition("BTCUSDT", 1, 0.05m);
            var restingId = simulator.PlaceExternalPendingOrder("BTCUSDT", 2, 1, 0.02m, 61_000m);

            var job = new LiveNodePacket { Brokerage = "BtccBrokerage", BrokerageData = SimulatorBrokerageData.For(simulator) };
            using var factory = new BtccBrokerageFactory();
            var provider = new TestOrderProvider();
            using var brokerage = new BtccBrokerage(BtccBrokerageSettings.Read(BtccSettingsReader.Of(job.BrokerageData)), null, provider, null, job);
            var events = new System.Collections.Concurrent.ConcurrentQueue<OrderEvent>();
            brokerage.OrdersStatusChanged += (_, e) => e.ForEach(events.Enqueue);

            // the same brokerage built by the factory, as LEAN does
            using var fromFactory = (BtccBrokerage)factory.CreateBrokerage(job, null!);
            fromFactory.Connect();
            Assert.That(fromFactory.IsConnected, Is.True);
            Assert.That(fromFactory.GetCashBalance().Single().Amount, Is.EqualTo(simulator.Snapshot().Balance));
            fromFactory.Disconnect();

            brokerage.Connect();
            var cash = brokerage.GetCashBalance();
            var holdings = brokerage.GetAccountHoldings();
            var open = brokerage.GetOpenOrders();
            Assert.That(cash.Single().Currency, Is.EqualTo("USDT"));
            Assert.That(holdings.Single().Quantity, Is.EqualTo(0.05m));
            // LEAN stores the loaded orders under its own ids
            var loaded = provider.Add((LimitOrder)open.Single());
            loaded.Status = OrderStatus.Submitted;
            Assert.That(loaded.BrokerId.Single(), Is.EqualTo(restingId.ToString()));

            var buy = provider.Add(new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), 0.01m, DateTime.UtcNow));
            Assert.That(brokerage.PlaceOrder(buy), Is.True);
            Wait(() => events.Any(e => e.OrderId == buy.Id && e.Status == OrderStatus.Filled), "the market order to fill");

            // the order loaded at start fills later and is reported under LEAN's id
            simulator.SetPrice("BTCUSDT", 61_500m);
            Wait(() => events.Any(e => e.OrderId == loaded.Id && e.Status == OrderStatus.Filled), "the loaded order to fill");
            Assert.That(events.Where(e => e.OrderId == loaded.Id && e.Status.IsFill()).Sum(e => e.FillQuantity), Is.EqualTo(-0.02m));
            Assert.That(brokerage.GetAccountHoldings().Single().Quantity, Is.EqualTo(0.04m));
        }

        private static void Wait(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!condition())
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"timed out waiting for {what}");
                Thread.Sleep(20);
            }
        }
    }
}
