/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// LEAN symbol properties of BTCC instruments, and their entries in LEAN's symbol-properties database.
    /// LEAN's data folder has no btcc rows, and for a crypto future without one LEAN falls back to quote
    /// currency USD, so BTCUSDT cannot be split into base and quote currency ("Failed to resolve base
    /// currency for 'BTCUSDT'"): the brokerage therefore sets an entry per ticker at connect, before LEAN
    /// creates securities for AddCryptoFuture and for reconciled holdings and open orders.
    /// </summary>
    public static class BtccSymbolProperties
    {
        /// <summary>
        /// The properties of an instrument, the values of the BTCCSPU rows: description = ticker, quote currency =
        /// profit currency, contract multiplier = contract size, tick = 10^-digits, lot = volume step, market
        /// ticker = the BTCC path, minimum order size = minimum volume.
        /// </summary>
        /// <exception cref="ArgumentException">The instrument has no profit currency, or a volume step of zero or less.</exception>
        public static SymbolProperties Create(string ticker, BtccSymbolInfo instrument)
        {
            ArgumentNullException.ThrowIfNull(ticker);
            ArgumentNullException.ThrowIfNull(instrument);
            if (string.IsNullOrWhiteSpace(instrument.ProfitCurrency))
            {
                throw new ArgumentException($"{ticker} ({instrument.Name}) has no profit currency."); // no parameter name: the text is logged
            }
            if (instrument.VolumesStep <= 0m)
            {
                throw new ArgumentException($"{ticker} ({instrument.Name}) has volume step {BtccWireFormat.Decimal(instrument.VolumesStep)}: LEAN needs a positive lot size.");
            }
            var tickSize = new decimal(1, 0, 0, false, (byte)Math.Clamp(instrument.Digits, 0, 28));
            return new SymbolProperties(ticker, instrument.ProfitCurrency.ToUpperInvariant(), instrument.ContractSize, tickSize,
                instrument.VolumesStep, instrument.Name, instrument.VolumesMin);
        }

        /// <summary>
        /// Sets the btcc CryptoFuture entry of every ticker the mapper lists in LEAN's data-folder database (the
        /// instance LEAN's algorithm and engine read), from the variant orders go to, else the lowest leverage
        /// one: holdings may sit on any variant. Entries already equal are left alone; an instrument LEAN
        /// cannot take is skipped and logged. Returns the number of tickers with an entry.
        /// </summary>
        public static int Register(BtccSymbolMapper mapper)
        {
            ArgumentNullException.ThrowIfNull(mapper);
            var database = SymbolPropertiesDatabase.FromDataFolder();
            var registered = 0;
            foreach (var symbol in mapper.Symbols)
            {
                var instrument = mapper.TryGetInstrument(symbol, out var orderInstrument) ? orderInstrument : mapper.GetVariants(symbol)[0];
                SymbolProperties properties;
                try
                {
                    properties = Create(symbol.Value, instrument);
                }
                catch (ArgumentException error)
                {
                    BtccLog.Error("BtccSymbolProperties", "Register", $"{error.Message} No symbol-properties entry: LEAN cannot create its security.");
                    continue;
                }
                if (!symbol.Value.EndsWith(properties.QuoteCurrency, StringComparison.Ordinal))
                {
                    BtccLog.Error("BtccSymbolProperties", "Register", $"{symbol.Value} does not end with its quote currency {properties.QuoteCurrency}: LEAN cannot resolve its base currency.");
                }
                if (!database.ContainsKey(BtccMarket.Name, symbol.Value, SecurityType.CryptoFuture)
                    || !SameValues(database.GetSymbolProperties(BtccMarket.Name, symbol, SecurityType.CryptoFuture, properties.QuoteCurrency), properties))
                {
                    database.SetEntry(BtccMarket.Name, symbol.Value, SecurityType.CryptoFuture, properties);
                }
                registered++;
            }
            BtccLog.Trace("BtccSymbolProperties", "Register", $"{registered} btcc symbol-properties entries in place");
            return registered;
        }

        private static bool SameValues(SymbolProperties a, SymbolProperties b)
            => a.Description == b.Description && a.QuoteCurrency == b.QuoteCurrency && a.ContractMultiplier == b.ContractMultiplier
               && a.MinimumPriceVariation == b.MinimumPriceVariation && a.LotSize == b.LotSize && a.MarketTicker == b.MarketTicker
               && a.MinimumOrderSize == b.MinimumOrderSize && a.PriceMagnifier == b.PriceMagnifier && a.StrikeMultiplier == b.StrikeMultiplier;
    }
}
