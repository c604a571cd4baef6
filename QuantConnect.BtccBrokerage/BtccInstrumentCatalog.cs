/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The BTCC instruments one brokerage trades, keyed by LEAN ticker: the brokerage fills it after it loads
    /// <c>symbollist</c>, and the <see cref="BtccBrokerageModel"/> its factory gives LEAN reads each instrument's rules
    /// from it (LEAN asks the same factory for the brokerage and for the model). One per brokerage, never process-wide. Thread-safe:
    /// an update swaps in a whole new snapshot, so readers never see half of one.
    /// </summary>
    public sealed class BtccInstrumentCatalog
    {
        private volatile FrozenDictionary<string, BtccSymbolInfo> _instruments =
            FrozenDictionary<string, BtccSymbolInfo>.Empty.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        /// <summary>How many instruments are known.</summary>
        public int Count => _instruments.Count;

        /// <summary>
        /// Replaces the instruments. The caller (the symbol mapper) decides which symbol path each LEAN ticker
        /// trades under when several leverage variants share a ticker; tickers compare case-insensitively.
        /// </summary>
        public void Update(IReadOnlyDictionary<string, BtccSymbolInfo> instrumentsByLeanTicker)
        {
            ArgumentNullException.ThrowIfNull(instrumentsByLeanTicker);
            var snapshot = new Dictionary<string, BtccSymbolInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var (ticker, instrument) in instrumentsByLeanTicker)
            {
                // Add, not the indexer: two tickers differing only in case would be an ambiguous mapping.
                snapshot.Add(ticker, instrument ?? throw new ArgumentException($"The instrument of {ticker} is null", nameof(instrumentsByLeanTicker)));
            }
            _instruments = snapshot.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Forgets every instrument.</summary>
        public void Clear() => _instruments = FrozenDictionary<string, BtccSymbolInfo>.Empty.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        /// <summary>The instrument of a LEAN ticker, if known.</summary>
        public bool TryGetInstrument(string leanTicker, [MaybeNullWhen(false)] out BtccSymbolInfo instrument)
        {
            if (leanTicker == null)
            {
                instrument = null;
                return false;
            }
            return _instruments.TryGetValue(leanTicker, out instrument);
        }

        /// <summary>The order rules of a LEAN ticker, or null when the instrument is not known.</summary>
        public BtccInstrumentRules? GetRules(string leanTicker)
            => TryGetInstrument(leanTicker, out var instrument) ? BtccInstrumentRules.FromSymbolInfo(leanTicker, instrument) : null;
    }
}
