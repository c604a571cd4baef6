/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// The parameters of one REST request: from the query string (BTCC's docs put every parameter there, POST
    /// included) or, for a POST to a simulator told to read form bodies, from the form body only.
    /// </summary>
    internal sealed class RestCall
    {
        /// <summary>Reads the query string (first value of each key).</summary>
        public RestCall(IQueryCollection query)
            : this(query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal))
        {
        }

        private RestCall(Dictionary<string, string> parameters) => Parameters = parameters;

        /// <summary>
        /// The call's parameters where this simulator reads them: a POST's from its form body when
        /// <paramref name="postFromForm"/> (none without one, whatever the query holds), else the query string.
        /// </summary>
        public static async Task<RestCall> ReadAsync(HttpRequest request, bool postFromForm)
        {
            if (!postFromForm || !HttpMethods.IsPost(request.Method))
            {
                return new RestCall(request.Query);
            }
            if (!request.HasFormContentType)
            {
                return new RestCall(new Dictionary<string, string>(StringComparer.Ordinal));
            }
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return new RestCall(form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
        }

        /// <summary>All parameters, sign included.</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }

        /// <summary>A parameter, or null when absent or empty.</summary>
        public string? Optional(string name) =>
            Parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        /// <summary>A parameter that must be present.</summary>
        public string Required(string name) =>
            Optional(name) ?? throw new SimulatorException(SimulatorErrorCodes.InvalidParameter, $"missing parameter {name}");

        /// <summary>A required integer.</summary>
        public long RequiredLong(string name) => ParseLong(name, Required(name));

        /// <summary>An optional integer (0 when absent).</summary>
        public long OptionalLong(string name) => Optional(name) is { } text ? ParseLong(name, text) : 0;

        /// <summary>A required decimal.</summary>
        public decimal RequiredDecimal(string name) => ParseDecimal(name, Required(name));

        /// <summary>An optional decimal (0 when absent).</summary>
        public decimal OptionalDecimal(string name) => Optional(name) is { } text ? ParseDecimal(name, text) : 0m;

        private static long ParseLong(string name, string text) =>
            long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new SimulatorException(SimulatorErrorCodes.InvalidParameter, $"parameter {name} is not an integer");

        private static decimal ParseDecimal(string name, string text) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new SimulatorException(SimulatorErrorCodes.InvalidParameter, $"parameter {name} is not a number");
    }
}
