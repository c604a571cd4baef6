/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// History from BTCC klines (quote websocket <c>ReqKline</c>): trade bars at Minute, Hour and Daily resolution.
    /// Requests BTCC cannot serve return null after a Warning message given once per kind of problem.
    /// </summary>
    public partial class BtccBrokerage
    {
        private static readonly TimeSpan HistoryTimeout = TimeSpan.FromMinutes(2);
        // BTCC does not document how many klines one reply holds; assume a small page when sizing the timeout.
        private const int ConservativeKlinesPerPage = 100;
        private readonly HashSet<string> _historyWarnings = new();

        /// <summary>
        /// Trade bars of a btcc crypto future whose start lies in [StartTimeUtc, EndTimeUtc), oldest first, with
        /// Time in the request's data time zone. Null for Tick/Second resolution (BTCC has no tick history), Quote
        /// or OpenInterest tick types, other markets or security types, unknown symbols and start after end.
        /// </summary>
        public override IEnumerable<BaseData>? GetHistory(HistoryRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!BtccHistoryBars.TryGetInterval(request.Resolution, out var interval))
            {
                return Unsupported("Resolution", $"BTCC has no {request.Resolution} history (klines start at one minute): {request.Symbol.Value} request skipped.");
            }
            if (request.TickType != TickType.Trade)
            {
                return Unsupported("TickType", $"BTCC klines are trade bars: {request.TickType} history of {request.Symbol.Value} is not available.");
            }
            if (!BtccMarket.IsBtccCryptoFuture(request.Symbol))
            {
                return Unsupported("Symbol", $"BTCC history serves only {BtccMarket.Name} crypto futures, not {request.Symbol.Value} ({request.Symbol.SecurityType}, market {request.Symbol.ID.Market}).");
            }
            if (request.StartTimeUtc > request.EndTimeUtc)
            {
                return Unsupported("TimeRange", $"history request for {request.Symbol.Value} starts ({request.StartTimeUtc:u}) after it ends ({request.EndTimeUtc:u}).");
            }
            EnsureSession();
            if (ListingRefusal(request.Symbol) is { } refusal)
            {
                return Unsupported("UnknownSymbol", $"{refusal}: no history for it.");
            }
            if (request.StartTimeUtc == request.EndTimeUtc)
            {
                return Array.Empty<BaseData>();
            }
            var feed = QuoteFeed ?? throw new InvalidOperationException("BtccBrokerage: the quote feed is not running (session not started).");
            try
            {
                using var timeout = new CancellationTokenSource(HistoryTimeoutFor(request));
                var source = feed.GetKlineSourceAsync(_settings!.Api.WebSocketReplyTimeout, timeout.Token).GetAwaiter().GetResult();
                if (!feed.TryGetSecId(request.Symbol, out var secId, out var reason))
                {
                    return Unsupported("NoQuoteRoute", $"No BTCC history for {request.Symbol.Value}: {reason}.");
                }
                var klines = source.GetKlinesAsync(secId, interval, request.StartTimeUtc, request.EndTimeUtc, timeout.Token).GetAwaiter().GetResult();
                var bars = BtccHistoryBars.ToTradeBars(klines, request.Symbol, request.Resolution, request.DataTimeZone,
                    request.StartTimeUtc, request.EndTimeUtc, DateTime.UtcNow).ToList<BaseData>();
                BtccLog.Trace("BtccBrokerage", "GetHistory", $"{request.Symbol.Value} {request.Resolution}: {bars.Count} bars from {request.StartTimeUtc:u} to {request.EndTimeUtc:u}");
                return bars;
            }
            catch (Exception error) when (error is TimeoutException or OperationCanceledException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
            {
                var text = $"BTCC history of {request.Symbol.Value} ({request.Resolution}) failed: {error.Message}";
                BtccLog.Error("BtccBrokerage", "GetHistory", text);
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "HistoryFailed", text));
                return null;
            }
        }

        /// <summary>
        /// Two minutes plus the time the kline budget needs for the request's pages, so a long warm-up is paced,
        /// not cut off.
        /// </summary>
        private TimeSpan HistoryTimeoutFor(HistoryRequest request)
        {
            var bars = (request.EndTimeUtc - request.StartTimeUtc).Ticks / request.Resolution.ToTimeSpan().Ticks;
            var pages = bars / ConservativeKlinesPerPage + 1;
            return HistoryTimeout + TimeSpan.FromSeconds(pages / _settings!.Api.KlineRequestsPerSecond);
        }

        /// <summary>Null, after a Warning message the first time this kind of request is refused.</summary>
        private IEnumerable<BaseData>? Unsupported(string kind, string text)
        {
            bool first;
            lock (_historyWarnings)
            {
                first = _historyWarnings.Add(kind);
            }
            if (first)
            {
                BtccLog.Trace("BtccBrokerage", "GetHistory", "WARNING " + text);
                OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, $"Unsupported{kind}History", text));
            }
            return null;
        }
    }
}
