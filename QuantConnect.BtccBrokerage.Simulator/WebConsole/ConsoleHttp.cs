/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>A console API request that cannot be carried out: answered with its HTTP status and why.</summary>
    internal sealed class ConsoleRequestException(int status, string message) : Exception(message)
    {
        /// <summary>The HTTP status answered.</summary>
        public int Status { get; } = status;
    }

    /// <summary>
    /// The console API's plumbing: JSON bodies in and out, and refusals as <c>{"error": …}</c> with a status that
    /// says whose fault it is (400 a bad request, 404 no such ticket or order, 409 the exchange refused).
    /// </summary>
    internal static class ConsoleHttp
    {
        /// <summary>Maps a POST whose JSON body (empty = <c>{}</c>) <paramref name="handler"/> turns into the JSON reply.</summary>
        public static void Post(WebApplication app, string path, Func<JObject, JToken> handler) =>
            app.MapPost(path, async http =>
            {
                JToken reply;
                int status;
                try
                {
                    reply = handler(await ReadBodyAsync(http.Request));
                    status = StatusCodes.Status200OK;
                }
                catch (Exception refusal) when (Refusal(refusal) is { } known)
                {
                    (status, reply) = known;
                }
                await WriteAsync(http.Response, reply, status);
            });

        /// <summary>Maps a GET answered with <paramref name="reply"/>'s JSON.</summary>
        public static void Get(WebApplication app, string path, Func<JToken> reply) =>
            app.MapGet(path, http => WriteAsync(http.Response, reply(), StatusCodes.Status200OK));

        /// <summary>Writes <paramref name="body"/> as the JSON reply.</summary>
        public static Task WriteAsync(HttpResponse response, JToken body, int status)
        {
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            return response.WriteAsync(body.ToString(Formatting.None), response.HttpContext.RequestAborted);
        }

        /// <summary>A required string field.</summary>
        public static string RequiredString(JObject body, string name) =>
            body[name] is { Type: JTokenType.String } token && token.Value<string>() is { Length: > 0 } text
                ? text.Trim()
                : throw BadRequest($"{name} is required");

        /// <summary>A required number (a JSON number or a numeric string).</summary>
        public static decimal RequiredDecimal(JObject body, string name) =>
            OptionalDecimal(body, name) ?? throw BadRequest($"{name} is required");

        /// <summary>An optional number; null when absent.</summary>
        public static decimal? OptionalDecimal(JObject body, string name) => body[name] switch
        {
            null or { Type: JTokenType.Null } => null,
            { Type: JTokenType.Integer or JTokenType.Float } token => token.Value<decimal>(),
            { Type: JTokenType.String } token when decimal.TryParse(token.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => throw BadRequest($"{name} must be a number")
        };

        /// <summary>A required whole number (an id).</summary>
        public static long RequiredLong(JObject body, string name)
        {
            var value = RequiredDecimal(body, name);
            return value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue
                ? (long)value
                : throw BadRequest($"{name} must be a whole number");
        }

        /// <summary>An optional whole number, <paramref name="fallback"/> when absent.</summary>
        public static int OptionalInt(JObject body, string name, int fallback) =>
            OptionalDecimal(body, name) is not { } value ? fallback
            : value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value
            : throw BadRequest($"{name} must be a whole number");

        /// <summary>BTCC's <c>direction</c> of a <c>side</c> field: buy 1, sell 2.</summary>
        public static int Direction(JObject body) => RequiredString(body, "side").ToLowerInvariant() switch
        {
            "buy" or "long" or "1" => 1,
            "sell" or "short" or "2" => 2,
            _ => throw BadRequest("side must be buy or sell")
        };

        /// <summary>A 400 refusal.</summary>
        public static ConsoleRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

        private static async Task<JObject> ReadBodyAsync(HttpRequest request)
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            if (string.IsNullOrWhiteSpace(text)) return new JObject();
            try
            {
                return JObject.Parse(text);
            }
            catch (JsonReaderException)
            {
                throw BadRequest("the body must be a JSON object");
            }
        }

        private static (int Status, JToken Reply)? Refusal(Exception exception) => exception switch
        {
            ConsoleRequestException request => (request.Status, Error(request.Message)),
            SimulatorException { Code: SimulatorErrorCodes.PositionNotFound or SimulatorErrorCodes.OrderNotFound } missing =>
                (StatusCodes.Status404NotFound, Error(missing.Message, missing.Code)),
            SimulatorException refused => (StatusCodes.Status409Conflict, Error(refused.Message, refused.Code)),
            ArgumentException bad => (StatusCodes.Status400BadRequest, Error(bad.Message)),
            _ => null
        };

        private static JObject Error(string message, int? code = null)
        {
            var error = new JObject { ["error"] = message };
            if (code is { } btcc) error["code"] = btcc;
            return error;
        }
    }
}
