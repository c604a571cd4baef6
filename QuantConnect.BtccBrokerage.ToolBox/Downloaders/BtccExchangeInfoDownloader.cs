/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.ToolBox;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Downloaders
{
    /// <summary>
    /// Produces LEAN symbol-properties-database.csv rows for the instruments the account can trade:
    /// one row per LEAN ticker, taken from the leverage variant orders go to (see
    /// <see cref="BtccLeverageSetting"/>), with that BTCC path as <c>market_ticker</c>.
    /// </summary>
    public sealed class BtccExchangeInfoDownloader : IExchangeInfoDownloader
    {
        /// <summary>The header of LEAN's symbol-properties-database.csv.</summary>
        public const string Header = "market,symbol,type,description,quote_currency,contract_multiplier,minimum_price_variation,lot_size,market_ticker,minimum_order_size,price_magnifier,strike_multiplier";

        private readonly IBtccSymbolListSource _source;
        private readonly BtccLeverageSetting _leverageSetting;
        private readonly CancellationToken _cancellationToken;

        /// <summary>Creates the downloader.</summary>
        /// <param name="source">Where the account's symbollist comes from.</param>
        /// <param name="leverageSetting">The leverage whose path is the order path (see <see cref="BtccLeverageChoice"/>); null = unset (10x).</param>
        /// <param name="cancellationToken">Cancels the symbollist request.</param>
        public BtccExchangeInfoDownloader(IBtccSymbolListSource source, BtccLeverageSetting? leverageSetting = null, CancellationToken cancellationToken = default)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _leverageSetting = leverageSetting ?? BtccLeverageSetting.Unset;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The LEAN market of the rows: "btcc".</summary>
        public string Market => BtccMarket.Name;

        /// <summary>The rows, sorted by symbol (ordinal).</summary>
        public IEnumerable<string> Get()
        {
            var instruments = _source.GetSymbolListAsync(_cancellationToken).GetAwaiter().GetResult();
            return CreateRows(instruments, _leverageSetting);
        }

        /// <summary>
        /// The rows for a symbol list: instruments with tradable != 0 and status 0 only. A ticker whose
        /// configured leverage is not listed is left out (and logged), as it cannot be traded.
        /// </summary>
        public static IReadOnlyList<string> CreateRows(IEnumerable<BtccSymbolInfo> instruments, BtccLeverageSetting? leverageSetting = null)
        {
            var tradable = instruments.Where(i => i.Tradable != BtccTradable.No && i.Status == 0);
            var mapper = new BtccSymbolMapper(tradable, leverageSetting);
            var rows = new List<string>();
            foreach (var symbol in mapper.Symbols)
            {
                if (!mapper.TryGetInstrument(symbol, out var instrument))
                {
                    BtccLog.Error("BtccExchangeInfoDownloader", "CreateRows", $"{symbol.Value} left out: its configured leverage is not listed");
                    continue;
                }
                rows.Add(CreateRow(symbol.Value, instrument));
            }
            rows.Sort(StringComparer.Ordinal);
            return rows;
        }

        /// <summary>One row: market, symbol, type, description, quote currency, contract size, tick size, lot size, BTCC path, minimum order size.</summary>
        public static string CreateRow(string ticker, BtccSymbolInfo instrument)
        {
            var tickSize = new decimal(1, 0, 0, false, (byte)Math.Clamp(instrument.Digits, 0, 28));
            var fields = new[]
            {
                BtccMarket.Name,
                ticker,
                "cryptofuture",
                ticker,
                instrument.ProfitCurrency,
                BtccWireFormat.Decimal(instrument.ContractSize),
                BtccWireFormat.Decimal(tickSize),
                BtccWireFormat.Decimal(instrument.VolumesStep),
                instrument.Name,
                BtccWireFormat.Decimal(instrument.VolumesMin)
            };
            foreach (var field in fields)
            {
                if (field.Contains(',') || field.Contains('\n'))
                {
                    throw new FormatException($"{ticker}: the value '{field}' cannot be written to a CSV row.");
                }
            }
            return string.Join(',', fields);
        }
    }
}
