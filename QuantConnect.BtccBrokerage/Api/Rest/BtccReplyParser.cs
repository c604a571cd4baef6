/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using Newtonsoft.Json;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// Turns a BTCC reply into its model, or into the error it stands for. A 2xx reply to a write that cannot
    /// be read is ambiguous (the write may have been applied); anything else unreadable is a plain failure.
    /// </summary>
    internal static class BtccReplyParser
    {
        private static readonly JsonSerializerSettings JsonSettings = new()
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            NullValueHandling = NullValueHandling.Ignore
        };

        /// <summary>The reply as <typeparamref name="T"/>; its BTCC code is left for the caller to judge.</summary>
        public static T Parse<T>(BtccEndpoint endpoint, HttpStatusCode status, string? content) where T : BtccResponse
        {
            var ok = (int)status is >= 200 and < 300;
            if (string.IsNullOrWhiteSpace(content))
            {
                throw ok && endpoint.IsWrite
                    ? new BtccAmbiguousResultException($"HTTP {(int)status} with an empty body", endpoint.Path, status)
                    : new BtccApiException((int)status, $"HTTP {(int)status} with an empty body", endpoint.Path, status);
            }
            try
            {
                var parsed = JsonConvert.DeserializeObject<T>(content, JsonSettings);
                if (parsed != null)
                {
                    return parsed;
                }
            }
            catch (JsonException)
            {
                // an error reply may not fit T: fall back to the bare envelope below
                try
                {
                    var envelope = JsonConvert.DeserializeObject<BtccResponse>(content, JsonSettings);
                    if (envelope != null && envelope.Code != 0)
                    {
                        throw new BtccApiException(envelope.Code, envelope.Msg, endpoint.Path, status) { IsRefusal = true };
                    }
                }
                catch (JsonException)
                {
                }
            }
            throw ok && endpoint.IsWrite
                ? new BtccAmbiguousResultException($"HTTP {(int)status} with an unreadable body", endpoint.Path, status)
                : new BtccApiException((int)status, $"HTTP {(int)status} with an unreadable body", endpoint.Path, status);
        }
    }
}
