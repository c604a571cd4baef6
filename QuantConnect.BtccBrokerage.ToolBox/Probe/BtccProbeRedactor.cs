/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// Hides secrets in a raw BTCC reply while keeping every other byte, so a redacted reply is still a faithful
    /// fixture: the value of every secret-named field (<see cref="BtccRequestRedactor.IsSecret"/>: token, sign,
    /// api_key, password, user_name, …) becomes <see cref="BtccRequestRedactor.Mask"/>, and each known secret (the
    /// credentials, the session tokens) is replaced wherever else it appears, raw, JSON-escaped or URL-encoded.
    /// </summary>
    public static class BtccProbeRedactor
    {
        /// <summary>The redacted text.</summary>
        /// <param name="text">A reply body or frame as received.</param>
        /// <param name="secrets">Values that must not survive anywhere (empty ones are ignored).</param>
        public static string Redact(string text, IEnumerable<string> secrets)
        {
            foreach (var name in SecretFieldNames(text))
            {
                // the field's value, string or number, whatever the spacing; null and "" stay as they are
                var pattern = "(\"" + Regex.Escape(name) + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)+\"|-?[0-9][0-9.eE+-]*)";
                text = Regex.Replace(text, pattern, m => m.Groups[1].Value + "\"" + BtccRequestRedactor.Mask + "\"");
            }
            foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s)).Distinct().OrderByDescending(s => s.Length))
            {
                var escaped = JsonConvert.ToString(secret)[1..^1];
                // JSON may also escape '/' as '\/'
                foreach (var form in new[] { secret, escaped, escaped.Replace("/", "\\/", StringComparison.Ordinal), Uri.EscapeDataString(secret) }.Distinct())
                {
                    text = text.Replace(form, BtccRequestRedactor.Mask, StringComparison.Ordinal);
                }
            }
            return text;
        }

        /// <summary>The secret-named fields present in <paramref name="text"/> (none when it is not JSON).</summary>
        private static IEnumerable<string> SecretFieldNames(string text)
        {
            JContainer? root;
            try
            {
                root = JToken.Parse(text) as JContainer;
            }
            catch (JsonException)
            {
                return Array.Empty<string>();
            }
            if (root == null)
            {
                return Array.Empty<string>();
            }
            return root.DescendantsAndSelf().OfType<JProperty>()
                .Where(p => BtccRequestRedactor.IsSecret(p.Name))
                .Select(p => p.Name)
                .Distinct(StringComparer.Ordinal);
        }
    }
}
