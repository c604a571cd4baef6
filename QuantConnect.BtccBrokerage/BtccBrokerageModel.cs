/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Benchmarks;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// BTCC's rules for LEAN: crypto futures on market "btcc", Market/Limit/StopMarket orders checked against
    /// each instrument's volume and price rules before they reach the brokerage, BTCC's fees and leveraged margin.
    /// </summary>
    /// <remarks>
    /// The rules come from <see cref="BtccOrderValidator"/>, the same code the brokerage runs before it sends an
    /// order. Instrument rules are read from a <see cref="BtccInstrumentCatalog"/> the brokerage fills from
    /// symbollist; for a ticker the catalog does not hold, the security's LEAN symbol properties stand in
    /// (lot size, minimum order size, minimum price variation).
    /// </remarks>
    public class BtccBrokerageModel : DefaultBrokerageModel
    {
        /// <summary>
        /// The leverage used when none is given. It should equal the <c>multiple</c> the brokerage sends with
        /// each open, which is what BTCC margins the position at.
        /// </summary>
        public const decimal DefaultLeverage = 10m;

        private static readonly IReadOnlyDictionary<SecurityType, string> BtccMarkets = CreateDefaultMarkets();

        private readonly decimal _leverage;
        private readonly BtccInstrumentCatalog _catalog;

        /// <summary>
        /// Creates the model an algorithm sets itself (<c>SetBrokerageModel</c>, backtests too): with no brokerage's
        /// instruments, rules come from LEAN's symbol properties (which a connected brokerage registers from BTCC's list);
        /// the brokerage checks every order against BTCC's own rules again before sending it.
        /// </summary>
        public BtccBrokerageModel(AccountType accountType = AccountType.Margin, decimal leverage = DefaultLeverage)
            : this(accountType, leverage, new BtccInstrumentCatalog())
        {
        }

        /// <summary>Creates the model reading instrument rules from a given catalog; registers the btcc market with LEAN.</summary>
        public BtccBrokerageModel(AccountType accountType, decimal leverage, BtccInstrumentCatalog catalog)
            : base(accountType)
        {
            if (leverage < 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(leverage), leverage, "Leverage must be at least 1");
            }
            _leverage = leverage;
            _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            // a backtest has no brokerage to register "btcc": SetBrokerageModel(new BtccBrokerageModel()) must make
            // AddCryptoFuture(ticker, market: "btcc") work
            BtccMarket.Register();
        }

        /// <summary>LEAN's default markets with CryptoFuture and Crypto on "btcc".</summary>
        public override IReadOnlyDictionary<SecurityType, string> DefaultMarkets => BtccMarkets;

        /// <summary>
        /// Whether BTCC accepts the order; otherwise a warning whose code names the broken <see cref="BtccOrderRule"/>.
        /// </summary>
        public override bool CanSubmitOrder(Security security, Order order, out BrokerageMessageEvent message)
        {
            ArgumentNullException.ThrowIfNull(security);
            // Connectivity is the brokerage's to judge when it sends; the model judges the order itself.
            var verdict = BtccOrderValidator.Validate(order, RulesOf(security), isConnected: true);
            // LEAN's contract: the message is null when the order is accepted.
            message = verdict.ToBrokerageMessage()!;
            return verdict.IsValid;
        }

        /// <summary>
        /// Whether BTCC accepts the update: only pending Limit and StopMarket orders can change, and the updated
        /// order must meet every rule; otherwise a warning whose code names the broken <see cref="BtccOrderRule"/>.
        /// </summary>
        public override bool CanUpdateOrder(Security security, Order order, UpdateOrderRequest request, out BrokerageMessageEvent message)
        {
            ArgumentNullException.ThrowIfNull(security);
            var verdict = BtccOrderValidator.ValidateUpdate(order, request, RulesOf(security), isConnected: true);
            // LEAN's contract: the message is null when the order is accepted.
            message = verdict.ToBrokerageMessage()!;
            return verdict.IsValid;
        }

        /// <summary>
        /// Per-ticker leverages (<c>btcc-leverage</c>) that take precedence over the constructor's leverage. The
        /// brokerage sends each order with its security's leverage, so the margin model and BTCC's <c>multiple</c> agree.
        /// </summary>
        public Symbols.BtccLeverageSetting? LeverageSetting { get; init; }

        /// <summary>The configured leverage (per ticker when <see cref="LeverageSetting"/> has one) for a margin account; 1 for a cash account.</summary>
        public override decimal GetLeverage(Security security)
            => AccountType == AccountType.Cash ? 1m : LeverageSetting?.For(security.Symbol.Value) ?? _leverage;

        /// <summary>A <see cref="BtccFeeModel"/> at BTCC's VIP0 rates.</summary>
        public override IFeeModel GetFeeModel(Security security) => new BtccFeeModel();

        /// <summary>A <see cref="BtccBuyingPowerModel"/> at <see cref="GetLeverage"/>'s leverage.</summary>
        public override IBuyingPowerModel GetBuyingPowerModel(Security security)
            => new BtccBuyingPowerModel(GetLeverage(security));

        /// <summary>
        /// The BTCUSDT perpetual on btcc. It is quoted in USDT, the account's currency, so the benchmark brings no
        /// other currency into LEAN's cash book (LEAN's default, SPY, would add USD, which a USDT account has no
        /// conversion for).
        /// </summary>
        public override IBenchmark GetBenchmark(SecurityManager securities)
            => SecurityBenchmark.CreateInstance(securities, Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register()));

        private BtccInstrumentRules RulesOf(Security security)
        {
            var ticker = security.Symbol.Value;
            return _catalog.GetRules(ticker) ?? BtccInstrumentRules.FromSymbolProperties(ticker, security.SymbolProperties);
        }

        private static IReadOnlyDictionary<SecurityType, string> CreateDefaultMarkets()
        {
            var market = BtccMarket.Register();
            var markets = DefaultMarketMap.ToDictionary(pair => pair.Key, pair => pair.Value);
            markets[SecurityType.CryptoFuture] = market;
            markets[SecurityType.Crypto] = market;
            return markets;
        }
    }
}
