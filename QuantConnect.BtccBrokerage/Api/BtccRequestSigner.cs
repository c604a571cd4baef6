/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// BTCC's request signature: every parameter except <c>sign</c>, plus <c>secret_key</c>, sorted by name
    /// (ordinal), each value URL-encoded (UTF-8, upper-case hex, space as %20) or, for
    /// <see cref="BtccSignEncoding.Raw"/>, as it is, joined as <c>k=v&amp;k=v</c>, MD5, lower-case hex. The secret
    /// is hashed, never sent.
    /// </summary>
    public static class BtccRequestSigner
    {
        /// <summary>The parameter name the secret is hashed under.</summary>
        public const string SecretKeyName = "secret_key";

        /// <summary>The parameter name of the signature.</summary>
        public const string SignName = "sign";

        /// <summary>The string that is hashed (exposed for tests and diagnostics; it contains the secret).</summary>
        public static string BuildSignedString(IReadOnlyList<KeyValuePair<string, string>> parameters, string secretKey,
            BtccSignEncoding encoding = BtccSignEncoding.Encoded)
        {
            var count = 0;
            var sorted = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(parameters.Count + 1);
            try
            {
                for (var i = 0; i < parameters.Count; i++)
                {
                    if (parameters[i].Key != SignName && parameters[i].Key != SecretKeyName)
                    {
                        sorted[count++] = parameters[i];
                    }
                }
                sorted[count++] = new KeyValuePair<string, string>(SecretKeyName, secretKey);
                Array.Sort(sorted, 0, count, KeyOrdinalComparer.Instance);

                var text = new StringBuilder(256);
                for (var i = 0; i < count; i++)
                {
                    if (i > 0)
                    {
                        text.Append('&');
                    }
                    Append(text, sorted[i].Key, encoding);
                    text.Append('=');
                    Append(text, sorted[i].Value, encoding);
                }
                return text.ToString();
            }
            finally
            {
                Array.Clear(sorted, 0, count);
                ArrayPool<KeyValuePair<string, string>>.Shared.Return(sorted);
            }
        }

        /// <summary>The <c>sign</c> value for <paramref name="parameters"/> (lower-case hex MD5).</summary>
        public static string Sign(IReadOnlyList<KeyValuePair<string, string>> parameters, string secretKey,
            BtccSignEncoding encoding = BtccSignEncoding.Encoded)
        {
            var signed = BuildSignedString(parameters, secretKey, encoding);
            var byteCount = Encoding.UTF8.GetByteCount(signed);
            var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
            try
            {
                var written = Encoding.UTF8.GetBytes(signed, buffer);
                Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
                MD5.HashData(buffer.AsSpan(0, written), hash);
                return Convert.ToHexStringLower(hash);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(buffer.AsSpan(0, byteCount));
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>
        /// Whether the two <see cref="BtccSignEncoding"/> variants sign <paramref name="parameters"/> differently (some
        /// value needs encoding); when they do not, a refused signature cannot be the variant's fault.
        /// </summary>
        public static bool VariantsDiffer(IReadOnlyList<KeyValuePair<string, string>> parameters, string secretKey)
            => BuildSignedString(parameters, secretKey, BtccSignEncoding.Encoded) != BuildSignedString(parameters, secretKey, BtccSignEncoding.Raw);

        private static void Append(StringBuilder text, string value, BtccSignEncoding encoding)
        {
            if (encoding == BtccSignEncoding.Raw)
            {
                text.Append(value);
            }
            else
            {
                BtccUrlEncoder.Append(text, value);
            }
        }

        private sealed class KeyOrdinalComparer : IComparer<KeyValuePair<string, string>>
        {
            public static readonly KeyOrdinalComparer Instance = new();

            public int Compare(KeyValuePair<string, string> x, KeyValuePair<string, string> y) => string.CompareOrdinal(x.Key, y.Key);
        }
    }
}
