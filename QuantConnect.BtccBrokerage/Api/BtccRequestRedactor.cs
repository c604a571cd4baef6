/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// Formats requests for log lines with every secret-bearing value replaced by <c>***</c>: the token,
    /// signature, password, API key, secret key and user name never reach a log.
    /// </summary>
    public static class BtccRequestRedactor
    {
        /// <summary>What redacted values are replaced with.</summary>
        public const string Mask = "***";

        private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "token", "sign", "password", "api_key", "secret_key", "user_name", "key"
        };

        /// <summary>Whether the value of parameter <paramref name="name"/> is hidden in logs.</summary>
        public static bool IsSecret(string name) => SecretNames.Contains(name);

        /// <summary>e.g. <c>POST /v1/user/login?user_name=***&amp;password=***&amp;company_id=1&amp;api_key=***&amp;sign=***</c>.</summary>
        public static string Format(string method, string path, IEnumerable<KeyValuePair<string, string>> parameters)
        {
            var text = new StringBuilder(method.Length + path.Length + 64);
            text.Append(method).Append(' ').Append(path);
            var separator = '?';
            foreach (var (name, value) in parameters)
            {
                text.Append(separator).Append(name).Append('=');
                if (IsSecret(name))
                {
                    text.Append(Mask);
                }
                else
                {
                    BtccUrlEncoder.Append(text, value);
                }
                separator = '&';
            }
            return text.ToString();
        }

        /// <summary>
        /// Redacts a URL or query string someone else built, e.g. from an exception message:
        /// <c>/v1/x?token=abc&amp;id=1</c> → <c>/v1/x?token=***&amp;id=1</c>.
        /// </summary>
        public static string RedactQuery(string urlOrQuery)
        {
            var question = urlOrQuery.IndexOf('?');
            var prefix = question >= 0 ? urlOrQuery[..(question + 1)] : string.Empty;
            var query = question >= 0 ? urlOrQuery[(question + 1)..] : urlOrQuery;
            var parts = query.Split('&');
            for (var i = 0; i < parts.Length; i++)
            {
                var equals = parts[i].IndexOf('=');
                if (equals > 0 && IsSecret(Uri.UnescapeDataString(parts[i][..equals])))
                {
                    parts[i] = parts[i][..(equals + 1)] + Mask;
                }
            }
            return prefix + string.Join('&', parts);
        }
    }
}
