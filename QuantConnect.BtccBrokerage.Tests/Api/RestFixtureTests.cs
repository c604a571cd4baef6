/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Every documented REST reply read into its wire model, field by field as BTCC prints it. For each reply,
    /// <c>Fixtures/Rest/fields/&lt;reply&gt;.tsv</c> lists a property path of the model (<c>Account.Id</c>,
    /// <c>List[0].DealIdValue</c>, <c>Positions.Count</c>) and, as JSON, the value it must read: a number, a quoted
    /// string, an enum value's name, true, false or null. One case per line.
    /// </summary>
    [TestFixture]
    public class RestFixtureTests
    {
        private static string FieldsFolder => Path.Combine(Path.GetDirectoryName(typeof(RestFixtureTests).Assembly.Location)!, "Fixtures", "Rest", "fields");

        private static string FieldsFile(string reply) => Path.Combine(FieldsFolder, Path.ChangeExtension(reply, ".tsv"));

        public static IEnumerable<TestCaseData> Fields()
            => from reply in RestReplies.All
               from line in File.ReadLines(FieldsFile(reply.Fixture)).Where(l => l.Length > 0)
               let cells = line.Split('\t')
               select new TestCaseData(reply.Fixture, reply.Model, cells[0], cells[1]).SetName($"{reply.Fixture}: {cells[0]} = {cells[1]}");

        [TestCaseSource(nameof(Fields))]
        public void TheModelReadsTheFieldAsBtccPrintsIt(string reply, Type model, string path, string expected)
        {
            var actual = Read(Fixture.RestModel(model, reply), path, out var type);

            Assert.That(actual, Is.EqualTo(Parse(expected, type)));
        }

        [Test]
        public void EveryReplyHasItsFieldTable()
        {
            var tables = Directory.GetFiles(FieldsFolder, "*.tsv").Select(Path.GetFileName);

            Assert.That(tables, Is.EquivalentTo(RestReplies.All.Select(r => Path.ChangeExtension(r.Fixture, ".tsv"))));
        }

        /// <summary>The value at a path of properties, each optionally indexed (<c>Symbols[0].Name</c>), and its declared type.</summary>
        private static object? Read(object model, string path, out Type type)
        {
            object? value = model;
            type = model.GetType();
            foreach (var segment in path.Split('.'))
            {
                var bracket = segment.IndexOf('[');
                var name = bracket < 0 ? segment : segment[..bracket];
                var property = value!.GetType().GetProperty(name) ?? throw new InvalidOperationException($"{value.GetType().Name} has no property {name} ({path})");
                value = property.GetValue(value);
                type = property.PropertyType;
                if (bracket >= 0)
                {
                    var list = (IList)value!;
                    value = list[int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
                    type = value?.GetType() ?? typeof(object);
                }
            }
            return value;
        }

        /// <summary>The expected JSON value as the field's type (decimals kept exact).</summary>
        private static object? Parse(string json, Type type)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader);
            return token.Type == JTokenType.Null ? null : token.ToObject(Nullable.GetUnderlyingType(type) ?? type);
        }
    }
}
