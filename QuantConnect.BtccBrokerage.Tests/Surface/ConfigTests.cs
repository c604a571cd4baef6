/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    [NonParallelizable]
    public class ConfigTests
    {
        private string _directory = null!;

        [SetUp]
        public void SetUp()
        {
            _directory = Path.Combine(Path.GetTempPath(), "surface-config-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
        }

        [TearDown]
        public void TearDown()
        {
            Config.SetConfigurationFile("config.json");
            Config.Reset();
            Directory.Delete(_directory, true);
        }

        [Test]
        public void TheSelectedEnvironmentBlockOverridesTopLevelKeys()
        {
            UseConfig(@"{
                ""environment"": ""live-btcc"",
                ""btcc-api-url"": ""https://top-level"",
                ""btcc-user-name"": ""top-user"",
                ""environments"": {
                    ""live-btcc"": { ""btcc-api-url"": ""http://127.0.0.1:5000"" },
                    ""other"": { ""btcc-user-name"": ""other-user"" }
                }
            }");

            Assert.That(Config.Get("btcc-api-url"), Is.EqualTo("http://127.0.0.1:5000"));
            Assert.That(Config.Get("btcc-user-name"), Is.EqualTo("top-user"));
        }

        [Test]
        public void SetWithAnEnvironmentPrefixWritesIntoThatEnvironmentsBlock()
        {
            UseConfig(@"{
                ""environment"": ""live-btcc"",
                ""environments"": { ""live-btcc"": { ""btcc-api-url"": ""http://127.0.0.1:5000"" } }
            }");

            Config.Set("btcc-api-url", "https://top-level");
            Assert.That(Config.Get("btcc-api-url"), Is.EqualTo("http://127.0.0.1:5000"));

            Config.Set("live-btcc.btcc-api-url", "http://127.0.0.1:6000");
            Assert.That(Config.Get("btcc-api-url"), Is.EqualTo("http://127.0.0.1:6000"));
        }

        [Test]
        public void MissingKeysYieldTheDefault()
        {
            UseConfig(@"{ ""present"": ""yes"" }");

            Assert.That(Config.Get("absent", "fallback"), Is.EqualTo("fallback"));
            Assert.That(Config.GetInt("absent", 42), Is.EqualTo(42));
            Assert.That(Config.GetBool("absent", true), Is.True);
        }

        [Test]
        public void SetValuesAreReadBackTyped()
        {
            UseConfig("{}");

            Config.Set("surface-int", "17");
            Config.Set("surface-bool", true);
            Config.Set("surface-text", "hello");

            Assert.That(Config.GetInt("surface-int"), Is.EqualTo(17));
            Assert.That(Config.GetBool("surface-bool"), Is.True);
            Assert.That(Config.Get("surface-text"), Is.EqualTo("hello"));
        }

        [Test]
        public void ResetForgetsValuesSetInCode()
        {
            UseConfig(@"{ ""surface-key"": ""from-file"" }");
            Config.Set("surface-key", "from-code");

            Config.Reset();

            Assert.That(Config.Get("surface-key"), Is.EqualTo("from-file"));
        }

        private void UseConfig(string json)
        {
            var path = Path.Combine(_directory, "config.json");
            File.WriteAllText(path, json);
            Config.SetConfigurationFile(path);
        }
    }
}
