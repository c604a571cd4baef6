/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// Maps BTCC symbol paths (<c>GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x</c>) to LEAN crypto-future symbols
    /// of market "btcc" (ticker BTCUSDT) and back, from the account's own symbollist.
    /// <para>An account may list one path per pair (suffix = the pair's maximum leverage) or one per leverage; all
    /// of a ticker's paths map to ONE LEAN symbol, and any of them is accepted by <see cref="GetLeanSymbol"/>. Orders
    /// go to the path <see cref="BtccLeverageChoice"/> picks for their leverage (<c>btcc-leverage</c>, see
    /// <see cref="BtccLeverageSetting"/>; default 10x, or the pair's maximum when lower).</para>
    /// <para>Lookups read an immutable table; <see cref="Refresh"/> swaps in a new one atomically, so
    /// instruments listed or delisted while running are picked up without a restart.</para>
    /// </summary>
    public sealed class BtccSymbolMapper : ISymbolMapper
    {
        private readonly BtccLeverageSetting _leverageSetting;
        private volatile BtccSymbolTable _table;

        /// <summary>Creates a mapper from the account's instrument list.</summary>
        /// <param name="instruments">The symbollist items.</param>
        /// <param name="leverageSetting">Which leverage variant orders use; null = the lowest listed.</param>
        public BtccSymbolMapper(IEnumerable<BtccSymbolInfo> instruments, BtccLeverageSetting? leverageSetting = null)
        {
            _leverageSetting = leverageSetting ?? BtccLeverageSetting.Unset;
            _table = Build(instruments);
        }

        /// <summary>The leverage setting orders follow.</summary>
        public BtccLeverageSetting LeverageSetting => _leverageSetting;

        /// <summary>Every LEAN symbol currently listed, ordered by ticker.</summary>
        public IEnumerable<Symbol> Symbols => _table.Symbols;

        /// <summary>Replaces the tables with ones built from a fresh symbollist, atomically.</summary>
        public void Refresh(IEnumerable<BtccSymbolInfo> instruments)
        {
            var table = Build(instruments);
            _table = table;
        }

        /// <summary>The BTCC path orders for <paramref name="symbol"/> go to.</summary>
        /// <exception cref="ArgumentException">The symbol is not a listed btcc crypto future, or its configured
        /// leverage is not listed.</exception>
        public string GetBrokerageSymbol(Symbol symbol)
        {
            if (symbol is not null && _table.TryGet(symbol, out var entry))
            {
                return entry.OrderInstrument?.Name ?? throw new ArgumentException(entry.LeverageError, nameof(symbol));
            }
            throw new ArgumentException(DescribeUnknown(symbol), nameof(symbol));
        }

        /// <summary>The LEAN symbol of any leverage variant's path.</summary>
        /// <exception cref="ArgumentException">Unknown or malformed path, a market other than btcc or a
        /// security type other than CryptoFuture.</exception>
        public Symbol GetLeanSymbol(string brokerageSymbol, SecurityType securityType, string market,
            DateTime expirationDate = default, decimal strike = 0, OptionRight optionRight = 0)
        {
            if (securityType != SecurityType.CryptoFuture)
            {
                throw new ArgumentException($"BTCC symbol '{brokerageSymbol}': security type {securityType} is not supported, only CryptoFuture.", nameof(securityType));
            }
            if (!BtccMarket.IsBtcc(market))
            {
                throw new ArgumentException($"BTCC symbol '{brokerageSymbol}': market '{market}' is not supported, only '{BtccMarket.Name}'.", nameof(market));
            }
            if (brokerageSymbol is not null && _table.TryGet(brokerageSymbol, out var entry))
            {
                return entry.Symbol;
            }
            if (!BtccSymbolPath.TryParse(brokerageSymbol, out var ticker, out _))
            {
                throw new ArgumentException(BtccSymbolPath.DescribeMalformed(brokerageSymbol), nameof(brokerageSymbol));
            }
            throw new ArgumentException($"BTCC symbol '{brokerageSymbol}' ({ticker}) is not in this account's symbol list.", nameof(brokerageSymbol));
        }

        /// <summary>The LEAN symbol of a path of this account's list; false for anything else.</summary>
        public bool TryGetLeanSymbol(string brokerageSymbol, out Symbol symbol)
        {
            if (brokerageSymbol is not null && _table.TryGet(brokerageSymbol, out var entry))
            {
                symbol = entry.Symbol;
                return true;
            }
            symbol = Symbol.Empty;
            return false;
        }

        /// <summary>The instrument orders for <paramref name="symbol"/> go to (see <see cref="GetBrokerageSymbol"/>).</summary>
        /// <returns>False when the symbol is unknown or its configured leverage is not listed.</returns>
        public bool TryGetInstrument(Symbol symbol, out BtccSymbolInfo instrument)
        {
            if (symbol is not null && _table.TryGet(symbol, out var entry) && entry.OrderInstrument != null)
            {
                instrument = entry.OrderInstrument;
                return true;
            }
            instrument = null!;
            return false;
        }

        /// <summary>
        /// The path and multiple for an order on <paramref name="symbol"/> at <paramref name="leverage"/> (null: the
        /// configured leverage). False with a null <paramref name="error"/> when the symbol is not listed; false with
        /// the reason when it is, but not up to that leverage, naming <paramref name="source"/> as what to change (default:
        /// <c>btcc-leverage</c> or the security's leverage).
        /// </summary>
        public bool TryChoose(Symbol symbol, decimal? leverage, out BtccLeverageChoice choice, out string? error, string? source = null)
        {
            choice = null!;
            error = null;
            if (symbol is null || !_table.TryGet(symbol, out var entry))
            {
                return false;
            }
            if (leverage is null)
            {
                choice = entry.OrderChoice!;
                error = entry.LeverageError;
                return entry.OrderChoice != null;
            }
            var found = BtccLeverageChoice.TryChoose(symbol.Value, entry.Paths, leverage, out var chosen, out error, source);
            choice = chosen!;
            return found;
        }

        /// <summary>Every listed variant of <paramref name="symbol"/>, by ascending leverage.</summary>
        /// <exception cref="ArgumentException">The symbol is not listed.</exception>
        public IReadOnlyList<BtccSymbolInfo> GetVariants(Symbol symbol)
            => symbol is not null && _table.TryGet(symbol, out var entry)
                ? entry.Variants
                : throw new ArgumentException(DescribeUnknown(symbol), nameof(symbol));

        private BtccSymbolTable Build(IEnumerable<BtccSymbolInfo> instruments)
        {
            var table = BtccSymbolTable.Build(instruments, _leverageSetting,
                skipped => BtccLog.Debug("BtccSymbolMapper", "Build", skipped));
            BtccLog.Trace("BtccSymbolMapper", "Build", $"{table.Symbols.Count} instruments mapped, leverage setting '{_leverageSetting}'");
            return table;
        }

        private static string DescribeUnknown(Symbol? symbol)
        {
            if (symbol is null)
            {
                return "A null symbol cannot be mapped to BTCC.";
            }
            if (symbol.SecurityType != SecurityType.CryptoFuture)
            {
                return $"Symbol '{symbol.Value}': security type {symbol.SecurityType} is not supported by BTCC, only CryptoFuture.";
            }
            if (!BtccMarket.IsBtcc(symbol.ID.Market))
            {
                return $"Symbol '{symbol.Value}': market '{symbol.ID.Market}' is not supported, only '{BtccMarket.Name}'.";
            }
            return $"Symbol '{symbol.Value}' is not in this account's BTCC symbol list.";
        }
    }
}
