/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Security.Cryptography;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>The test's own reading of BTCC's signing rule, independent of the simulator's and the plugin's.</summary>
    internal static class TestSigner
    {
        public static string Sign(IDictionary<string, string> parameters, string secret)
        {
            var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in parameters)
            {
                if (key != "sign") all[key] = value;
            }
            all["secret_key"] = secret;
            var text = string.Join("&", all.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
            return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
        }
    }
}
