using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    /// <summary>An in-memory BTCC: a fixed symbol list and generated candles, recording kline requests.</summary>
    internal sealed class FakeBtccSources : IBtccSymbolListSource, IBtccKlineSource, IBtccToolBoxConnection
    {
        private readonly IReadOnlyList<BtccSymbolInfo> _instruments;

        public FakeBtccSources(IReadOnlyList<BtccSymbolInfo> instruments)
        {
            _instruments = instruments;
        }

        /// <summary>The quote dictionary of the fake login (none by default).</summary>
        public IReadOnlyList<BtccQuoteProduct> Products { get; set; } = Array.Empty<BtccQuoteProduct>();

        /// <summary>Every ReqKline asked for.</summary>
        public List<(long CodeId, BtccKlineInterval Interval, DateTime From, DateTime To)> Requests { get; } = new();

        /// <summary>How many seconds a candle of an interval lasts.</summary>
        public static long Seconds(BtccKlineInterval interval) => interval switch
        {
            BtccKlineInterval.Minute => 60,
            BtccKlineInterval.Hour => 3600,
            BtccKlineInterval.Day => 86400,
            _ => throw new ArgumentOutOfRangeException(nameof(interval))
        };

        /// <summary>The candle that starts at <paramref name="time"/>: prices derived from the time so every bar differs.</summary>
        public static BtccKline Candle(long codeId, long time)
        {
            var open = 100m + (time / 60 % 1000) * 0.25m + codeId % 7;
            return new BtccKline(time, open, open + 1.5m, open - 0.75m, open + 0.5m, 1.25m + time % 13);
        }

        public bool Disposed { get; private set; }

        public IBtccSymbolListSource SymbolList => this;

        public IBtccKlineSource Klines => this;

        public Task<IReadOnlyList<BtccSymbolInfo>> GetSymbolListAsync(CancellationToken cancellationToken = default)
            => Task.FromResult(_instruments);

        public Task<IReadOnlyList<BtccKline>> GetKlinesAsync(long codeId, BtccKlineInterval interval, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
        {
            Requests.Add((codeId, interval, fromUtc, toUtc));
            var step = Seconds(interval);
            var from = new DateTimeOffset(fromUtc).ToUnixTimeSeconds();
            var to = new DateTimeOffset(toUtc).ToUnixTimeSeconds();
            var candles = new List<BtccKline>();
            // like a real source, start on the interval grid at or before the request and return the
            // candles newest first, so the caller has to trim and sort
            for (var time = from - from % step; time < to; time += step)
            {
                candles.Add(Candle(codeId, time));
            }
            candles.Reverse();
            return Task.FromResult<IReadOnlyList<BtccKline>>(candles);
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
