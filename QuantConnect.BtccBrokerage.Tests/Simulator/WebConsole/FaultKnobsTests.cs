/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
using QuantConnect.Brokerages.Btcc.Simulator.WebConsole;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>How the console reads each kind of knob value, and that a change is applied whole or not at all.</summary>
    [TestFixture]
    public class FaultKnobsTests
    {
        private static readonly object[] Readable =
        [
            new object[] { KnobKind.Rate, "0.25", 0.25 },
            new object[] { KnobKind.Rate, "\"0.5\"", 0.5 },
            new object[] { KnobKind.Rate, "1", 1.0 },
            new object[] { KnobKind.Count, "7", 7 },
            new object[] { KnobKind.Milliseconds, "\"250\"", 250 },
            new object[] { KnobKind.Flag, "true", true },
            new object[] { KnobKind.Tickers, "[\"ethusdt\", \"SOLUSDT\"]", new[] { "ETHUSDT", "SOLUSDT" } },
            new object[] { KnobKind.Tickers, "\"ethusdt, solusdt,\"", new[] { "ETHUSDT", "SOLUSDT" } },
            new object[] { KnobKind.Tickers, "[]", Array.Empty<string>() }
        ];

        private static readonly object[] Unreadable =
        [
            new object[] { KnobKind.Rate, "1.5" },
            new object[] { KnobKind.Rate, "-0.1" },
            new object[] { KnobKind.Rate, "\"half\"" },
            new object[] { KnobKind.Count, "2.5" },
            new object[] { KnobKind.Count, "-1" },
            new object[] { KnobKind.Milliseconds, "null" },
            new object[] { KnobKind.Flag, "1" },
            new object[] { KnobKind.Flag, "\"true\"" },
            new object[] { KnobKind.Tickers, "[1]" }
        ];

        [TestCaseSource(nameof(Readable))]
        public void AValueOfTheKnobsKindIsRead(KnobKind kind, string json, object expected)
        {
            Assert.That(FaultKnobs.TryRead(kind, JToken.Parse(json), out var value), Is.True);
            Assert.That(value, Is.EqualTo(expected));
        }

        [TestCaseSource(nameof(Unreadable))]
        public void AValueOfAnotherKindOrOutOfRangeIsNot(KnobKind kind, string json)
        {
            Assert.That(FaultKnobs.TryRead(kind, JToken.Parse(json), out _), Is.False);
        }

        [Test]
        public void EveryKnobReadsBackWhatWasSet()
        {
            var faults = new BtccSimulatorFaults();
            var set = new JObject(FaultKnobs.All.Select(k => new JProperty(k.Name, k.Kind switch
            {
                KnobKind.Rate => new JValue(0.5),
                KnobKind.Count or KnobKind.Milliseconds => new JValue(3),
                KnobKind.Flag => new JValue(true),
                _ => new JArray("ETHUSDT")
            })));

            Assert.That(FaultKnobs.Apply(faults, set), Is.Empty);

            Assert.That(JToken.DeepEquals(FaultKnobs.Values(faults), set), Is.True, FaultKnobs.Values(faults).ToString());
        }

        [Test]
        public void AChangeWithAnyBadValueSetsNone()
        {
            var faults = new BtccSimulatorFaults();

            var errors = FaultKnobs.Apply(faults, JObject.Parse("{\"silentQuotes\": true, \"cancelRaceRate\": 2, \"nope\": 1}"));

            Assert.That(errors, Is.EquivalentTo(new[] { "cancelRaceRate must be a number from 0 to 1", "unknown knob 'nope'" }));
            Assert.That(faults.SilentQuotes, Is.False);
        }

        [Test]
        public void KnobNamesAreReadWhateverTheirCase()
        {
            var faults = new BtccSimulatorFaults();

            FaultKnobs.Apply(faults, JObject.Parse("{\"ReorderDeals\": true}"));

            Assert.That(faults.ReorderDeals, Is.True);
        }
    }
}
