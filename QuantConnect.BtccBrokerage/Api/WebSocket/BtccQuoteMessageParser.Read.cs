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
        /// What the message is (as <see cref="GetKind"/> says) and, for <c>tickinfo</c>, <c>tickinfo_deep</c> and
        /// <c>dealticksnap</c>, its items in <paramref name="items"/> (cleared first), in one pass over the bytes: BTCC puts
        /// the action before the data, so the data is read as soon as it is reached. A message whose data comes first is
        /// told by the data's shape, and its data read from where it starts. Other kinds are only named (their rare packets
        /// are read on their own). Malformed input throws <see cref="JsonException"/> or <see cref="FormatException"/>.
        /// </summary>
        public static BtccQuoteMessageKind Read(ReadOnlySpan<byte> utf8, BtccQuoteItems items)
        {
            ArgumentNullException.ThrowIfNull(items);
            items.Clear();
            if (IsBlank(utf8))
            {
                return BtccQuoteMessageKind.Empty;
            }
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            Expect(ref reader, JsonTokenType.StartObject);
            var byAction = BtccQuoteMessageKind.Unknown;
            var byData = BtccQuoteMessageKind.Unknown;
            var dataStart = default(Utf8JsonReader);
            var dataFirst = false;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("action"u8))
                {
                    Next(ref reader);
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        reader.Skip();
                        continue;
                    }
                    byAction = ActionKind(ref reader);
                    if (IsPush(byAction) && dataFirst && CarriesItems(byAction))
                    {
                        // the data came first: read it from where it started
                        ReadItems(byAction, ref dataStart, items);
                        return byAction;
                    }
                    if (IsPush(byAction) && !CarriesItems(byAction))
                    {
                        return byAction;
                    }
                    continue;
                }
                var isData = reader.ValueTextEquals("data"u8);
                Next(ref reader);
                if (!isData)
                {
                    reader.Skip();
                    continue;
                }
                if (CarriesItems(byAction))
                {
                    ReadItems(byAction, ref reader, items);
                    return byAction;
                }
                if (byAction == BtccQuoteMessageKind.Unknown)
                {
                    dataStart = reader;
                    dataFirst = true;
                }
                byData = DataKind(ref reader);
            }
            var kind = byData != BtccQuoteMessageKind.Unknown ? byData : byAction;
            if (CarriesItems(kind))
            {
                if (!dataFirst)
                {
                    throw new JsonException("quote message has no data array");
                }
                ReadItems(kind, ref dataStart, items);
            }
            return kind;
        }

        private static bool CarriesItems(BtccQuoteMessageKind kind)
            => kind is BtccQuoteMessageKind.TickInfo or BtccQuoteMessageKind.TickInfoDeep or BtccQuoteMessageKind.DealTickSnap;

        private static void ReadItems(BtccQuoteMessageKind kind, ref Utf8JsonReader reader, BtccQuoteItems items)
        {
            Require(ref reader, JsonTokenType.StartArray);
            switch (kind)
            {
                case BtccQuoteMessageKind.TickInfo:
                    ReadTickInfos(ref reader, items.Ticks);
                    break;
                case BtccQuoteMessageKind.TickInfoDeep:
                    ReadDepths(ref reader, items.Depths);
                    break;
                default:
                    ReadDealTicks(ref reader, items.Deals);
                    break;
            }
        }
    }
}
