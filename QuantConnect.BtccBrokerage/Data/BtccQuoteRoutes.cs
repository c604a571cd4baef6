/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Data
{
    /// <summary>How a ticker's quote-feed SecID was found.</summary>
    public enum BtccQuoteRouteSource
    {
        /// <summary>symbollist <c>code_id</c>, listed in the quote dictionary under a name that does not contradict it.</summary>
        CodeId,
        /// <summary>The quote dictionary's <c>ShortName</c> (BTC/USDT.100x for BTCUSDT): code_id is not in the dictionary.</summary>
        ShortName,
        /// <summary>symbollist <c>code_id</c> taken on trust: no quote dictionary arrived to confirm it.</summary>
        CodeIdUnconfirmed
    }

    /// <summary>The quote-feed SecID a ticker's ticks, depth and klines come under.</summary>
    public sealed record BtccQuoteRoute(string Ticker, long SecId, BtccQuoteRouteSource Source);

    /// <summary>
    /// Which quote-feed SecID serves each instrument. No source confirms that symbollist's <c>code_id</c> is the
    /// quote SecID (the PDF's example code_id 1430475842 is far from the live SecIDs 65 to 3.6 M), so a code_id is
    /// used where the login's dictionary lists it, and otherwise the dictionary entry whose ShortName names the
    /// ticker. Only USDT-margined instruments get a route; the others, and USDT ones the dictionary knows nothing
    /// of, get a reason instead. Immutable; built by a pure function, so it is table-tested.
    /// </summary>
    public sealed class BtccQuoteRoutes
    {
        private readonly Dictionary<string, BtccQuoteRoute> _routes;
        private readonly Dictionary<string, string> _refusals;
        private readonly bool _dictionaryKnown;
        private readonly int _otherFamilies;

        private BtccQuoteRoutes(Dictionary<string, BtccQuoteRoute> routes, Dictionary<string, string> refusals, bool dictionaryKnown, int otherFamilies)
        {
            _routes = routes;
            _refusals = refusals;
            _dictionaryKnown = dictionaryKnown;
            _otherFamilies = otherFamilies;
        }

        /// <summary>Every route, by ticker.</summary>
        public IReadOnlyDictionary<string, BtccQuoteRoute> Routes => _routes;

        /// <summary>
        /// Builds the routes of <paramref name="instrumentsByTicker"/> (each ticker's symbollist variants) from the quote
        /// <paramref name="dictionary"/> (empty when none arrived: code_id is then taken on trust).
        /// </summary>
        public static BtccQuoteRoutes Build(IReadOnlyDictionary<string, IReadOnlyList<BtccSymbolInfo>> instrumentsByTicker,
            IReadOnlyCollection<BtccQuoteProduct> dictionary)
        {
            ArgumentNullException.ThrowIfNull(instrumentsByTicker);
            ArgumentNullException.ThrowIfNull(dictionary);
            var bySecId = new Dictionary<long, BtccQuoteProduct>();
            var byName = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var product in dictionary.OrderBy(p => p.SecId))
            {
                bySecId.TryAdd(product.SecId, product);
                if (BtccQuoteShortName.TryParse(product.ShortName, out var named, out var family, out _) && family == BtccMarginFamily.Usdt)
                {
                    byName.TryAdd(named, product.SecId); // one entry per pair live; several would be one market, the lowest wins
                }
            }
            var routes = new Dictionary<string, BtccQuoteRoute>(StringComparer.Ordinal);
            var refusals = new Dictionary<string, string>(StringComparer.Ordinal);
            var otherFamilies = 0;
            foreach (var (ticker, variants) in instrumentsByTicker.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (variants.Count == 0)
                {
                    continue;
                }
                var family = BtccMarginFamilies.Of(variants[0], ticker);
                if (BtccMarginFamilies.Refusal(family, ticker, variants[0].MarginCurrency) is { } refusal)
                {
                    refusals[ticker] = refusal;
                    otherFamilies++;
                    continue;
                }
                var codeIds = variants.Select(v => v.CodeId).Where(id => id != 0).Distinct().OrderBy(id => id).ToArray();
                if (dictionary.Count == 0)
                {
                    if (codeIds.Length > 0)
                    {
                        routes[ticker] = new BtccQuoteRoute(ticker, codeIds[0], BtccQuoteRouteSource.CodeIdUnconfirmed);
                    }
                    else
                    {
                        refusals[ticker] = $"{ticker} has no code_id in the symbol list and no quote dictionary arrived";
                    }
                    continue;
                }
                var confirmed = codeIds.Where(id => bySecId.TryGetValue(id, out var product) && !NamesAnother(product, ticker)).ToArray();
                if (confirmed.Length > 0)
                {
                    routes[ticker] = new BtccQuoteRoute(ticker, confirmed[0], BtccQuoteRouteSource.CodeId);
                }
                else if (byName.TryGetValue(ticker, out var secId))
                {
                    routes[ticker] = new BtccQuoteRoute(ticker, secId, BtccQuoteRouteSource.ShortName);
                }
                else
                {
                    var codes = codeIds.Length == 0 ? "none" : string.Join(", ", codeIds);
                    refusals[ticker] = $"BTCC's quote dictionary lists neither {ticker}'s code_id ({codes}) nor a USDT pair named {ticker}";
                }
            }
            return new BtccQuoteRoutes(routes, refusals, dictionary.Count > 0, otherFamilies);
        }

        /// <summary>Builds the routes of every instrument <paramref name="mapper"/> lists (none when it is null).</summary>
        public static BtccQuoteRoutes Build(BtccSymbolMapper? mapper, IReadOnlyCollection<BtccQuoteProduct> dictionary)
        {
            var instruments = new Dictionary<string, IReadOnlyList<BtccSymbolInfo>>(StringComparer.Ordinal);
            foreach (var symbol in mapper?.Symbols ?? Enumerable.Empty<Symbol>())
            {
                try
                {
                    instruments[symbol.Value] = mapper!.GetVariants(symbol);
                }
                catch (ArgumentException)
                {
                    // delisted by a refresh between the two reads
                }
            }
            return Build(instruments, dictionary);
        }

        /// <summary>The route of a ticker.</summary>
        public bool TryGet(string ticker, out BtccQuoteRoute route) => _routes.TryGetValue(ticker, out route!);

        /// <summary>Why a ticker of the symbol list has no route; null when it has one or is not in the list.</summary>
        public string? Reason(string ticker) => _refusals.TryGetValue(ticker, out var reason) ? reason : null;

        /// <summary>Which mapping is in force, in one line (logged when it changes).</summary>
        public string Describe()
        {
            if (!_dictionaryKnown)
            {
                return $"symbollist code_id taken as SecID for {_routes.Count} instruments, unconfirmed: no quote dictionary arrived";
            }
            var byCodeId = _routes.Values.Count(r => r.Source == BtccQuoteRouteSource.CodeId);
            var byName = _routes.Values.Count(r => r.Source == BtccQuoteRouteSource.ShortName);
            var parts = new List<string>();
            if (byCodeId > 0) parts.Add($"symbollist code_id confirmed by the quote dictionary for {byCodeId}");
            if (byName > 0) parts.Add($"the dictionary's ShortName for {byName} (their code_id is not a quote SecID)");
            var unrouted = _refusals.Count - _otherFamilies;
            if (unrouted > 0) parts.Add($"no SecID for {unrouted}");
            if (parts.Count == 0) parts.Add("no USDT-margined instruments");
            var text = "SecID routing: " + string.Join(", ", parts);
            return _otherFamilies > 0 ? $"{text}; {_otherFamilies} instruments of other margin families not offered" : text;
        }

        /// <summary>True when a dictionary entry's name is a pair other than the USDT-margined <paramref name="ticker"/>.</summary>
        private static bool NamesAnother(BtccQuoteProduct product, string ticker)
            => BtccQuoteShortName.TryParse(product.ShortName, out var named, out var family, out _)
                && (family != BtccMarginFamily.Usdt || !string.Equals(named, ticker, StringComparison.Ordinal));
    }
}
