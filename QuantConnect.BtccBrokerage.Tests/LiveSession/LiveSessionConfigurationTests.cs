/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Configuration;
using QuantConnect.Orders;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.LiveSession
{
    /// <summary>How the session reads LEAN's configuration and its own options.</summary>
    [TestFixture, NonParallelizable]
    public class LiveSessionConfigurationTests
    {
        private TemporaryDirectory _folder = null!;

        [SetUp]
        public void SetUp() => _folder = new TemporaryDirectory();

        [TearDown]
        public void TearDown()
        {
            Config.Reset();
            _folder.Dispose();
        }

        private void UseConfig(string json)
        {
            var path = Path.Combine(_folder.Path, "config.json");
            File.WriteAllText(path, json);
            Config.SetConfigurationFile(path);
        }

        private static readonly Dictionary<string, string> NoOptions = new();

        [Test]
        public void NoApiUrlMeansTheEmbeddedSimulator()
        {
            UseConfig("""{ "btcc-user-name": "me", "btcc-password": "p", "btcc-api-key": "k", "btcc-api-secret": "s" }""");

            Assert.That(LiveSessionEndpoint.UseEmbeddedSimulator(NoOptions), Is.True);
        }

        [Test]
        public void ApiUrlWithoutCredentialsMeansTheEmbeddedSimulator()
        {
            UseConfig("""{ "btcc-api-url": "https://api1.btloginc.com:9081", "btcc-user-name": "", "btcc-api-key": "" }""");

            Assert.That(LiveSessionEndpoint.UseEmbeddedSimulator(NoOptions), Is.True);
        }

        [Test]
        public void CredentialsInTheSelectedEnvironmentBlockMeanBtcc()
        {
            UseConfig("""
                {
                  "environment": "live-btcc",
                  "btcc-api-url": "https://api1.btloginc.com:9081",
                  "environments": { "live-btcc": { "btcc-user-name": "me", "btcc-password": "p", "btcc-api-key": "k", "btcc-api-secret": "s" } }
                }
                """);

            Assert.That(LiveSessionEndpoint.UseEmbeddedSimulator(NoOptions), Is.False);
        }

        [Test]
        public void CommandLineCredentialsMeanBtcc()
        {
            UseConfig("""{ "btcc-api-url": "https://api1.btloginc.com:9081" }""");

            Assert.That(LiveSessionEndpoint.UseEmbeddedSimulator(new Dictionary<string, string> { ["btcc-api-key"] = "k" }), Is.False);
        }

        [Test]
        public void ExampleConfigSelectsTheLiveBtccEnvironmentAndRunsOnTheSimulatorUntilCredentialsAreFilledIn()
        {
            Config.SetConfigurationFile(RepositoryFolder.PathOf("config.example.json"));

            Assert.That(Config.GetEnvironment(), Is.EqualTo("live-btcc"));
            Assert.That(Config.GetBool("live-mode"), Is.True);
            Assert.That(Config.Get("live-mode-brokerage"), Is.EqualTo(BtccBrokerage.BrokerageName));
            Assert.That(Config.GetValue<string[]>("data-queue-handler"), Is.EqualTo(new[] { BtccBrokerage.BrokerageName }));
            Assert.That(Config.Get("transaction-handler"), Does.EndWith("BrokerageTransactionHandler"));
            // every key the brokerage factory reads is present in the example
            Assert.That(new BtccBrokerageFactory().BrokerageData.Keys.Where(key => Config.GetToken(key) == null), Is.Empty);
            Assert.That(LiveSessionEndpoint.UseEmbeddedSimulator(NoOptions), Is.True);
        }

        [Test]
        public void OptionsDefaultToTwentySecondsOfBtcusdtAtTheMinimumVolume()
        {
            var options = LiveSessionOptions.Parse(NoOptions);

            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.Tickers, Is.EqualTo(new[] { "BTCUSDT" }));
            Assert.That(options.Quantity, Is.Null);
            Assert.That(options.Verbose, Is.False);
        }

        [Test]
        public void OptionsAreReadFromTheCommandLine()
        {
            var options = LiveSessionOptions.Parse(new Dictionary<string, string>
            {
                ["duration-s"] = "7.5", ["tickers"] = "btcusdt, ethusdt,BTCUSDT", ["quantity"] = "0.01", ["verbose"] = "true"
            });

            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(7.5)));
            Assert.That(options.Tickers, Is.EqualTo(new[] { "BTCUSDT", "ETHUSDT" }));
            Assert.That(options.Quantity, Is.EqualTo(0.01m));
            Assert.That(options.Verbose, Is.True);
        }

        [TestCase("duration-s", "0")]
        [TestCase("duration-s", "-3")]
        [TestCase("quantity", "none")]
        [TestCase("tickers", ",")]
        public void MalformedOptionsNameTheOption(string key, string value)
        {
            var error = Assert.Throws<ToolBoxConfigurationException>(() => LiveSessionOptions.Parse(new Dictionary<string, string> { [key] = value }));

            Assert.That(error!.Message, Does.Contain("--" + key));
        }

        [Test]
        public void OrderIdsAreAssignedTheWayLeansTransactionHandlerOwnsThem()
        {
            var order = new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()), 1m, DateTime.UtcNow);

            Assert.That(LeanOrderIds.Assign(order, 42).Id, Is.EqualTo(42));
        }
    }
}
