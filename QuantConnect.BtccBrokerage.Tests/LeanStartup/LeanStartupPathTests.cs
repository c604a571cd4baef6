/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Packets;
using QuantConnect.Securities;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.LeanStartup
{
    /// <summary>
    /// LEAN's live start-up against the simulator: the factory is constructed, the brokerage created and
    /// connected, the algorithm's Initialize adds BTCUSDT, and a security is created for every reconciled
    /// holding and open order. Each test starts from LEAN's data-folder databases as they are (Reset: no
    /// btcc entry), so what the plugin registers, and what LEAN says without it, is visible.
    /// </summary>
    [TestFixture, NonParallelizable]
    public class LeanStartupPathTests
    {
        /// <summary>Where LEAN creates securities at start-up.</summary>
        public enum StartUpSecurity
        {
            /// <summary>The algorithm's AddCryptoFuture("BTCUSDT", market: "btcc").</summary>
            AddCryptoFuture,
            /// <summary>A security per holding of GetAccountHoldings.</summary>
            ReconciledHolding,
            /// <summary>A security per order of GetOpenOrders.</summary>
            ReconciledOpenOrder
        }

        private BtccSimulator _simulator = null!;
        private BtccBrokerageFactory? _factory;
        private BtccBrokerage? _brokerage;

        [OneTimeSetUp]
        public async Task StartSimulatorWithHoldingsAndOpenOrders()
        {
            _simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero });
            _simulator.OpenExternalPosition("BTCUSDT", 1, 0.05m);
            _simulator.OpenExternalPosition("ETHUSDT", 2, 0.5m);
            _simulator.PlaceExternalPendingOrder("SOLUSDT", 1, 1, 1m, 140m);
            _simulator.PlaceExternalPendingOrder("XRPUSDT", 2, 1, 10m, 0.7m);
        }

        [OneTimeTearDown]
        public async Task StopSimulator()
        {
            await _simulator.DisposeAsync();
            ResetDatabases();
            BtccMarket.Register();
        }

        [SetUp]
        public void ResetDatabases()
        {
            MarketHoursDatabase.Reset();
            SymbolPropertiesDatabase.Reset();
        }

        [TearDown]
        public void DisposeBrokerage()
        {
            _brokerage?.Dispose();
            _factory?.Dispose();
            _brokerage = null;
            _factory = null;
        }

        [Test]
        public void ConstructingTheFactoryRegistersAnAlwaysOpenUtcMarketHoursEntry()
        {
            _factory = new BtccBrokerageFactory();

            var entry = MarketHoursDatabase.FromDataFolder().GetEntry(BtccMarket.Name, "BTCUSDT", SecurityType.CryptoFuture);
            Assert.That((entry.ExchangeHours.IsMarketAlwaysOpen, entry.ExchangeHours.TimeZone, entry.DataTimeZone), Is.EqualTo((true, TimeZones.Utc, TimeZones.Utc)));
        }

        [Test]
        public void ConnectRegistersASymbolPropertiesEntryPerListedTicker()
        {
            var brokerage = ConnectAsLeanDoes();

            var tickers = brokerage.SymbolMapper!.Symbols.Select(s => s.Value).ToList();
            Assert.That(tickers, Has.Count.EqualTo(InstrumentCatalog.Create().Select(i => i.Ticker).Distinct().Count()));
            Assert.That(tickers.Where(t => !SymbolPropertiesDatabase.FromDataFolder().ContainsKey(BtccMarket.Name, t, SecurityType.CryptoFuture)), Is.Empty);
        }

        [Test]
        public void AfterConnectLeanCreatesTheSecurity([Values] StartUpSecurity where)
        {
            var brokerage = ConnectAsLeanDoes();
            var cashBook = LeanSecurityCreation.BtccCashBook();

            foreach (var symbol in SymbolsOf(where, brokerage))
            {
                var security = Create(where, symbol, cashBook);

                Assert.That(security.QuoteCurrency.Symbol, Is.EqualTo("USDT"));
                Assert.That(cashBook.ContainsKey(symbol.Value[..^"USDT".Length]), Is.True, $"base currency of {symbol.Value}");
            }
        }

        [Test]
        public void WithoutTheMarketHoursEntryLeanCannotLocateExchangeHours([Values] StartUpSecurity where)
        {
            var symbols = SymbolsOf(where, ConnectAsLeanDoes());

            MarketHoursDatabase.Reset();

            foreach (var symbol in symbols)
            {
                Assert.That(() => Create(where, symbol, LeanSecurityCreation.BtccCashBook()),
                    Throws.ArgumentException.With.Message.EqualTo($"Unable to locate exchange hours for CryptoFuture-btcc-{symbol.Value}."));
            }
        }

        [Test]
        public void WithoutSymbolPropertiesLeanCannotResolveTheBaseCurrency([Values] StartUpSecurity where)
        {
            var symbols = SymbolsOf(where, ConnectAsLeanDoes());

            SymbolPropertiesDatabase.Reset();

            foreach (var symbol in symbols)
            {
                Assert.That(() => Create(where, symbol, LeanSecurityCreation.BtccCashBook()), Throws.ArgumentException.With.Message.EqualTo(
                    $"Failed to resolve base currency for '{symbol.Value}', it might be missing from the Symbol database or market 'btcc' could be wrong"));
            }
        }

        [Test]
        public void AddCryptoFutureGetsTheSymbolListsTradingRules()
        {
            ConnectAsLeanDoes();
            var cashBook = LeanSecurityCreation.BtccCashBook();

            var properties = LeanSecurityCreation.AddCryptoFuture("BTCUSDT", BtccMarket.Name, cashBook).SymbolProperties;

            // the variant orders go to: with no btcc-leverage, 10x on the tightest path that allows it
            var instrument = InstrumentCatalog.Create().Where(i => i.Ticker == "BTCUSDT" && i.Leverage >= 10).MinBy(i => i.Leverage)!;
            Assert.That((properties.MinimumPriceVariation, properties.LotSize, properties.MinimumOrderSize, properties.ContractMultiplier, properties.MarketTicker),
                Is.EqualTo((instrument.Tick, instrument.VolumesStep, (decimal?)instrument.VolumesMin, instrument.ContractSize, instrument.Path)));
            Assert.That(cashBook.ContainsKey("BTC"), Is.True);
        }

        private BtccBrokerage ConnectAsLeanDoes()
        {
            _factory = new BtccBrokerageFactory();
            var job = new LiveNodePacket { Brokerage = BtccBrokerage.BrokerageName, BrokerageData = SimulatorBrokerageData.For(_simulator) };
            _brokerage = (BtccBrokerage)_factory.CreateBrokerage(job, null!);
            _brokerage.Connect();
            return _brokerage;
        }

        private static IReadOnlyList<Symbol> SymbolsOf(StartUpSecurity where, BtccBrokerage brokerage)
        {
            var symbols = where switch
            {
                StartUpSecurity.AddCryptoFuture => new List<Symbol> { Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Name) },
                StartUpSecurity.ReconciledHolding => brokerage.GetAccountHoldings().Select(h => h.Symbol).ToList(),
                _ => brokerage.GetOpenOrders().Select(o => o.Symbol).ToList()
            };
            Assert.That(symbols, Has.Count.GreaterThanOrEqualTo(where == StartUpSecurity.AddCryptoFuture ? 1 : 2), $"{where} securities");
            return symbols;
        }

        private static Security Create(StartUpSecurity where, Symbol symbol, CashBook cashBook)
            => where == StartUpSecurity.AddCryptoFuture
                ? LeanSecurityCreation.AddCryptoFuture(symbol.Value, symbol.ID.Market, cashBook)
                : LeanSecurityCreation.CreateSecurity(symbol, cashBook);
    }
}
