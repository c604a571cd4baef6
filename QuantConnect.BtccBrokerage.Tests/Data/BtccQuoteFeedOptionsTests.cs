/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Data;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>The quote feed's btcc-quote-* keys.</summary>
    [TestFixture]
    public class BtccQuoteFeedOptionsTests
    {
        [Test]
        public void BrokerageDataSetsTheKnobs()
        {
            var data = new Dictionary<string, string>
            {
                [BtccSettingKeys.QuoteSilenceTimeout] = "12.5",
                [BtccSettingKeys.QuoteMaxDepthSockets] = "2",
                [BtccSettingKeys.QuoteTradeDedupeWindow] = "30"
            };

            var reader = BtccSettingsReader.Of(data);
            var options = BtccQuoteFeedOptions.Read(reader);

            Assert.That(reader.Errors, Is.Empty);
            Assert.That(options.SilenceTimeout, Is.EqualTo(TimeSpan.FromSeconds(12.5)));
            Assert.That(options.MaxDepthSockets, Is.EqualTo(2));
            Assert.That(options.TradeDedupeWindow, Is.EqualTo(TimeSpan.FromSeconds(30)));
        }

        [Test]
        public void MissingKeysKeepTheDefaults()
        {

            var reader = BtccSettingsReader.Of(new Dictionary<string, string>());
            var options = BtccQuoteFeedOptions.Read(reader);

            Assert.That(reader.Errors, Is.Empty);
            Assert.That(options.SilenceTimeout, Is.EqualTo(new BtccQuoteFeedOptions().SilenceTimeout));
            Assert.That(options.MaxDepthSockets, Is.EqualTo(new BtccQuoteFeedOptions().MaxDepthSockets));
        }

        [TestCase("0")]
        [TestCase("soon")]
        public void MalformedSilenceTimeoutIsReportedByKey(string value)
        {

            var reader = BtccSettingsReader.Of(new Dictionary<string, string> { [BtccSettingKeys.QuoteSilenceTimeout] = value });

            BtccQuoteFeedOptions.Read(reader);

            Assert.That(reader.Errors, Has.Count.EqualTo(1));
            Assert.That(reader.Errors[0], Does.Contain(BtccSettingKeys.QuoteSilenceTimeout));
        }
    }
}
