/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests
{
    /// <summary>btccbrokerage.json speaks the vocabulary of QuantConnect's official plugins' metadata (bybit.json, binance.json).</summary>
    [TestFixture]
    public class BrokerageMetadataTests
    {
        private static JObject Metadata()
        {
            return JObject.Parse(File.ReadAllText(RepositoryFolder.PathOf("btccbrokerage.json")));
        }

        [Test]
        public void FieldsAreThoseOfTheOfficialPlugins()
        {
            Assert.That(Metadata().Properties().Select(p => p.Name), Is.EqualTo(new[]
            {
                "name", "logo-url", "min-deposit", "description", "platforms-features", "order-types", "assets",
                "brokerage-url", "documentation", "module-specification"
            }));
        }

        [Test]
        public void EveryFeatureHasOneFlagPerOfficialPlatform()
        {
            var features = (JObject)Metadata()["platforms-features"]![0]!;

            Assert.That(features["Platforms"]!.ToObject<string[]>(), Is.EqualTo(new[] { "Cloud Platform", "Local Platform", "LEAN CLI" }));
            Assert.That(features.Properties().Select(p => p.Name),
                Is.EqualTo(new[] { "Platforms", "Download Data", "Backtesting", "Optimization", "Live Trading" }));
            Assert.That(features.Properties().Skip(1).Select(p => ((JArray)p.Value).Count), Has.All.EqualTo(3));
        }

        [Test]
        public void DownloadSpecificationIsWhatBtccBrokerageDownloaderServes()
        {
            var download = Metadata()["module-specification"]!["download"]!;

            Assert.That(download["data-types"]!.ToObject<string[]>(), Is.EqualTo(new[] { "Trade" }));
            Assert.That(download["resolutions"]!.ToObject<string[]>(), Is.EqualTo(new[] { "Minute", "Hour", "Daily" }));
            Assert.That(download["security-types"]!.ToObject<string[]>(), Is.EqualTo(new[] { "CryptoFuture" }));
            Assert.That(download["markets"]!.ToObject<string[]>()!.Select(m => m.ToLowerInvariant()), Is.EqualTo(new[] { BtccMarket.Name }));
        }
    }
}
