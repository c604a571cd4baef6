using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>
    /// <see cref="BtccSymbolMapper"/> lookups against a naive mapper that scans the symbol list and parses
    /// each path on every call. One lookup per invocation; ratios are per category.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class SymbolMappingBenchmarks
    {
        private List<BtccSymbolInfo> _instruments = null!;
        private BtccSymbolMapper _mapper = null!;
        private Symbol _symbol = null!;
        private string _path = null!;
        private long _codeId;
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
            _codeId = _instruments.First(i => i.Name == _path).CodeId;
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

        [BenchmarkCategory("TryGetLeanSymbolByCodeId"), Benchmark(Baseline = true)]
        public Symbol? NaiveTryGetLeanSymbolByCodeId()
        {
            foreach (var instrument in _instruments)
            {
                if (instrument.CodeId == _codeId)
                {
                    var code = instrument.Name.Split('/').Last();
                    var ticker = code.TrimEnd('x', 'X').TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToUpperInvariant();
                    return Symbol.Create(ticker, SecurityType.CryptoFuture, _market);
                }
            }
            return null;
        }

        [BenchmarkCategory("TryGetLeanSymbolByCodeId"), Benchmark]
        public Symbol? TryGetLeanSymbolByCodeId() => _mapper.TryGetLeanSymbolByCodeId(_codeId, out var symbol) ? symbol : null;
    }
}
