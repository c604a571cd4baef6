/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Each documented reply, read into its model and written back, gives the same JSON: every documented
    /// field is mapped (none dropped, none renamed) and keeps its JSON type (strings stay strings).
    /// </summary>
    [TestFixture]
    public class RestFixtureRoundTripTests
    {
        private static readonly JsonSerializerSettings Settings = new()
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            NullValueHandling = NullValueHandling.Ignore
        };

        private static IEnumerable<TestCaseData> Replies() => RestReplies.All.Select(r => new TestCaseData(r.Fixture, r.Model));

        [TestCaseSource(nameof(Replies))]
        public void ModelMapsEveryDocumentedFieldWithItsJsonType(string fixture, Type model)
        {
            var documented = JToken.Parse(Fixture.Rest(fixture));
            var parsed = JsonConvert.DeserializeObject(Fixture.Rest(fixture), model, Settings);
            var written = JToken.Parse(JsonConvert.SerializeObject(parsed, Settings));

            Assert.That(Describe(written), Is.EquivalentTo(Describe(documented)));
        }

        [Test]
        public void EveryRestFixtureHasAModel()
        {
            var covered = RestReplies.All.Select(r => r.Fixture).ToHashSet();
            var files = Directory.GetFiles(Path.GetDirectoryName(Fixture.Path("Rest", "x"))!, "*.json").Select(Path.GetFileName);

            Assert.That(files, Is.SubsetOf(covered));
        }

        /// <summary>Every leaf as "path:type=value", numbers compared by value.</summary>
        private static IEnumerable<string> Describe(JToken token)
        {
            foreach (var leaf in token.SelectTokens("$..*").Where(t => t is JValue).Cast<JValue>())
            {
                var kind = leaf.Type is JTokenType.Integer or JTokenType.Float ? "number" : leaf.Type.ToString();
                var value = leaf.Type is JTokenType.Integer or JTokenType.Float
                    ? Convert.ToDecimal(leaf.Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ToString(leaf.Value, System.Globalization.CultureInfo.InvariantCulture);
                yield return $"{leaf.Path}:{kind}={value}";
            }
        }
    }
}
