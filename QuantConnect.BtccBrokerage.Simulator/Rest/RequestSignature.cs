/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Security.Cryptography;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// BTCC's request signature: every parameter but <c>sign</c>, plus <c>secret_key</c>, sorted by name
    /// (ordinal), values URL-encoded (UTF-8, upper-case hex, space as %20) — or raw, for a simulator told BTCC
    /// signs them so —, joined <c>k=v&amp;k=v</c>, MD5 in lower-case hex.
    /// </summary>
    internal static class RequestSignature
    {
        /// <summary>The sign of <paramref name="parameters"/> under <paramref name="secret"/>.</summary>
        public static string Compute(IEnumerable<KeyValuePair<string, string>> parameters, string secret, bool rawValues = false)
        {
            var pairs = parameters
                .Where(p => p.Key != "sign" && p.Key != "secret_key")
                .Append(new KeyValuePair<string, string>("secret_key", secret))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + (rawValues ? p.Value : Uri.EscapeDataString(p.Value)));
            var digest = MD5.HashData(Encoding.UTF8.GetBytes(string.Join("&", pairs)));
            return Convert.ToHexStringLower(digest);
        }

        /// <summary>True when the call's <c>sign</c> matches.</summary>
        public static bool IsValid(RestCall call, string secret, bool rawValues = false) =>
            call.Optional("sign") is { } sign && string.Equals(sign, Compute(call.Parameters, secret, rawValues), StringComparison.Ordinal);
    }
}
