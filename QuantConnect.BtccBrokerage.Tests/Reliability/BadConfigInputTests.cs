/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Tests.Api;
using QuantConnect.Packets;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, configuration: API settings, LEAN brokerage-data keys and the factory refuse bad
    /// values with a message naming the setting or key, before anything is sent anywhere.
    /// </summary>
    [TestFixture]
    public class BadConfigInputTests
    {
        private static TestCaseData SettingsRow(string name, Action<BtccApiSettings> spoil, string fragment)
            => new TestCaseData(spoil, fragment).SetName($"API settings: {name} => ArgumentException '{fragment}'");

        public static IEnumerable<TestCaseData> SettingsRows()
        {
            yield return SettingsRow("http REST to a remote host", s => s.RestUrl = "http://api.example.com:9081", "unencrypted http:// to 'api.example.com'");
            yield return SettingsRow("ws quotes to a remote host", s => s.WebSocketUrl = "ws://10.1.2.3:9082", "unencrypted ws:// to '10.1.2.3'");
            yield return SettingsRow("http to a host that only starts like loopback", s => s.RestUrl = "http://127.0.0.1.example.com", "unencrypted http://");
            yield return SettingsRow("http to a host named like localhost", s => s.RestUrl = "http://localhost.example.com", "unencrypted http://");
            yield return SettingsRow("ftp scheme", s => s.RestUrl = "ftp://api.example.com", "must use https://");
            yield return SettingsRow("REST url without scheme", s => s.RestUrl = "api.example.com:9081/v1", "must use https://");
            yield return SettingsRow("file path as REST url", s => s.RestUrl = "/v1/user", "must use https:// (got 'file')");
            yield return SettingsRow("empty websocket url", s => s.WebSocketUrl = string.Empty, "must be an absolute wss://");
            yield return SettingsRow("empty user name", s => s.UserName = string.Empty, "UserName is required");
            yield return SettingsRow("blank password", s => s.Password = "   ", "Password is required");
            yield return SettingsRow("empty api key", s => s.ApiKey = string.Empty, "ApiKey is required");
            yield return SettingsRow("empty api secret", s => s.ApiSecret = string.Empty, "ApiSecret is required");
            yield return SettingsRow("keep-alive slower than 20 s", s => s.KeepAliveInterval = TimeSpan.FromSeconds(21), "KeepAliveInterval must be positive and at most 20 seconds");
            yield return SettingsRow("quote keep-alive slower than 20 s", s => s.QuoteKeepAliveInterval = TimeSpan.FromMinutes(1), "QuoteKeepAliveInterval must be positive and at most 15 seconds");
            yield return SettingsRow("zero keep-alive", s => s.KeepAliveInterval = TimeSpan.Zero, "KeepAliveInterval must be positive");
            yield return SettingsRow("zero request rate", s => s.RequestsPerSecond = 0, "RequestsPerSecond must be positive");
            yield return SettingsRow("NaN request rate", s => s.RequestsPerSecond = double.NaN, "RequestsPerSecond must be positive");
            yield return SettingsRow("zero kline request rate", s => s.KlineRequestsPerSecond = 0, "KlineRequestsPerSecond must be positive");
            yield return SettingsRow("zero kline request burst", s => s.KlineRequestBurst = 0, "KlineRequestBurst must be positive");
            yield return SettingsRow("negative read retries", s => s.ReadRetryCount = -1, "ReadRetryCount must not be negative");
            yield return SettingsRow("zero request timeout", s => s.RequestTimeout = TimeSpan.Zero, "RequestTimeout must be positive");
        }

        [TestCaseSource(nameof(SettingsRows))]
        public void ApiSettingsValidateRefuses(Action<BtccApiSettings> spoil, string fragment)
        {
            var settings = BtccApiSettingsTests.Valid();
            spoil(settings);

            Assert.That(() => settings.Validate(), Throws.ArgumentException.With.Message.Contain(fragment));
            Assert.That(() => new BtccRestApiClient(settings), Throws.ArgumentException.With.Message.Contain(fragment), "the REST client refuses the same settings");
        }

        private static Dictionary<string, string> ValidData() => new()
        {
            [BtccSettingKeys.ApiUrl] = "http://127.0.0.1:1",
            [BtccSettingKeys.WebSocketUrl] = "ws://127.0.0.1:1",
            [BtccSettingKeys.UserName] = "trader@example.com",
            [BtccSettingKeys.Password] = "hunter2-password",
            [BtccSettingKeys.ApiKey] = "api-key-value",
            [BtccSettingKeys.ApiSecret] = "api-secret-value",
        };

        private static TestCaseData DataRow(string name, string key, string? value, string fragment)
            => new TestCaseData(key, value, fragment).SetName($"Brokerage data: {name} => error naming '{fragment}'");

        public static IEnumerable<TestCaseData> DataRows()
        {
            yield return DataRow("missing api secret", BtccSettingKeys.ApiSecret, null, "btcc-api-secret");
            yield return DataRow("empty password", BtccSettingKeys.Password, "", "btcc-password");
            yield return DataRow("http api url to a remote host", BtccSettingKeys.ApiUrl, "http://api.example.com", "btcc-api-url");
            yield return DataRow("ws url to a remote host", BtccSettingKeys.WebSocketUrl, "ws://quotes.example.com", "btcc-websocket-url");
            yield return DataRow("poll interval not a number", BtccSettingKeys.PollInterval, "fast", "btcc-poll-interval-ms");
            yield return DataRow("negative poll interval", BtccSettingKeys.PollInterval, "-5", "btcc-poll-interval-ms");
            yield return DataRow("idle poll interval not a number", BtccSettingKeys.IdlePollInterval, "slow", "btcc-idle-poll-interval-ms");
            yield return DataRow("idle poll interval below the poll interval", BtccSettingKeys.IdlePollInterval, "100", "btcc-idle-poll-interval-ms");
            yield return DataRow("adaptive polling neither true nor false", BtccSettingKeys.AdaptivePolling, "sometimes", "btcc-adaptive-polling");
            yield return DataRow("zero request rate", BtccSettingKeys.RequestsPerSecond, "0", "btcc-requests-per-second");
            yield return DataRow("leverage not a number", BtccSettingKeys.Leverage, "banana", "btcc-leverage");
            yield return DataRow("company id not a number", BtccSettingKeys.CompanyId, "one", "btcc-company-id");
            yield return DataRow("unknown signature encoding", BtccSettingKeys.SignEncoding, "base64", "btcc-sign-encoding");
            yield return DataRow("unknown POST transport", BtccSettingKeys.PostParameters, "json", "btcc-post-parameters");
            yield return DataRow("token-invalid code not a number", BtccSettingKeys.TokenInvalidCodes, "207;expired", "btcc-token-invalid-codes");
        }

        [TestCaseSource(nameof(DataRows))]
        public void BrokerageDataErrorsNameTheKey(string key, string? value, string fragment)
        {
            var data = ValidData();
            if (value == null) data.Remove(key); else data[key] = value;
            var reader = BtccSettingsReader.Of(data);

            BtccBrokerageSettings.Read(reader);

            Assert.That(reader.Errors, Has.Some.Contain(fragment));
        }

        [TestCaseSource(nameof(DataRows))]
        public void FactoryRefusesBadBrokerageData(string key, string? value, string fragment)
        {
            var data = ValidData();
            if (value == null) data.Remove(key); else data[key] = value;
            using var factory = new BtccBrokerageFactory();

            Assert.That(() => factory.CreateBrokerage(new LiveNodePacket { BrokerageData = data }, null!),
                Throws.ArgumentException.With.Message.Contain(fragment));
        }
    }
}
