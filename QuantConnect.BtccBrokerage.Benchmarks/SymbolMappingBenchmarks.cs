/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>
    /// <see cref="BtccSymbolMapper"/> lookups the plugin makes (a path for an order, a path's LEAN symbol, a symbol's
    /// variants for its quote routes and holdings, an order's path at a leverage) against a naive mapper that scans
    /// the symbol list and parses each path on every call. One lookup per invocation; ratios are per category.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class SymbolMappingBenchmarks
    {
        // a security at 10x: no 10x path is listed, so orders go to the 20x path with multiple 10
        private const decimal Leverage = 10m;

        private List<BtccSymbolInfo> _instruments = null!;
        private BtccSymbolMapper _mapper = null!;
        private Symbol _symbol = null!;
        private string _path = null!;
        private string _market = null!;

        [GlobalSetup]
        public void Setup()
        {
            _market = BtccMarket.Register();
            _instruments = BenchmarkInstruments.Create();
            _mapper = new BtccSymbolMapper(_instruments);
            // a ticker in the middle of the list, so the naive scans do typical work
            var ticker = BenchmarkInstruments.Ticker(BenchmarkInstruments.Tickers / 2);
            _symbol = Symbol.Create(ticker, SecurityType.CryptoFuture, _market);
            _path = BenchmarkInstruments.Path(ticker, 20);
        }

        [BenchmarkCategory("GetBrokerageSymbol"), Benchmark(Baseline = true)]
        public string NaiveGetBrokerageSymbol()
        {
            string? best = null;
            var bestLeverage = decimal.MaxValue;
            foreach (var instrument in _instruments)
            {
                var code = instrument.Name.Split('/').Last();
                var ticker = code.TrimEnd('x', 'X').TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToUpperInvariant();
                var leverage = decimal.Parse(code.Substring(ticker.Length, code.Length - ticker.Length - 1));
                if (ticker == _symbol.Value && leverage < bestLeverage)
                {
                    best = instrument.Name;
                    bestLeverage = leverage;
                }
            }
            return best ?? throw new ArgumentException("unknown symbol");
        }

        [BenchmarkCategory("GetBrokerageSymbol"), Benchmark]
        public string GetBrokerageSymbol() => _mapper.GetBrokerageSymbol(_symbol);

        [BenchmarkCategory("GetLeanSymbol"), Benchmark(Baseline = true)]
        public Symbol NaiveGetLeanSymbol()
        {
            foreach (var instrument in _instruments)
            {
                if (instrument.Name == _path)
                {
                    var code = _path.Split('/').Last();
                    var ticker = code.TrimEnd('x', 'X').TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToUpperInvariant();
                    return Symbol.Create(ticker, SecurityType.CryptoFuture, _market);
                }
            }
            throw new ArgumentException("unknown path");
        }

        [BenchmarkCategory("GetLeanSymbol"), Benchmark]
        public Symbol GetLeanSymbol() => _mapper.GetLeanSymbol(_path, SecurityType.CryptoFuture, _market);

        [BenchmarkCategory("GetVariants"), Benchmark(Baseline = true)]
        public List<BtccSymbolInfo> NaiveGetVariants()
        {
            var variants = new List<(BtccSymbolInfo Info, decimal Leverage)>();
            foreach (var instrument in _instruments)
            {
                var (ticker, leverage) = NaiveParse(instrument.Name);
                if (ticker == _symbol.Value)
                {
                    variants.Add((instrument, leverage));
                }
            }
            return variants.OrderBy(v => v.Leverage).Select(v => v.Info).ToList();
        }

        [BenchmarkCategory("GetVariants"), Benchmark]
        public IReadOnlyList<BtccSymbolInfo> GetVariants() => _mapper.GetVariants(_symbol);

        [BenchmarkCategory("TryChoose"), Benchmark(Baseline = true)]
        public (string Path, int Multiple)? NaiveTryChoose()
        {
            string? exact = null, above = null;
            var aboveLeverage = decimal.MaxValue;
            foreach (var instrument in _instruments)
            {
                var (ticker, leverage) = NaiveParse(instrument.Name);
                if (ticker != _symbol.Value) continue;
                if (leverage == Leverage) exact = instrument.Name;
                else if (leverage > Leverage && leverage < aboveLeverage) (above, aboveLeverage) = (instrument.Name, leverage);
            }
            return (exact ?? above) is { } path ? (path, (int)Leverage) : null;
        }

        [BenchmarkCategory("TryChoose"), Benchmark]
        public BtccLeverageChoice? TryChoose() => _mapper.TryChoose(_symbol, Leverage, out var choice, out _) ? choice : null;

        private static (string Ticker, decimal Leverage) NaiveParse(string path)
        {
            var code = path.Split('/').Last();
            var ticker = code.TrimEnd('x', 'X').TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToUpperInvariant();
            return (ticker, decimal.Parse(code.Substring(ticker.Length, code.Length - ticker.Length - 1)));
        }
    }
}
