using System.Buffers.Text;
using System.Text.Json;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>
    /// Reads quote-websocket messages straight from their UTF-8 bytes with <see cref="Utf8JsonReader"/>,
    /// without a JSON document per message. tickinfo/tickinfo_deep carry strings (Y too), dealticksnap and
    /// Kline numbers; both forms are accepted everywhere so a type change at BTCC does not break the feed.
    /// Book fields may be null (BTCC's live tickinfo sends U, M, L, I, R, E as null): they read as 0 or no levels.
    /// Malformed input throws <see cref="JsonException"/> or <see cref="FormatException"/>.
    /// </summary>
    public static partial class BtccQuoteMessageParser
    {
        private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

        /// <summary>Adds the items of a <c>tickinfo</c> message to <paramref name="ticks"/>; returns how many.</summary>
        public static int ParseTickInfo(ReadOnlySpan<byte> utf8, ICollection<BtccTickInfo> ticks)
        {
            var reader = SeekData(utf8);
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0, time = 0;
                decimal ask = 0, bid = 0, volume = 0, last = 0;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("Y"u8)) { Next(ref reader); secId = ReadBookInt64(ref reader); }
                    else if (reader.ValueTextEquals("A"u8)) { Next(ref reader); ask = ReadFirst(ref reader); }
                    else if (reader.ValueTextEquals("B"u8)) { Next(ref reader); bid = ReadFirst(ref reader); }
                    else if (reader.ValueTextEquals("T"u8)) { Next(ref reader); time = ReadBookInt64(ref reader); }
                    else if (reader.ValueTextEquals("V"u8)) { Next(ref reader); volume = ReadBookDecimal(ref reader); }
                    else if (reader.ValueTextEquals("C"u8)) { Next(ref reader); last = ReadBookDecimal(ref reader); }
                    else { Next(ref reader); reader.Skip(); }
                }
                ticks.Add(new BtccTickInfo(secId, ask, bid, time, volume, last));
                count++;
            }
            return count;
        }

        /// <summary>Adds the items of a <c>tickinfo_deep</c> message to <paramref name="depths"/>; returns how many.</summary>
        public static int ParseTickInfoDeep(ReadOnlySpan<byte> utf8, ICollection<BtccDepth> depths)
        {
            var reader = SeekData(utf8);
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0, time = 0;
                decimal volume = 0, last = 0;
                decimal[] a = [], b = [], u = [], m = [], l = [], i = [], r = [], e = [];
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("Y"u8)) { Next(ref reader); secId = ReadBookInt64(ref reader); }
                    else if (reader.ValueTextEquals("T"u8)) { Next(ref reader); time = ReadBookInt64(ref reader); }
                    else if (reader.ValueTextEquals("V"u8)) { Next(ref reader); volume = ReadBookDecimal(ref reader); }
                    else if (reader.ValueTextEquals("C"u8)) { Next(ref reader); last = ReadBookDecimal(ref reader); }
                    else if (reader.ValueTextEquals("A"u8)) { Next(ref reader); a = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("B"u8)) { Next(ref reader); b = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("U"u8)) { Next(ref reader); u = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("M"u8)) { Next(ref reader); m = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("L"u8)) { Next(ref reader); l = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("I"u8)) { Next(ref reader); i = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("R"u8)) { Next(ref reader); r = ReadLevels(ref reader); }
                    else if (reader.ValueTextEquals("E"u8)) { Next(ref reader); e = ReadLevels(ref reader); }
                    else { Next(ref reader); reader.Skip(); }
                }
                depths.Add(new BtccDepth(secId, time, volume, last, a, u, b, m, l, i, r, e));
                count++;
            }
            return count;
        }

        /// <summary>Adds every trade of a <c>dealticksnap</c> message to <paramref name="deals"/>; returns how many.</summary>
        public static int ParseDealTickSnap(ReadOnlySpan<byte> utf8, ICollection<BtccDealTick> deals)
        {
            var reader = SeekData(utf8);
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0;
                // BTCC prints Y before Items, so trades go straight out; only an item whose Y comes after its
                // Items is buffered until Y is known.
                List<(decimal Price, decimal Volume, long Time)>? early = null;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("Y"u8)) { Next(ref reader); secId = ReadInt64(ref reader); }
                    else if (reader.ValueTextEquals("Items"u8))
                    {
                        Next(ref reader);
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            continue; // the live reply for a SecID without trades: "ItemCount":0,"Items":null
                        }
                        Require(ref reader, JsonTokenType.StartArray);
                        while (Next(ref reader) == JsonTokenType.StartObject)
                        {
                            decimal price = 0, volume = 0;
                            long time = 0;
                            while (Next(ref reader) == JsonTokenType.PropertyName)
                            {
                                if (reader.ValueTextEquals("P"u8)) { Next(ref reader); price = ReadDecimal(ref reader); }
                                else if (reader.ValueTextEquals("V"u8)) { Next(ref reader); volume = ReadDecimal(ref reader); }
                                else if (reader.ValueTextEquals("T"u8)) { Next(ref reader); time = ReadInt64(ref reader); }
                                else { Next(ref reader); reader.Skip(); }
                            }
                            if (secId != 0)
                            {
                                deals.Add(new BtccDealTick(secId, price, volume, time));
                                count++;
                            }
                            else
                            {
                                (early ??= new()).Add((price, volume, time));
                            }
                        }
                    }
                    else { Next(ref reader); reader.Skip(); }
                }
                if (early != null)
                {
                    foreach (var item in early)
                    {
                        deals.Add(new BtccDealTick(secId, item.Price, item.Volume, item.Time));
                        count++;
                    }
                }
            }
            return count;
        }

        /// <summary>Reads a <c>Kline</c> reply.</summary>
        public static BtccKlineReply ParseKline(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            Expect(ref reader, JsonTokenType.StartObject);
            int code = 0, interval = 0, count = 0;
            string msg = string.Empty, uid = string.Empty;
            long seq = 0, startTime = 0, codeId = 0;
            var bars = new List<BtccKline>();
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("code"u8)) { Next(ref reader); code = (int)ReadInt64(ref reader); }
                else if (reader.ValueTextEquals("msg"u8)) { Next(ref reader); msg = reader.GetString() ?? string.Empty; }
                else if (reader.ValueTextEquals("uid"u8)) { Next(ref reader); uid = reader.GetString() ?? string.Empty; }
                else if (reader.ValueTextEquals("data"u8) && Next(ref reader) == JsonTokenType.StartObject)
                {
                    while (Next(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("Seq"u8)) { Next(ref reader); seq = ReadInt64(ref reader); }
                        else if (reader.ValueTextEquals("StartTime"u8)) { Next(ref reader); startTime = ReadInt64(ref reader); }
                        else if (reader.ValueTextEquals("CodeId"u8)) { Next(ref reader); codeId = ReadInt64(ref reader); }
                        else if (reader.ValueTextEquals("Interval"u8)) { Next(ref reader); interval = (int)ReadInt64(ref reader); }
                        else if (reader.ValueTextEquals("Count"u8)) { Next(ref reader); count = (int)ReadInt64(ref reader); }
                        else if (reader.ValueTextEquals("KdataInfo"u8))
                        {
                            Next(ref reader);
                            if (reader.TokenType == JsonTokenType.Null) continue;
                            Require(ref reader, JsonTokenType.StartArray);
                            while (Next(ref reader) == JsonTokenType.StartObject)
                            {
                                long time = 0;
                                decimal open = 0, close = 0, high = 0, low = 0, volume = 0;
                                while (Next(ref reader) == JsonTokenType.PropertyName)
                                {
                                    if (reader.ValueTextEquals("T"u8)) { Next(ref reader); time = ReadInt64(ref reader); }
                                    else if (reader.ValueTextEquals("O"u8)) { Next(ref reader); open = ReadDecimal(ref reader); }
                                    else if (reader.ValueTextEquals("C"u8)) { Next(ref reader); close = ReadDecimal(ref reader); }
                                    else if (reader.ValueTextEquals("H"u8)) { Next(ref reader); high = ReadDecimal(ref reader); }
                                    else if (reader.ValueTextEquals("L"u8)) { Next(ref reader); low = ReadDecimal(ref reader); }
                                    else if (reader.ValueTextEquals("A"u8)) { Next(ref reader); volume = ReadDecimal(ref reader); }
                                    else { Next(ref reader); reader.Skip(); }
                                }
                                bars.Add(new BtccKline(time, open, high, low, close, volume));
                            }
                        }
                        else { Next(ref reader); reader.Skip(); }
                    }
                }
                else
                {
                    if (reader.TokenType == JsonTokenType.PropertyName) Next(ref reader);
                    reader.Skip();
                }
            }
            return new BtccKlineReply(code, msg, uid, seq, startTime, codeId, interval, count, bars);
        }

        /// <summary>A reader positioned on the StartArray of the top-level <c>data</c>.</summary>
        private static Utf8JsonReader SeekData(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var isData = reader.ValueTextEquals("data"u8);
                Next(ref reader);
                if (isData)
                {
                    Require(ref reader, JsonTokenType.StartArray);
                    return reader;
                }
                reader.Skip();
            }
            throw new JsonException("quote message has no data array");
        }

        /// <summary>The first level of a book field; a null field (live tickinfo sends some) reads as 0, no level.</summary>
        private static decimal ReadFirst(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return ReadBookDecimal(ref reader);
            }
            var value = 0m;
            var first = true;
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                var item = ReadBookDecimal(ref reader);
                if (first)
                {
                    value = item;
                    first = false;
                }
            }
            return value;
        }

        /// <summary>The levels of a book field; a null field reads as no levels.</summary>
        private static decimal[] ReadLevels(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return [];
            }
            Require(ref reader, JsonTokenType.StartArray);
            Span<decimal> buffer = stackalloc decimal[16];
            var count = 0;
            List<decimal>? overflow = null;
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                var value = ReadBookDecimal(ref reader);
                if (count < buffer.Length)
                {
                    buffer[count] = value;
                }
                else
                {
                    overflow ??= new List<decimal>(buffer.ToArray());
                    overflow.Add(value);
                }
                count++;
            }
            return overflow?.ToArray() ?? buffer[..count].ToArray();
        }

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
                    if (reader.TryGetDecimal(out var number)) return number;
                    break;
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped || reader.HasValueSequence) break;
                    var span = reader.ValueSpan;
                    if (span.Length == 0) return 0m;
                    if (Utf8Parser.TryParse(span, out decimal text, out var consumed) && consumed == span.Length) return text;
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

        private static JsonTokenType Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new JsonException("quote message ended early");
            }
            return reader.TokenType;
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
        {
            Next(ref reader);
            Require(ref reader, type);
        }

        private static void Require(ref Utf8JsonReader reader, JsonTokenType type)
        {
            if (reader.TokenType != type)
            {
                throw new JsonException($"expected {type}, got {reader.TokenType}");
            }
        }
    }
}
