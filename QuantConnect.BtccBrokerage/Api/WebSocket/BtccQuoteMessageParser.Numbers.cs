/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers.Text;
using System.Text.Json;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    public static partial class BtccQuoteMessageParser
    {
        /// <summary>A book value: null (BTCC's live servers send null fields) reads as 0, "not sent".</summary>
        private static decimal ReadBookDecimal(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.Null ? 0m : ReadDecimal(ref reader);

        /// <summary>A book SecID or time: null reads as 0 (no SecID routes to 0, so such an item goes nowhere).</summary>
        private static long ReadBookInt64(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.Null ? 0L : ReadInt64(ref reader);

        private static decimal ReadDecimal(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (!reader.HasValueSequence && TryParseDecimal(reader.ValueSpan, out var number)) return number;
                    if (reader.TryGetDecimal(out number)) return number;
                    break;
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped || reader.HasValueSequence) break;
                    var span = reader.ValueSpan;
                    if (span.Length == 0) return 0m;
                    if (TryParseDecimal(span, out var text)) return text;
                    break;
            }
            throw new FormatException($"expected a number, got {reader.TokenType}");
        }

        private static long ReadInt64(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var number)) return number;
                    if (reader.TryGetDecimal(out var fractional) && fractional == decimal.Truncate(fractional)) return (long)fractional;
                    break;
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped || reader.HasValueSequence) break;
                    if (Utf8Parser.TryParse(reader.ValueSpan, out long text, out var consumed) && consumed == reader.ValueSpan.Length) return text;
                    break;
            }
            throw new FormatException($"expected an integer, got {reader.TokenType}");
        }

        /// <summary>
        /// A decimal in the shape BTCC's quotes carry (an optional minus, digits, an optional fraction; at most 18 digits),
        /// read digit by digit into the decimal's mantissa and scale; anything else goes to <see cref="Utf8Parser"/>, as every
        /// value did before. Same value and scale either way ("1.50" is 1.50).
        /// </summary>
        internal static bool TryParseDecimal(ReadOnlySpan<byte> utf8, out decimal value)
        {
            var i = 0;
            var negative = utf8.Length > 0 && utf8[0] == (byte)'-';
            if (negative)
            {
                i = 1;
            }
            ulong mantissa = 0;
            var digits = 0;
            var scale = -1;
            for (; i < utf8.Length; i++)
            {
                var b = utf8[i];
                if (b == (byte)'.' && scale < 0)
                {
                    scale = 0;
                    continue;
                }
                var digit = (uint)(b - (byte)'0');
                if (digit > 9 || ++digits > 18)
                {
                    return TryParseSlow(utf8, out value);
                }
                mantissa = mantissa * 10 + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            if (digits == 0 || scale == 0)
            {
                return TryParseSlow(utf8, out value);
            }
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(0, scale));
            return true;
        }

        private static bool TryParseSlow(ReadOnlySpan<byte> utf8, out decimal value)
            => Utf8Parser.TryParse(utf8, out value, out var consumed) && consumed == utf8.Length;
    }
}
