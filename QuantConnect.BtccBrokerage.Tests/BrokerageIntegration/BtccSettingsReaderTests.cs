/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Configuration;
using QuantConnect.Packets;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// One reader of the <c>btcc-*</c> settings: LEAN's job data and LEAN's Config read alike, every problem is
    /// reported at once naming its key, a secret's value never appears, and what the factory hands LEAN comes back.
    /// </summary>
    [TestFixture]
    public class BtccSettingsReaderTests
    {
        private static readonly Dictionary<string, string> Valid = new()
        {
            [BtccSettingKeys.ApiUrl] = "http://127.0.0.1:1",
            [BtccSettingKeys.WebSocketUrl] = "ws://127.0.0.1:2",
            [BtccSettingKeys.UserName] = "trader@example.com",
            [BtccSettingKeys.Password] = "hunter2-password",
            [BtccSettingKeys.ApiKey] = "api-key-value",
            [BtccSettingKeys.ApiSecret] = "api-secret-value",
            [BtccSettingKeys.PollInterval] = "250",
            [BtccSettingKeys.Leverage] = "20;ETHUSDT:50",
            [BtccSettingKeys.TokenInvalidCodes] = "207;1001",
            [BtccSettingKeys.QuoteMaxDepthSockets] = "2"
        };

        [TearDown]
        public void TearDown() => Config.Reset();

        [Test]
        public void JobDataAndLeanConfigGiveTheSameSettings()
        {
            foreach (var (key, value) in Valid)
            {
                Config.Set(key, value);
            }

            var fromJob = BtccBrokerageSettings.Read(BtccSettingsReader.Of(Valid));
            var fromConfig = BtccBrokerageSettings.Read(BtccSettingsReader.OfConfig());

            Assert.That(Describe(fromConfig), Is.EqualTo(Describe(fromJob)));
            Assert.That(fromJob.PollInterval, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(fromJob.Leverage.For("ETHUSDT"), Is.EqualTo(50m));
            Assert.That(fromJob.Quotes.MaxDepthSockets, Is.EqualTo(2));
        }

        [Test]
        public void EveryProblemIsReportedAtOnceNamingItsKey()
        {
            var data = new Dictionary<string, string>(Valid) { [BtccSettingKeys.PollInterval] = "fast", [BtccSettingKeys.QuoteSilenceTimeout] = "0" };
            data.Remove(BtccSettingKeys.UserName);
            var reader = BtccSettingsReader.Of(data);

            BtccBrokerageSettings.Read(reader);

            Assert.That(() => reader.ThrowIfInvalid("reader"), Throws.ArgumentException
                .With.Message.Contain($"missing setting '{BtccSettingKeys.UserName}'")
                .And.Message.Contain($"invalid setting '{BtccSettingKeys.PollInterval}' (value 'fast')")
                .And.Message.Contain($"invalid setting '{BtccSettingKeys.QuoteSilenceTimeout}' (value '0')"));
        }

        [TestCase(BtccSettingKeys.Password)]
        [TestCase(BtccSettingKeys.ApiKey)]
        [TestCase(BtccSettingKeys.ApiSecret)]
        public void ASecretsValueIsNeverShownInAnError(string key)
        {
            var reader = BtccSettingsReader.Of(Valid);

            reader.Invalid(key, "refused", Valid[key]);

            Assert.That(reader.Errors.Single(), Does.Contain(key).And.Not.Contain(Valid[key]));
        }

        [Test]
        public void AbsentFillLedgerKeyMeansTheDefaultFileAndAnEmptyOneMeansNone()
        {
            var data = new Dictionary<string, string>(Valid);
            Assert.That(BtccBrokerageSettings.Read(BtccSettingsReader.Of(data)).FillLedgerPath, Is.EqualTo(BtccBrokerageSettings.DefaultFillLedgerPath));

            data[BtccSettingKeys.FillLedgerPath] = "";
            Assert.That(BtccBrokerageSettings.Read(BtccSettingsReader.Of(data)).FillLedgerPath, Is.Null);
        }

        [Test]
        public void QuoteKeysTheFactoryHandsLeanReachTheBrokerage()
        {
            foreach (var (key, value) in Valid)
            {
                Config.Set(key, value);
            }
            Config.Set(BtccSettingKeys.QuoteSilenceTimeout, "12");
            using var factory = new BtccBrokerageFactory();
            var job = new LiveNodePacket { BrokerageData = factory.BrokerageData };

            using var brokerage = (BtccBrokerage)factory.CreateBrokerage(job, null!);

            Assert.That(job.BrokerageData, Does.ContainKey(BtccSettingKeys.QuoteSilenceTimeout));
            Assert.That(brokerage.Settings!.Quotes.SilenceTimeout, Is.EqualTo(TimeSpan.FromSeconds(12)));
            Assert.That(brokerage.Settings.Quotes.MaxDepthSockets, Is.EqualTo(2));
        }

        private static string Describe(BtccBrokerageSettings s)
            => string.Join("|", s.Api.RestUrl, s.Api.WebSocketUrl, s.Api.UserName, s.Api.CompanyId, s.Api.SignEncoding, s.Api.PostParameters,
                string.Join(",", s.Api.TokenInvalidCodes.Order()), s.Leverage, s.PollInterval, s.FillLedgerPath, s.Quotes.SilenceTimeout, s.Quotes.MaxDepthSockets,
                s.Quotes.TradeDedupeWindow);
    }
}
