/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// URL-encoding as BTCC signs it: RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~) stay, every other
    /// UTF-8 byte becomes %XX with upper-case hex, so a space is %20 and ':' is %3A.
    /// </summary>
    public static class BtccUrlEncoder
    {
        private const string Hex = "0123456789ABCDEF";

        /// <summary>The encoded form of <paramref name="value"/>.</summary>
        public static string Encode(string value)
        {
            if (!NeedsEncoding(value))
            {
                return value;
            }
            var text = new StringBuilder(value.Length * 3);
            Append(text, value);
            return text.ToString();
        }

        /// <summary>Appends the encoded form of <paramref name="value"/> to <paramref name="text"/>.</summary>
        public static void Append(StringBuilder text, string value)
        {
            if (!NeedsEncoding(value))
            {
                text.Append(value);
                return;
            }
            Span<byte> utf8 = stackalloc byte[4];
            var runes = value.EnumerateRunes();
            foreach (var rune in runes)
            {
                if (rune.IsAscii && IsUnreserved((char)rune.Value))
                {
                    text.Append((char)rune.Value);
                    continue;
                }
                var length = rune.EncodeToUtf8(utf8);
                for (var i = 0; i < length; i++)
                {
                    text.Append('%').Append(Hex[utf8[i] >> 4]).Append(Hex[utf8[i] & 0xF]);
                }
            }
        }

        private static bool NeedsEncoding(string value)
        {
            foreach (var c in value)
            {
                if (!IsUnreserved(c))
                {
                    return true;
                }
            }
            return false;
        }

        private static bool IsUnreserved(char c)
            => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';
    }
}
