/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>
    /// Compares the shape of two JSON documents: the same property names at every level and the same kind of
    /// value. Integer and Float count as one kind ("number") because BTCC's examples print 0 for decimal fields;
    /// string versus number is strict. Array items are compared with the documented first item.
    /// </summary>
    internal static class JsonShape
    {
        /// <summary>Path and description of the first difference, or null when the shapes agree.</summary>
        public static string? FirstDifference(JToken expected, JToken actual, string path = "$")
        {
            if (Kind(expected) != Kind(actual))
            {
                return $"{path}: expected {Kind(expected)} but was {Kind(actual)}";
            }
            switch (expected)
            {
                case JObject expectedObject:
                    var actualObject = (JObject)actual;
                    foreach (var property in expectedObject.Properties())
                    {
                        if (actualObject.Property(property.Name) is not { } match)
                        {
                            return $"{path}.{property.Name}: missing";
                        }
                        if (FirstDifference(property.Value, match.Value, $"{path}.{property.Name}") is { } difference)
                        {
                            return difference;
                        }
                    }
                    var extra = actualObject.Properties().FirstOrDefault(p => expectedObject.Property(p.Name) is null);
                    return extra is null ? null : $"{path}.{extra.Name}: not documented";
                case JArray expectedArray when expectedArray.Count > 0:
                    var actualArray = (JArray)actual;
                    if (actualArray.Count == 0)
                    {
                        return $"{path}: empty array, cannot compare with the documented item";
                    }
                    for (var i = 0; i < actualArray.Count; i++)
                    {
                        if (FirstDifference(expectedArray[0], actualArray[i], $"{path}[{i}]") is { } difference)
                        {
                            return difference;
                        }
                    }
                    return null;
                default:
                    return null;
            }
        }

        private static string Kind(JToken token) => token.Type switch
        {
            JTokenType.Integer or JTokenType.Float => "number",
            _ => token.Type.ToString()
        };
    }
}
