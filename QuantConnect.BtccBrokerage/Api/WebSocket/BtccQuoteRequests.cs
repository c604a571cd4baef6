/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>The quote-websocket requests, written exactly as BTCC documents them (UTF-8 JSON).</summary>
    public static class BtccQuoteRequests
    {
        /// <summary><c>{"name":account_no,"clienttype":1,"key":api_key}</c> — BTCC's login has no action field.</summary>
        public static byte[] Login(string accountNo, string apiKey) => Write(w =>
        {
            w.WriteString("name", accountNo);
            w.WriteNumber("clienttype", 1);
            w.WriteString("key", apiKey);
        });

        /// <summary><c>{"action":"KeepLive"}</c>.</summary>
        public static byte[] KeepAlive() => Write(w => w.WriteString("action", "KeepLive"));

        /// <summary>
        /// <c>{"action":"ReqSubcri","symbols":["…"],"deep":"…"}</c>: SecIDs as strings; the depth SecID is
        /// added to <paramref name="secIds"/> when missing, as BTCC requires.
        /// </summary>
        public static byte[] Subscribe(IEnumerable<long> secIds, long? deep) => Write(w =>
        {
            w.WriteString("action", "ReqSubcri");
            w.WriteStartArray("symbols");
            var written = new HashSet<long>();
            foreach (var secId in secIds)
            {
                if (written.Add(secId))
                {
                    w.WriteStringValue(secId.ToString(CultureInfo.InvariantCulture));
                }
            }
            if (deep.HasValue && written.Add(deep.Value))
            {
                w.WriteStringValue(deep.Value.ToString(CultureInfo.InvariantCulture));
            }
            w.WriteEndArray();
            if (deep.HasValue)
            {
                w.WriteString("deep", deep.Value.ToString(CultureInfo.InvariantCulture));
            }
        });

        /// <summary><c>{"action":"ReqKline","code":…,"interval":…,"from":…,"to":…}</c> (code is a number here).</summary>
        public static byte[] Kline(long codeId, int interval, long from, long to) => Write(w =>
        {
            w.WriteString("action", "ReqKline");
            w.WriteNumber("code", codeId);
            w.WriteNumber("interval", interval);
            w.WriteNumber("from", from);
            w.WriteNumber("to", to);
        });

        private static byte[] Write(Action<Utf8JsonWriter> body)
        {
            var buffer = new ArrayBufferWriter<byte>(128);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }
            return buffer.WrittenSpan.ToArray();
        }
    }
}
