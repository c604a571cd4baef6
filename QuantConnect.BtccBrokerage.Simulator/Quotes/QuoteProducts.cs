/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Quotes
{
    /// <summary>One entry of the quote dictionary; <see cref="Instrument"/> is null for a contract the simulator does not price.</summary>
    internal sealed record QuoteProduct(long SecId, string ShortName, int Digits, SimulatedInstrument? Instrument);

    /// <summary>
    /// The quote dictionary per dialect. The PDF shows SecID 3158070 named <c>BCH/USDTW</c> and symbollist's code_id
    /// is assumed to be the SecID, so the doc dialect names each ticker <c>BASE/USDTW</c> under its code_id. Live,
    /// the dictionary lists one entry per pair, named with its maximum leverage (<c>BTC/USDT.100x</c>, SecID 3289142),
    /// under SecIDs far from the PDF-era code_ids, next to USDC, coin-margined and USDX contracts.
    /// </summary>
    internal sealed class QuoteProducts
    {
        /// <summary>Contracts of other margin families on the live socket (SecID 65 as observed), not priced here.</summary>
        private static readonly (long SecId, string ShortName, int Digits)[] OtherFamilies =
        [
            (65, "BTC/USDC.500x", 1),
            (3291003, "BTC/USD.100x", 1),
            (3592201, "XAUUSD/USDX.500x", 2)
        ];

        private readonly Dictionary<long, QuoteProduct> _bySecId = new();
        private readonly Dictionary<string, long> _secIdByTicker = new(StringComparer.Ordinal);

        /// <summary>Builds the dictionary of <paramref name="instruments"/> (all leverage variants) in <paramref name="dialect"/>.</summary>
        public QuoteProducts(IReadOnlyList<SimulatedInstrument> instruments, BtccQuoteDialect dialect)
        {
            var tickers = instruments.GroupBy(i => i.Ticker).ToList();
            var products = new List<QuoteProduct>();
            for (var index = 0; index < tickers.Count; index++)
            {
                var variants = tickers[index];
                var first = variants.First();
                products.Add(dialect == BtccQuoteDialect.Live
                    ? new QuoteProduct(LiveSecId(first.Ticker, index), $"{first.BaseCurrency}/USDT.{variants.Max(v => v.Leverage)}x", first.Digits, first)
                    : new QuoteProduct(first.CodeId, $"{first.BaseCurrency}/USDTW", first.Digits, first));
            }
            if (dialect == BtccQuoteDialect.Live)
            {
                products.AddRange(OtherFamilies.Select(o => new QuoteProduct(o.SecId, o.ShortName, o.Digits, null)));
            }
            All = products;
            foreach (var product in products)
            {
                _bySecId[product.SecId] = product;
                if (product.Instrument != null)
                {
                    _secIdByTicker[product.Instrument.Ticker] = product.SecId;
                }
            }
        }

        /// <summary>Every entry, in dictionary order.</summary>
        public IReadOnlyList<QuoteProduct> All { get; }

        /// <summary>The SecID an instrument is quoted under.</summary>
        public long SecIdOf(SimulatedInstrument instrument) => _secIdByTicker[instrument.Ticker];

        /// <summary>The priced instrument of a SecID, or null.</summary>
        public SimulatedInstrument? InstrumentOf(long secId) => _bySecId.TryGetValue(secId, out var product) ? product.Instrument : null;

        // BTC/USDT.100x's SecID as observed; the others beside it, in the live range (65 to 3.6 M)
        private static long LiveSecId(string ticker, int index) => ticker == "BTCUSDT" ? 3289142 : 3290000 + index;
    }
}
