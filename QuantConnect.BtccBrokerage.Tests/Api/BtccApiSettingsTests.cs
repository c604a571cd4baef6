/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    public class BtccApiSettingsTests
    {
        internal static BtccApiSettings Valid() => new()
        {
            UserName = "trader@example.com",
            Password = "hunter2-password",
            ApiKey = "api-key-value",
            ApiSecret = "api-secret-value"
        };

        [Test]
        public void DefaultsPointAtBtccOverTlsAndValidate()
        {
            var settings = Valid();

            Assert.That(() => settings.Validate(), Throws.Nothing);
            Assert.That(settings.RestUrl, Does.StartWith("https://"));
            Assert.That(settings.WebSocketUrl, Does.StartWith("wss://"));
            Assert.That(settings.CompanyId, Is.EqualTo(1));
            Assert.That(settings.KeepAliveInterval, Is.LessThanOrEqualTo(TimeSpan.FromSeconds(20)));
        }

        [TestCase("http://api.example.com:9081")]
        [TestCase("http://10.0.0.5:9081")]
        public void PlainHttpToARemoteHostIsRefusedNamingTheSetting(string url)
        {
            var settings = Valid();
            settings.RestUrl = url;

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contains(nameof(BtccApiSettings.RestUrl)));
        }

        [Test]
        public void PlainWebSocketToARemoteHostIsRefusedNamingTheSetting()
        {
            var settings = Valid();
            settings.WebSocketUrl = "ws://quotes.example.com:9082";

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contains(nameof(BtccApiSettings.WebSocketUrl)));
        }

        [TestCase("http://127.0.0.1:5000", "ws://127.0.0.1:5001")]
        [TestCase("http://127.4.5.6:5000", "ws://localhost:5001")]
        [TestCase("http://[::1]:5000", "ws://[::1]:5001")]
        public void PlainTransportToLoopbackIsAllowed(string rest, string webSocket)
        {
            var settings = Valid();
            settings.RestUrl = rest;
            settings.WebSocketUrl = webSocket;

            Assert.That(() => settings.Validate(), Throws.Nothing);
        }

        [Test]
        public void KeepAliveSlowerThanTwentySecondsIsRefused()
        {
            var settings = Valid();
            settings.KeepAliveInterval = TimeSpan.FromSeconds(21);

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contains(nameof(BtccApiSettings.KeepAliveInterval)));
        }

        [Test]
        public void MissingSecretIsRefused()
        {
            var settings = Valid();
            settings.ApiSecret = "";

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contains(nameof(BtccApiSettings.ApiSecret)));
        }

        [Test]
        public void ToStringShowsNoSecret()
        {
            var settings = Valid();

            var text = settings.ToString();

            Assert.That(text, Does.Not.Contain(settings.Password).And.Not.Contain(settings.ApiKey)
                .And.Not.Contain(settings.ApiSecret).And.Not.Contain(settings.UserName));
            Assert.That(text, Does.Contain(settings.RestUrl));
        }
    }
}
