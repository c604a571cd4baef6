/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text.Json;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    public static partial class BtccQuoteMessageParser
    {
        /// <summary>
        /// What the message is. The market-data pushes (<c>tickinfo</c>, <c>tickinfo_deep</c>, <c>dealticksnap</c>,
        /// <c>Kline</c>, <c>keeplive</c>) carry the same action in BTCC's PDF and on its live servers, so
        /// their action decides. Every other packet is recognised by the shape of its <c>data</c> whatever its action:
        /// the PDF prints the login packets without one, the live servers send <c>Login</c>, <c>Dict</c> and
        /// <c>All Products</c>. An empty text frame (the live reply to a later ReqSubcri) is <see cref="BtccQuoteMessageKind.Empty"/>.
        /// </summary>
        public static BtccQuoteMessageKind GetKind(ReadOnlySpan<byte> utf8)
        {
            if (IsBlank(utf8))
            {
                return BtccQuoteMessageKind.Empty;
            }
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            Expect(ref reader, JsonTokenType.StartObject);
            var byAction = BtccQuoteMessageKind.Unknown;
            var byData = BtccQuoteMessageKind.Unknown;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("action"u8))
                {
                    Next(ref reader);
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        byAction = ActionKind(ref reader);
                        if (IsPush(byAction))
                        {
                            return byAction;
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                    continue;
                }
                var isData = reader.ValueTextEquals("data"u8);
                Next(ref reader);
                if (isData)
                {
                    byData = DataKind(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            return byData != BtccQuoteMessageKind.Unknown ? byData : byAction;
        }

        private static bool IsPush(BtccQuoteMessageKind kind) => kind is BtccQuoteMessageKind.TickInfo or BtccQuoteMessageKind.TickInfoDeep
            or BtccQuoteMessageKind.DealTickSnap or BtccQuoteMessageKind.Kline or BtccQuoteMessageKind.KeepAlive;

        private static BtccQuoteMessageKind ActionKind(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals("tickinfo"u8)) return BtccQuoteMessageKind.TickInfo;
            if (reader.ValueTextEquals("dealticksnap"u8)) return BtccQuoteMessageKind.DealTickSnap;
            if (reader.ValueTextEquals("tickinfo_deep"u8)) return BtccQuoteMessageKind.TickInfoDeep;
            if (reader.ValueTextEquals("keeplive"u8) || reader.ValueTextEquals("KeepLive"u8)) return BtccQuoteMessageKind.KeepAlive;
            if (reader.ValueTextEquals("Kline"u8)) return BtccQuoteMessageKind.Kline;
            // the PDF's text copy prints AllProducts, the live servers send "All Products": an empty schedule list
            // has no shape to go by, so the action names it
            if (reader.ValueTextEquals("AllProducts"u8) || reader.ValueTextEquals("All Products"u8)) return BtccQuoteMessageKind.AllProducts;
            // Login and Dict are not trusted alone: without data.LoginResult a login would read as a success
            return BtccQuoteMessageKind.Unknown;
        }

        /// <summary>The kind the value under the reader (the top-level <c>data</c>) has; leaves the reader on its last token.</summary>
        private static BtccQuoteMessageKind DataKind(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ObjectDataKind(ref reader);
                case JsonTokenType.StartArray:
                    var kind = BtccQuoteMessageKind.Unknown;
                    var first = true;
                    while (Next(ref reader) != JsonTokenType.EndArray)
                    {
                        if (first && reader.TokenType == JsonTokenType.StartObject)
                        {
                            kind = ItemKind(ref reader); // the first item names the array
                        }
                        else
                        {
                            reader.Skip();
                        }
                        first = false;
                    }
                    return kind;
                default:
                    reader.Skip();
                    return BtccQuoteMessageKind.Unknown;
            }
        }

        private static BtccQuoteMessageKind ObjectDataKind(ref Utf8JsonReader reader)
        {
            var kind = BtccQuoteMessageKind.Unknown;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("LoginResult"u8)) kind = BtccQuoteMessageKind.LoginResult;
                else if (reader.ValueTextEquals("DictInfo"u8) && kind == BtccQuoteMessageKind.Unknown) kind = BtccQuoteMessageKind.Dictionary;
                else if (reader.ValueTextEquals("KdataInfo"u8) && kind == BtccQuoteMessageKind.Unknown) kind = BtccQuoteMessageKind.Kline;
                Next(ref reader);
                reader.Skip();
            }
            return kind;
        }

        /// <summary>The kind an item of a <c>data</c> array names by its fields; leaves the reader on the item's end.</summary>
        private static BtccQuoteMessageKind ItemKind(ref Utf8JsonReader reader)
        {
            bool schedule = false, items = false, depthLevels = false, secId = false, ask = false;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("weekday"u8) || reader.ValueTextEquals("szname"u8) || reader.ValueTextEquals("schedule"u8)) schedule = true;
                else if (reader.ValueTextEquals("Items"u8) || reader.ValueTextEquals("ItemCount"u8)) items = true;
                else if (reader.ValueTextEquals("Y"u8)) secId = true;
                else if (reader.ValueTextEquals("A"u8)) ask = true;
                else if (reader.ValueTextEquals("U"u8) || reader.ValueTextEquals("M"u8))
                {
                    // live tickinfo carries U and M too, as null: only arrays make a depth book
                    Next(ref reader);
                    depthLevels |= reader.TokenType == JsonTokenType.StartArray;
                    reader.Skip();
                    continue;
                }
                Next(ref reader);
                reader.Skip();
            }
            if (schedule) return BtccQuoteMessageKind.AllProducts;
            if (items) return BtccQuoteMessageKind.DealTickSnap;
            if (secId && depthLevels) return BtccQuoteMessageKind.TickInfoDeep;
            if (secId && ask) return BtccQuoteMessageKind.TickInfo;
            return BtccQuoteMessageKind.Unknown;
        }

        private static bool IsBlank(ReadOnlySpan<byte> utf8)
        {
            foreach (var b in utf8)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
