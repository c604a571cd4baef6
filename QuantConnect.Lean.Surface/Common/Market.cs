/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;

namespace QuantConnect
{
    /// <summary>
    /// Market names and their numeric codes (stand-in for QuantConnect.Market). LEAN's own markets
    /// are listed with their codes; other markets are added at run time with <see cref="Add"/>.
    /// </summary>
    public static class Market
    {
        private const int MaxMarketIdentifier = 1000;
        private static readonly object Sync = new();
        private static readonly ConcurrentDictionary<string, int> Markets = new();
        private static readonly ConcurrentDictionary<int, string> ReverseMarkets = new();

        /// <summary>United States.</summary>
        public const string USA = "usa";
        /// <summary>Binance.</summary>
        public const string Binance = "binance";
        /// <summary>Kraken.</summary>
        public const string Kraken = "kraken";
        /// <summary>Bybit.</summary>
        public const string Bybit = "bybit";
        /// <summary>Coinbase.</summary>
        public const string Coinbase = "coinbase";

        static Market()
        {
            var hardcoded = new (string, int)[]
            {
                ("empty", 0), (USA, 1), ("fxcm", 2), ("oanda", 3), ("dukascopy", 4), ("bitfinex", 5), ("cmeglobex", 6),
                ("nymex", 7), ("cbot", 8), ("ice", 9), ("cboe", 10), ("india", 11), ("gdax", 12), (Kraken, 13),
                ("bittrex", 14), ("bithumb", 15), (Binance, 16), ("poloniex", 17), ("coinone", 18), ("hitbtc", 19),
                ("okcoin", 20), ("bitstamp", 21), ("comex", 22), ("cme", 23), ("sgx", 24), ("hkfe", 25),
                ("nyseliffe", 26), ("cfe", 33), ("ftx", 34), ("ftxus", 35), ("binanceus", 36), (Bybit, 37),
                (Coinbase, 38), ("interactivebrokers", 39), ("eurex", 40), ("ose", 41), ("dydx", 42), ("krx", 43)
            };
            foreach (var (name, id) in hardcoded)
            {
                Markets[name] = id;
                ReverseMarkets[id] = name;
            }
        }

        /// <summary>
        /// Registers a market. Throws when the identifier is out of range, already used (even by the
        /// same market) or the market already has another identifier.
        /// </summary>
        public static void Add(string market, int identifier)
        {
            if (identifier >= MaxMarketIdentifier)
            {
                throw new ArgumentOutOfRangeException(nameof(identifier),
                    $"The market identifier is limited to positive values less than {MaxMarketIdentifier}.");
            }
            market = market.ToLowerInvariant();
            lock (Sync)
            {
                if (Markets.TryGetValue(market, out var existing) && existing != identifier)
                {
                    throw new ArgumentException($"Attempted to add an already added market with a different identifier. Market: {market}");
                }
                if (ReverseMarkets.TryGetValue(identifier, out var existingMarket))
                {
                    throw new ArgumentException($"Attempted to add a market identifier that is already in use. New Market: {market} Existing Market: {existingMarket}");
                }
                Markets[market] = identifier;
                ReverseMarkets[identifier] = market;
            }
        }

        /// <summary>The code of a market, or null when it is not registered.</summary>
        public static int? Encode(string market)
            => Markets.TryGetValue(market.ToLowerInvariant(), out var code) ? code : null;

        /// <summary>The market of a code, or null.</summary>
        public static string Decode(int code) => ReverseMarkets.TryGetValue(code, out var market) ? market : null;

        /// <summary>Every registered market.</summary>
        public static List<string> SupportedMarkets() => Markets.Keys.ToList();
    }
}
