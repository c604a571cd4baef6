/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// Tries <c>POST /v1/user/login</c> in every variant BTCC's docs leave open — the configured one first — each sent
    /// once, not through the client (whose own fallback would hide which variant BTCC refused): both POST transports,
    /// and both signature encodings where they sign the login differently. At most four logins.
    /// </summary>
    internal static class BtccProbeLogin
    {
        /// <summary>The attempts, and the accepted reply's body (null when none was accepted).</summary>
        public static async Task<(IReadOnlyList<BtccProbeLoginAttempt> Attempts, string? AcceptedBody)> TryVariantsAsync(
            BtccApiSettings settings, BtccProbeFixtureWriter writer, CancellationToken cancellationToken)
        {
            var parameters = LoginParameters(settings);
            var encodings = BtccRequestSigner.VariantsDiffer(parameters, settings.ApiSecret)
                ? new[] { settings.SignEncoding, settings.SignEncoding.Other() }
                : new[] { settings.SignEncoding };
            var attempts = new List<BtccProbeLoginAttempt>();
            string? accepted = null;
            foreach (var transport in new[] { settings.PostParameters, settings.PostParameters.Other() })
            {
                using var http = new BtccHttpTransport(settings.RestUrl, settings.RequestTimeout, transport);
                foreach (var encoding in encodings)
                {
                    var (attempt, body) = await SendAsync(http, settings, transport, encoding, cancellationToken).ConfigureAwait(false);
                    attempts.Add(attempt);
                    if (body != null)
                    {
                        writer.AddSecret(TokenOf(body));
                        writer.WriteRest($"login-{transport.Name()}-{encoding.Name()}", body);
                        accepted ??= attempt.Accepted ? body : null;
                    }
                    BtccLog.Trace("BtccProbeLogin", "TryVariants", $"login with {transport.Name()} parameters signed {encoding.Name()}: "
                        + (attempt.Accepted ? "accepted" : $"refused ({(attempt.Code is { } code ? $"code {code} " : string.Empty)}'{attempt.Message}')"));
                }
            }
            return (attempts, accepted);
        }

        /// <summary>The login's parameters, as the plugin's client sends them.</summary>
        internal static BtccParameters LoginParameters(BtccApiSettings settings) => new BtccParameters()
            .Add("user_name", settings.UserName)
            .Add("password", settings.Password)
            .Add("company_id", settings.CompanyId)
            .Add("api_key", settings.ApiKey);

        private static async Task<(BtccProbeLoginAttempt Attempt, string? Body)> SendAsync(BtccHttpTransport http, BtccApiSettings settings,
            BtccPostParameters transport, BtccSignEncoding encoding, CancellationToken cancellationToken)
        {
            var parameters = LoginParameters(settings);
            parameters.Add(BtccRequestSigner.SignName, BtccRequestSigner.Sign(parameters, settings.ApiSecret, encoding));
            try
            {
                var (status, body) = await http.SendAsync(BtccEndpoint.Login, parameters, cancellationToken).ConfigureAwait(false);
                var (code, message) = CodeOf(body);
                return (new BtccProbeLoginAttempt(encoding, transport, status, code, message ?? $"HTTP {(int)status}"), body);
            }
            catch (BtccApiException error)
            {
                return (new BtccProbeLoginAttempt(encoding, transport, null, null, error.BtccMessage), null);
            }
        }

        /// <summary>BTCC's <c>code</c> and <c>msg</c> of a reply body; nulls when it has none.</summary>
        internal static (int? Code, string? Message) CodeOf(string? body)
        {
            try
            {
                if (!string.IsNullOrWhiteSpace(body) && JToken.Parse(body) is JObject reply && reply["code"] is { Type: JTokenType.Integer } code)
                {
                    return ((int)code, reply.Value<string>("msg") ?? string.Empty);
                }
            }
            catch (Newtonsoft.Json.JsonException)
            {
            }
            return (null, null);
        }

        private static string? TokenOf(string body)
        {
            try
            {
                return (JToken.Parse(body) as JObject)?.Value<string>("token");
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }
}
