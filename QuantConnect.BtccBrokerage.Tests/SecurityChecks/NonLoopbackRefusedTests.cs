/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.Api;
using QuantConnect.Packets;

namespace QuantConnect.Brokerages.Btcc.Tests.SecurityChecks
{
    /// <summary>
    /// Credentials never travel in clear text: plain http:// and ws:// are refused for any host but this
    /// machine, by the settings, both clients, the factory, the brokerage and its data queue handler, before
    /// any connection is attempted. (The hosts below end in .invalid, which never resolves.)
    /// </summary>
    [TestFixture]
    public class NonLoopbackRefusedTests
    {
        private const string RemoteHttp = "http://api.btcc.invalid:9081";
        private const string RemoteWs = "ws://quotes.btcc.invalid:9082";

        [TestCase("http://localhost:9081", TestName = "Plain http to localhost is allowed")]
        [TestCase("http://127.0.0.1:9081", TestName = "Plain http to 127.0.0.1 is allowed")]
        [TestCase("http://127.8.9.10:9081", TestName = "Plain http to 127.0.0.0/8 is allowed")]
        [TestCase("http://[::1]:9081", TestName = "Plain http to ::1 is allowed")]
        [TestCase("https://api.btcc.invalid:9081", TestName = "https to a remote host is allowed")]
        public void LoopbackOrEncryptedIsAccepted(string url)
        {
            var settings = BtccApiSettingsTests.Valid();
            settings.RestUrl = url;

            Assert.That(() => settings.Validate(), Throws.Nothing);
        }

        [TestCase(RemoteHttp, null, TestName = "Plain http to a remote host is refused by the settings")]
        [TestCase(null, RemoteWs, TestName = "Plain ws to a remote host is refused by the settings")]
        [TestCase("http://192.0.2.10", null, TestName = "Plain http to a remote IP is refused by the settings")]
        [TestCase("http://[2001:db8::1]", null, TestName = "Plain http to a remote IPv6 address is refused by the settings")]
        public void SettingsRefusePlainTextToRemoteHosts(string? rest, string? ws)
        {
            var settings = BtccApiSettingsTests.Valid();
            settings.RestUrl = rest ?? settings.RestUrl;
            settings.WebSocketUrl = ws ?? settings.WebSocketUrl;

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contain("unencrypted"));
        }

        [Test]
        public void RestClientRefusesPlainHttpToARemoteHost()
        {
            var settings = BtccApiSettingsTests.Valid();
            settings.RestUrl = RemoteHttp;

            Assert.That(() => new BtccRestApiClient(settings), Throws.ArgumentException.With.Message.Contain("unencrypted http://"));
        }

        [Test]
        public void QuoteClientRefusesPlainWsToARemoteHost()
        {
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = RemoteWs;

            Assert.That(() => new BtccQuoteWebSocketClient(settings, "86000402"), Throws.ArgumentException.With.Message.Contain("unencrypted ws://"));
        }

        private static Dictionary<string, string> BrokerageData(string rest, string ws) => new()
        {
            [BtccSettingKeys.ApiUrl] = rest,
            [BtccSettingKeys.WebSocketUrl] = ws,
            [BtccSettingKeys.UserName] = "trader@example.com",
            [BtccSettingKeys.Password] = "hunter2-password",
            [BtccSettingKeys.ApiKey] = "api-key-value",
            [BtccSettingKeys.ApiSecret] = "api-secret-value",
        };

        [TestCase(RemoteHttp, "ws://127.0.0.1:1", "btcc-api-url", TestName = "Factory refuses plain http to a remote host")]
        [TestCase("http://127.0.0.1:1", RemoteWs, "btcc-websocket-url", TestName = "Factory refuses plain ws to a remote host")]
        public void FactoryRefusesPlainTextToRemoteHosts(string rest, string ws, string key)
        {
            using var factory = new BtccBrokerageFactory();

            Assert.That(() => factory.CreateBrokerage(new LiveNodePacket { BrokerageData = BrokerageData(rest, ws) }, null!),
                Throws.ArgumentException.With.Message.Contain(key).And.Message.Contain("unencrypted").And.Message.Not.Contain("hunter2-password"));
        }

        [Test]
        public void BrokerageConnectRefusesPlainHttpToARemoteHost()
        {
            var api = BtccApiSettingsTests.Valid();
            api.RestUrl = RemoteHttp;
            using var brokerage = new BtccBrokerage(new BtccBrokerageSettings { Api = api }, null, null, null, null);

            Assert.That(() => brokerage.Connect(), Throws.ArgumentException.With.Message.Contain("unencrypted http://"));
            Assert.That(brokerage.IsConnected, Is.False);
        }

        [Test]
        public void DataQueueHandlerSetJobRefusesPlainWsToARemoteHost()
        {
            using var brokerage = new BtccBrokerage();

            Assert.That(() => brokerage.SetJob(new LiveNodePacket { BrokerageData = BrokerageData("http://127.0.0.1:1", RemoteWs) }),
                Throws.InstanceOf<Exception>().With.Message.Contain("unencrypted ws://"));
        }
    }
}
