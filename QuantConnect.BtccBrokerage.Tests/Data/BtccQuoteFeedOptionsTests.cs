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
            var errors = new List<string>();
            var data = new Dictionary<string, string>
            {
                [BtccQuoteFeedOptions.SilenceTimeoutKey] = "12.5",
                [BtccQuoteFeedOptions.MaxDepthSocketsKey] = "2",
                [BtccQuoteFeedOptions.TradeDedupeWindowKey] = "30"
            };

            var options = BtccQuoteFeedOptions.From(data, errors);

            Assert.That(errors, Is.Empty);
            Assert.That(options.SilenceTimeout, Is.EqualTo(TimeSpan.FromSeconds(12.5)));
            Assert.That(options.MaxDepthSockets, Is.EqualTo(2));
            Assert.That(options.TradeDedupeWindow, Is.EqualTo(TimeSpan.FromSeconds(30)));
        }

        [Test]
        public void MissingKeysKeepTheDefaults()
        {
            var errors = new List<string>();

            var options = BtccQuoteFeedOptions.From(new Dictionary<string, string>(), errors);

            Assert.That(errors, Is.Empty);
            Assert.That(options.SilenceTimeout, Is.EqualTo(new BtccQuoteFeedOptions().SilenceTimeout));
            Assert.That(options.MaxDepthSockets, Is.EqualTo(new BtccQuoteFeedOptions().MaxDepthSockets));
        }

        [TestCase("0")]
        [TestCase("soon")]
        public void MalformedSilenceTimeoutIsReportedByKey(string value)
        {
            var errors = new List<string>();

            BtccQuoteFeedOptions.From(new Dictionary<string, string> { [BtccQuoteFeedOptions.SilenceTimeoutKey] = value }, errors);

            Assert.That(errors, Has.Count.EqualTo(1));
            Assert.That(errors[0], Does.Contain(BtccQuoteFeedOptions.SilenceTimeoutKey));
        }
    }
}
