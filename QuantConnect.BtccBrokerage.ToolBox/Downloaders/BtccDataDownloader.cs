using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Downloaders
{
    /// <summary>
    /// Downloads trade bars from BTCC's candles (quote websocket <c>ReqKline</c>): Minute (interval 35),
    /// Hour (4) and Daily (5). Bars follow LEAN's convention: <c>Time</c> is the bar's start in the
    /// exchange time zone (UTC for crypto futures) and <c>EndTime = Time + period</c>.
    /// BTCC has no tick, second or quote-bar history; such requests yield nothing and say why.
    /// </summary>
    public sealed class BtccDataDownloader : IDataDownloader
    {
        private readonly IBtccKlineSource _source;
        private readonly BtccSymbolMapper _mapper;
        private readonly CancellationToken _cancellationToken;

        /// <summary>Creates the downloader.</summary>
        public BtccDataDownloader(IBtccKlineSource source, BtccSymbolMapper mapper, CancellationToken cancellationToken = default)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _mapper = mapper ?? throw new ArgumentNullException(nameof(mapper));
            _cancellationToken = cancellationToken;
        }

        /// <summary>Called with a message when a request cannot be served; logs by default.</summary>
        public Action<string> OnUnsupported { get; set; } = message => BtccLog.Error("BtccDataDownloader", "Get", message);

        /// <summary>The BTCC interval of a LEAN resolution, if BTCC serves it.</summary>
        public static bool TryGetInterval(Resolution resolution, out BtccKlineInterval interval)
        {
            (var supported, interval) = resolution switch
            {
                Resolution.Minute => (true, BtccKlineInterval.Minute),
                Resolution.Hour => (true, BtccKlineInterval.Hour),
                Resolution.Daily => (true, BtccKlineInterval.Day),
                _ => (false, default)
            };
            return supported;
        }

        /// <summary>
        /// How much time one request covers: bounded so a single reply stays small and progress is
        /// visible (a day of minutes, 30 days of hours, a year of days).
        /// </summary>
        public static TimeSpan GetPageSpan(Resolution resolution) => resolution switch
        {
            Resolution.Minute => TimeSpan.FromDays(1),
            Resolution.Hour => TimeSpan.FromDays(30),
            _ => TimeSpan.FromDays(365)
        };

        /// <summary>
        /// The trade bars of <see cref="DataDownloaderGetParameters.Symbol"/> whose start lies in
        /// [StartUtc, EndUtc), oldest first, without duplicates. Pages are fetched lazily.
        /// </summary>
        /// <exception cref="ArgumentException">The symbol is not in the account's list.</exception>
        public IEnumerable<BaseData> Get(DataDownloaderGetParameters parameters)
        {
            ArgumentNullException.ThrowIfNull(parameters);
            var symbol = parameters.Symbol;
            if (parameters.TickType != TickType.Trade)
            {
                OnUnsupported($"{symbol}: {parameters.TickType} data is not available from BTCC, only Trade bars.");
                return Enumerable.Empty<BaseData>();
            }
            if (!TryGetInterval(parameters.Resolution, out var interval))
            {
                OnUnsupported($"{symbol}: {parameters.Resolution} resolution is not available from BTCC, only Minute, Hour and Daily.");
                return Enumerable.Empty<BaseData>();
            }
            if (!_mapper.TryGetInstrument(symbol, out var instrument))
            {
                // throws with the reason (unknown symbol, wrong market or type, leverage not listed)
                _mapper.GetBrokerageSymbol(symbol);
                throw new ArgumentException($"{symbol} is not in the account's symbol list.");
            }
            if (parameters.EndUtc <= parameters.StartUtc)
            {
                return Enumerable.Empty<BaseData>();
            }
            // candles come under the quote SecID, which the login's dictionary confirms or names (not always code_id)
            var routes = BtccQuoteRoutes.Build(_mapper, _source.Products);
            if (!routes.TryGet(symbol.Value, out var route))
            {
                OnUnsupported($"{symbol}: {routes.Reason(symbol.Value) ?? "no quote SecID"}.");
                return Enumerable.Empty<BaseData>();
            }
            return Download(symbol, route.SecId, interval, parameters.Resolution, parameters.StartUtc, parameters.EndUtc);
        }

        private IEnumerable<BaseData> Download(Symbol symbol, long codeId, BtccKlineInterval interval, Resolution resolution, DateTime startUtc, DateTime endUtc)
        {
            var period = resolution.ToTimeSpan();
            var pageSpan = GetPageSpan(resolution);
            var lastTime = DateTime.MinValue;
            for (var pageStart = startUtc; pageStart < endUtc; pageStart += pageSpan)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var pageEnd = pageStart + pageSpan < endUtc ? pageStart + pageSpan : endUtc;
                var klines = _source.GetKlinesAsync(codeId, interval, pageStart, pageEnd, _cancellationToken).GetAwaiter().GetResult();
                foreach (var kline in klines.OrderBy(k => k.Time))
                {
                    var time = DateTimeOffset.FromUnixTimeSeconds(kline.Time).UtcDateTime;
                    // the source may round the range outward; keep the requested window, once per start
                    if (time < pageStart || time >= pageEnd || time <= lastTime)
                    {
                        continue;
                    }
                    lastTime = time;
                    yield return new TradeBar(time, symbol, kline.Open, kline.High, kline.Low, kline.Close, kline.Volume, period);
                }
            }
        }
    }

    /// <summary>Resolution helpers.</summary>
    internal static class ResolutionExtensions
    {
        /// <summary>The length of one bar.</summary>
        public static TimeSpan ToTimeSpan(this Resolution resolution) => resolution switch
        {
            Resolution.Tick => TimeSpan.Zero,
            Resolution.Second => TimeSpan.FromSeconds(1),
            Resolution.Minute => TimeSpan.FromMinutes(1),
            Resolution.Hour => TimeSpan.FromHours(1),
            Resolution.Daily => TimeSpan.FromDays(1),
            _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, null)
        };
    }
}
