/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.WebSockets;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    public sealed partial class BtccQuoteWebSocketClient
    {
        private readonly SemaphoreSlim _klineLock = new(1, 1);

        /// <summary>
        /// Candles with start in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first. Pages
        /// forward: asks for [from, to], keeps the reply's bars, continues from the last bar's T plus one
        /// interval, until <c>to</c> is reached or a reply is empty.
        /// </summary>
        public async Task<IReadOnlyList<BtccKline>> GetKlinesAsync(long codeId, BtccKlineInterval interval, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
        {
            var from = new DateTimeOffset(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
            var to = new DateTimeOffset(DateTime.SpecifyKind(toUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
            var step = IntervalSeconds(interval);
            var bars = new List<BtccKline>();
            while (from < to)
            {
                var reply = await RequestKlineAsync(codeId, (int)interval, from, to, cancellationToken).ConfigureAwait(false);
                var last = long.MinValue;
                foreach (var bar in reply.Bars.OrderBy(b => b.Time))
                {
                    if (bar.Time >= from && bar.Time < to && (bars.Count == 0 || bar.Time > bars[^1].Time))
                    {
                        bars.Add(bar);
                    }
                    last = Math.Max(last, bar.Time);
                }
                if (reply.Bars.Count == 0 || last < from)
                {
                    break; // nothing further in range (or no progress)
                }
                from = last + step;
            }
            return bars;
        }

        /// <summary>
        /// One <c>ReqKline</c> and its <c>Kline</c> reply, matched by CodeId and Interval. One request is in
        /// flight at a time so replies cannot be confused, and each waits for the kline budget
        /// (<see cref="BtccApiSettings.KlineRequestsPerSecond"/>) so that paging a long history never bursts.
        /// </summary>
        public async Task<BtccKlineReply> RequestKlineAsync(long codeId, int interval, long from, long to, CancellationToken cancellationToken = default)
        {
            await _klineLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            var key = (codeId, interval);
            try
            {
                var connection = _connection;
                if (connection is not { IsOpen: true })
                {
                    throw new WebSocketException("the quote websocket is not connected");
                }
                await _klineGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                var pending = new TaskCompletionSource<BtccKlineReply>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pendingKlines[key] = pending;
                await SendAsync(connection, BtccQuoteRequests.Kline(codeId, interval, from, to), cancellationToken).ConfigureAwait(false);
                BtccKlineReply reply;
                try
                {
                    reply = await pending.Task.WaitAsync(_settings.WebSocketReplyTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    throw new TimeoutException($"no Kline reply for SecID {codeId}, interval {interval} within {_settings.WebSocketReplyTimeout.TotalSeconds:0} s");
                }
                if (reply.Code != 0)
                {
                    throw new InvalidOperationException($"Kline request for SecID {codeId} failed: code {reply.Code} '{reply.Msg}'");
                }
                return reply;
            }
            finally
            {
                _pendingKlines.TryRemove(key, out _);
                _klineLock.Release();
            }
        }

        /// <summary>The nominal length of a bar (a month counts 28 days: only used as a lower bound for the next start).</summary>
        public static long IntervalSeconds(BtccKlineInterval interval) => interval switch
        {
            BtccKlineInterval.Minute => 60,
            BtccKlineInterval.FiveMinutes => 300,
            BtccKlineInterval.FifteenMinutes => 900,
            BtccKlineInterval.ThirtyMinutes => 1800,
            BtccKlineInterval.Hour => 3600,
            BtccKlineInterval.TwoHours => 7200,
            BtccKlineInterval.FourHours => 14400,
            BtccKlineInterval.Day => 86400,
            BtccKlineInterval.Week => 7 * 86400,
            BtccKlineInterval.Month => 28 * 86400,
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "unknown BTCC kline interval")
        };

        private void OnKline(BtccKlineReply reply)
        {
            if (_pendingKlines.TryGetValue((reply.CodeId, reply.Interval), out var pending))
            {
                pending.TrySetResult(reply);
            }
            else if (reply.Code != 0 && !_pendingKlines.IsEmpty)
            {
                // an error reply may not name the request; only one is in flight, so it is that one's
                foreach (var waiting in _pendingKlines.Values) waiting.TrySetResult(reply);
            }
            else
            {
                BtccLog.Debug(Source, "Kline", $"ignored an unrequested Kline reply for SecID {reply.CodeId}");
            }
        }

        private void FailPendingKlines(Exception error)
        {
            foreach (var pending in _pendingKlines.Values)
            {
                pending.TrySetException(error);
            }
        }
    }
}
