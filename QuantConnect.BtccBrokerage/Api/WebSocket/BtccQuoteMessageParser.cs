/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
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
            return ReadTickInfos(ref reader, ticks);
        }

        /// <summary>The <c>tickinfo</c> items of the data array the reader is on.</summary>
        private static int ReadTickInfos(ref Utf8JsonReader reader, ICollection<BtccTickInfo> ticks)
        {
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0, time = 0;
                decimal ask = 0, bid = 0, volume = 0, last = 0;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var name = Letter(ref reader);
                    Next(ref reader);
                    switch (name)
                    {
                        case (byte)'Y': secId = ReadBookInt64(ref reader); break;
                        case (byte)'A': ask = ReadFirst(ref reader); break;
                        case (byte)'B': bid = ReadFirst(ref reader); break;
                        case (byte)'T': time = ReadBookInt64(ref reader); break;
                        case (byte)'V': volume = ReadBookDecimal(ref reader); break;
                        case (byte)'C': last = ReadBookDecimal(ref reader); break;
                        default: reader.Skip(); break;
                    }
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
            return ReadDepths(ref reader, depths);
        }

        /// <summary>The <c>tickinfo_deep</c> items of the data array the reader is on.</summary>
        private static int ReadDepths(ref Utf8JsonReader reader, ICollection<BtccDepth> depths)
        {
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0, time = 0;
                decimal volume = 0, last = 0;
                decimal[] a = [], b = [], u = [], m = [], l = [], i = [], r = [], e = [];
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var name = Letter(ref reader);
                    Next(ref reader);
                    switch (name)
                    {
                        case (byte)'Y': secId = ReadBookInt64(ref reader); break;
                        case (byte)'T': time = ReadBookInt64(ref reader); break;
                        case (byte)'V': volume = ReadBookDecimal(ref reader); break;
                        case (byte)'C': last = ReadBookDecimal(ref reader); break;
                        case (byte)'A': a = ReadLevels(ref reader); break;
                        case (byte)'B': b = ReadLevels(ref reader); break;
                        case (byte)'U': u = ReadLevels(ref reader); break;
                        case (byte)'M': m = ReadLevels(ref reader); break;
                        case (byte)'L': l = ReadLevels(ref reader); break;
                        case (byte)'I': i = ReadLevels(ref reader); break;
                        case (byte)'R': r = ReadLevels(ref reader); break;
                        case (byte)'E': e = ReadLevels(ref reader); break;
                        default: reader.Skip(); break;
                    }
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
            return ReadDealTicks(ref reader, deals);
        }

        /// <summary>The <c>dealticksnap</c> trades of the data array the reader is on.</summary>
        private static int ReadDealTicks(ref Utf8JsonReader reader, ICollection<BtccDealTick> deals)
        {
            var count = 0;
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                long secId = 0;
                // BTCC prints Y before Items, so trades go straight out; only an item whose Y comes after its
                // Items is buffered until Y is known.
                List<(decimal Price, decimal Volume, long Time)>? early = null;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (Letter(ref reader) == (byte)'Y') { Next(ref reader); secId = ReadInt64(ref reader); }
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
                                var name = Letter(ref reader);
                                Next(ref reader);
                                switch (name)
                                {
                                    case (byte)'P': price = ReadDecimal(ref reader); break;
                                    case (byte)'V': volume = ReadDecimal(ref reader); break;
                                    case (byte)'T': time = ReadInt64(ref reader); break;
                                    default: reader.Skip(); break;
                                }
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

        /// <summary>
        /// The one-letter property name the reader is on (BTCC names every quote field with one letter), or 0 for any other
        /// name: a byte compare instead of a text comparison per field.
        /// </summary>
        private static byte Letter(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                var name = reader.ValueSpan;
                return name.Length == 1 ? name[0] : (byte)0;
            }
            var text = reader.GetString();
            return text is { Length: 1 } && text[0] < 128 ? (byte)text[0] : (byte)0;
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
