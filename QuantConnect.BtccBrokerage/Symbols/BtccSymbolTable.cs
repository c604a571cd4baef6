/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// One immutable snapshot of the account's instruments, built once per symbol list so lookups are
    /// plain dictionary reads (no parsing, no allocation). <see cref="BtccSymbolMapper"/> swaps whole
    /// tables on refresh.
    /// </summary>
    internal sealed class BtccSymbolTable
    {
        /// <summary>Everything known about one LEAN symbol.</summary>
        internal sealed class Entry
        {
            public Entry(Symbol symbol, IReadOnlyList<(BtccSymbolInfo Info, decimal Maximum)> paths, BtccLeverageChoice? orderChoice, string? leverageError)
            {
                Symbol = symbol;
                Paths = paths;
                Variants = paths.Select(p => p.Info).ToArray();
                OrderChoice = orderChoice;
                LeverageError = leverageError;
            }

            /// <summary>The LEAN symbol.</summary>
            public Symbol Symbol { get; }
            /// <summary>Every listed path with its maximum leverage (its suffix), by ascending maximum.</summary>
            public IReadOnlyList<(BtccSymbolInfo Info, decimal Maximum)> Paths { get; }
            /// <summary>Every listed path, by ascending maximum leverage.</summary>
            public IReadOnlyList<BtccSymbolInfo> Variants { get; }
            /// <summary>Path and multiple at the configured leverage; null when it is above every path's maximum.</summary>
            public BtccLeverageChoice? OrderChoice { get; }
            /// <summary>The path orders at the configured leverage go to.</summary>
            public BtccSymbolInfo? OrderInstrument => OrderChoice?.Instrument;
            /// <summary>Why there is no order choice.</summary>
            public string? LeverageError { get; }
        }

        private readonly Dictionary<Symbol, Entry> _bySymbol;
        private readonly Dictionary<string, Entry> _byPath;

        private BtccSymbolTable(Dictionary<Symbol, Entry> bySymbol, Dictionary<string, Entry> byPath, Symbol[] symbols)
        {
            _bySymbol = bySymbol;
            _byPath = byPath;
            Symbols = symbols;
        }

        /// <summary>Every LEAN symbol, ordered by ticker.</summary>
        public IReadOnlyList<Symbol> Symbols { get; }

        /// <summary>The entry of a LEAN symbol.</summary>
        public bool TryGet(Symbol symbol, out Entry entry) => _bySymbol.TryGetValue(symbol, out entry!);

        /// <summary>The entry of any variant's path.</summary>
        public bool TryGet(string path, out Entry entry) => _byPath.TryGetValue(path, out entry!);

        /// <summary>
        /// Builds a table. Deleted instruments (status != 0) and unreadable paths are left out (and
        /// reported through <paramref name="skipped"/>); variants with the same leverage resolve to the
        /// lowest product id, so the result never depends on the list's order.
        /// </summary>
        public static BtccSymbolTable Build(IEnumerable<BtccSymbolInfo> instruments, BtccLeverageSetting leverageSetting, Action<string>? skipped = null)
        {
            ArgumentNullException.ThrowIfNull(instruments);
            ArgumentNullException.ThrowIfNull(leverageSetting);
            var market = BtccMarket.Register();

            var byTicker = new Dictionary<string, List<(BtccSymbolInfo Info, decimal Leverage)>>(StringComparer.Ordinal);
            foreach (var info in instruments)
            {
                if (info == null)
                {
                    continue;
                }
                if (info.Status != 0)
                {
                    skipped?.Invoke($"'{info.Name}' skipped: status {info.Status} (deleted)");
                    continue;
                }
                if (!BtccSymbolPath.TryParse(info.Name, out var ticker, out var leverage))
                {
                    skipped?.Invoke($"'{info.Name}' skipped: not a BTCC symbol path");
                    continue;
                }
                if (!byTicker.TryGetValue(ticker, out var variants))
                {
                    byTicker[ticker] = variants = new List<(BtccSymbolInfo, decimal)>();
                }
                variants.Add((info, leverage));
            }

            var bySymbol = new Dictionary<Symbol, Entry>();
            var byPath = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var symbols = new List<Symbol>(byTicker.Count);
            foreach (var (ticker, list) in byTicker.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var variants = list
                    .OrderBy(v => v.Leverage)
                    .ThenBy(v => v.Info.Id)
                    .ThenBy(v => v.Info.Name, StringComparer.Ordinal)
                    .ToList();
                var symbol = Symbol.Create(ticker, SecurityType.CryptoFuture, market);
                var paths = variants.Select(v => (v.Info, v.Leverage)).ToArray();
                BtccLeverageChoice.TryChoose(ticker, paths, leverageSetting.For(ticker), out var orderChoice, out var leverageError);

                var entry = new Entry(symbol, paths, orderChoice, leverageError);
                bySymbol[symbol] = entry;
                symbols.Add(symbol);
                foreach (var (info, _) in variants)
                {
                    byPath.TryAdd(info.Name, entry);
                }
            }

            return new BtccSymbolTable(bySymbol, byPath, symbols.ToArray());
        }
    }
}
