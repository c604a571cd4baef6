/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccOrderValidatorTests
    {
        private static IEnumerable<TestCaseData> RefusedOrders()
        {
            var instrument = Instrument();
            TestCaseData Case(string name, Order order, BtccSymbolInfo? info, bool connected, BtccOrderRule rule, string message)
                => new TestCaseData(order, info, connected, rule, message).SetName(name);

            yield return Case("NotConnectedRefusesEveryOrder", Market(1m), instrument, false,
                BtccOrderRule.NotConnected, "Not connected to BTCC: the Market order for BTCUSDT cannot be sent");
            yield return Case("CryptoSpotIsNotACryptoFuture", new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.Crypto, BtccMarket.Register()), 1m, Time), instrument, true,
                BtccOrderRule.UnsupportedSecurityType, "BTCC trades CryptoFuture only; BTCUSDT is Crypto");
            yield return Case("EquityIsNotACryptoFuture", new MarketOrder(Symbol.Create("SPY", SecurityType.Equity, Market.USA), 1m, Time), instrument, true,
                BtccOrderRule.UnsupportedSecurityType, "BTCC trades CryptoFuture only; SPY is Equity");
            yield return Case("AnotherMarketsFutureIsRefused", new MarketOrder(Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance), 1m, Time), instrument, true,
                BtccOrderRule.UnsupportedMarket, "BTCC trades symbols of market btcc only; BTCUSDT belongs to market binance");
            yield return Case("StopLimitIsNotSupported", new StopLimitOrder(Btc, 1m, 60000m, 60010m, Time), instrument, true,
                BtccOrderRule.UnsupportedOrderType, "BTCC accepts Market, Limit and StopMarket orders; StopLimit is not supported");
            yield return Case("ZeroQuantityIsRefused", Market(0m), instrument, true,
                BtccOrderRule.ZeroQuantity, "Order quantity is zero for BTCUSDT");
            yield return Case("UnknownSymbolIsRefused", Market(1m), null, true,
                BtccOrderRule.UnknownSymbol, "Unknown symbol: BTCUSDT is not in BTCC's instrument list");
            yield return Case("NonTradableSymbolIsRefused", Market(1m), Instrument(BtccTradable.No), true,
                BtccOrderRule.NotTradable, "BTCUSDT is not tradable on BTCC");
            var usdcMargined = Instrument();
            usdcMargined.MarginCurrency = "USDC";
            yield return Case("AUsdcMarginedContractIsRefusedAsTheAccountIsUsdt", Market(1m), usdcMargined, true, BtccOrderRule.UnsupportedMarginFamily,
                "BTCUSDT is margined in USDC (USDC-margined): only USDT-margined futures are offered, as the plugin's cash and margin are in USDT");
            yield return Case("BuyOnlySymbolRefusesSells", Market(-1m, Future("XRPUSDT")), Instrument(BtccTradable.BuyOnly), true,
                BtccOrderRule.BuyOnly, "XRPUSDT is buy-only on BTCC: sell orders are refused");
            yield return Case("SellOnlySymbolRefusesBuys", Limit(1m, 0.5m, Future("XRPUSDT")), Instrument(BtccTradable.SellOnly), true,
                BtccOrderRule.SellOnly, "XRPUSDT is sell-only on BTCC: buy orders are refused");
            yield return Case("VolumeBelowMinimumIsRefused", Market(0.005m), instrument, true,
                BtccOrderRule.VolumeBelowMinimum, "Order quantity 0.005 is below the minimum volume 0.01 for BTCUSDT");
            yield return Case("ShortVolumeBelowMinimumIsRefused", Market(-0.005m), instrument, true,
                BtccOrderRule.VolumeBelowMinimum, "Order quantity 0.005 is below the minimum volume 0.01 for BTCUSDT");
            yield return Case("VolumeOffStepIsRefused", Market(0.015m), instrument, true,
                BtccOrderRule.VolumeOffStep, "Order quantity 0.015 is not a multiple of the volume step 0.01 for BTCUSDT");
            yield return Case("VolumeOffACoarseStepIsRefused", Market(-1.5m), Instrument(min: 1m, step: 1m, max: 100m), true,
                BtccOrderRule.VolumeOffStep, "Order quantity 1.5 is not a multiple of the volume step 1 for BTCUSDT");
            yield return Case("VolumeAboveMaximumIsRefused", Market(10.01m), instrument, true,
                BtccOrderRule.VolumeAboveMaximum, "Order quantity 10.01 is above the maximum volume 10 for BTCUSDT");
            yield return Case("LimitPriceOffTickIsRefused", Limit(1m, 60000.123m), instrument, true,
                BtccOrderRule.PriceOffTick, "Limit price 60000.123 is not a multiple of the price tick 0.01 (digits 2) for BTCUSDT");
            yield return Case("StopPriceOffTickIsRefused", Stop(-1m, 60000.5m), Instrument(digits: 0), true,
                BtccOrderRule.PriceOffTick, "Stop price 60000.5 is not a multiple of the price tick 1 (digits 0) for BTCUSDT");
            yield return Case("ZeroLimitPriceIsRefused", Limit(1m, 0m), instrument, true,
                BtccOrderRule.NonPositivePrice, "Limit price 0 must be positive for BTCUSDT");
            yield return Case("NegativeStopPriceIsRefused", Stop(1m, -5m), instrument, true,
                BtccOrderRule.NonPositivePrice, "Stop price -5 must be positive for BTCUSDT");
        }

        private static IEnumerable<TestCaseData> AcceptedOrders()
        {
            yield return new TestCaseData(Market(1m), Instrument()).SetName("MarketBuyOnAStepIsAccepted");
            yield return new TestCaseData(Market(-2.37m), Instrument()).SetName("MarketSellOnAStepIsAccepted");
            yield return new TestCaseData(Market(0.01m), Instrument()).SetName("ExactlyTheMinimumIsAccepted");
            yield return new TestCaseData(Market(10m), Instrument()).SetName("ExactlyTheMaximumIsAccepted");
            yield return new TestCaseData(Limit(0.5m, 60000.12m), Instrument()).SetName("LimitOnTheTickIsAccepted");
            yield return new TestCaseData(Stop(-0.5m, 61000m), Instrument()).SetName("StopOnTheTickIsAccepted");
            yield return new TestCaseData(Market(1m), Instrument(BtccTradable.BuyOnly)).SetName("BuyOnBuyOnlyIsAccepted");
            yield return new TestCaseData(Market(-1m), Instrument(BtccTradable.SellOnly)).SetName("SellOnSellOnlyIsAccepted");
            yield return new TestCaseData(Market(123.456m), Instrument(min: 0m, step: 0m, max: 0m)).SetName("ZeroLimitsMeanNoVolumeRule");
        }

        [TestCaseSource(nameof(RefusedOrders))]
        public void OrderBreakingARuleIsRefusedNamingTheRuleAndValues(Order order, BtccSymbolInfo? instrument, bool connected,
            BtccOrderRule rule, string message)
        {
            var verdict = BtccOrderValidator.Validate(order, instrument, connected);

            Assert.That(verdict.IsValid, Is.False);
            Assert.That(verdict.Rule, Is.EqualTo(rule));
            Assert.That(verdict.Message, Is.EqualTo(message));
        }

        [TestCaseSource(nameof(AcceptedOrders))]
        public void OrderMeetingEveryRuleIsAccepted(Order order, BtccSymbolInfo instrument)
        {
            var verdict = BtccOrderValidator.Validate(order, instrument, isConnected: true);

            Assert.That(verdict, Is.EqualTo(BtccOrderValidation.Valid));
            Assert.That(verdict.IsValid, Is.True);
            Assert.That(verdict.Message, Is.Empty);
        }

        [Test]
        public void ConnectionIsCheckedBeforeTheOrderItself()
        {
            var verdict = BtccOrderValidator.Validate(new StopLimitOrder(Btc, 0m, 1m, 1m, Time), (BtccSymbolInfo?)null, isConnected: false);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.NotConnected));
        }

        [Test]
        public void MinimumIsReportedBeforeStepWhenBothAreBroken()
        {
            var verdict = BtccOrderValidator.Validate(Market(0.005m), Instrument(min: 0.01m, step: 0.01m), isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.VolumeBelowMinimum));
        }

        [Test]
        public void RulesFromSymbolPropertiesHaveNoDigitsInTheTickMessage()
        {
            var rules = BtccInstrumentRules.FromSymbolProperties("BTCUSDT", Security(tick: 0.5m).SymbolProperties);

            var verdict = BtccOrderValidator.Validate(Limit(1m, 60000.25m), rules, isConnected: true);

            Assert.That(verdict.Message, Is.EqualTo("Limit price 60000.25 is not a multiple of the price tick 0.5 for BTCUSDT"));
        }

        [Test]
        public void RefusalBecomesAWarningWhoseCodeIsTheRuleName()
        {
            var verdict = BtccOrderValidator.Validate(Market(0.015m), Instrument(), isConnected: true);

            var message = verdict.ToBrokerageMessage();

            Assert.That(message, Is.Not.Null);
            Assert.That(message!.Type, Is.EqualTo(BrokerageMessageType.Warning));
            Assert.That(message.Code, Is.EqualTo("VolumeOffStep"));
            Assert.That(message.Message, Is.EqualTo(verdict.Message));
        }

        [Test]
        public void ValidVerdictHasNoBrokerageMessage()
        {
            Assert.That(BtccOrderValidation.Valid.ToBrokerageMessage(), Is.Null);
        }

        [TestCase(OrderType.Market, true)]
        [TestCase(OrderType.Limit, true)]
        [TestCase(OrderType.StopMarket, true)]
        [TestCase(OrderType.StopLimit, false)]
        [TestCase(OrderType.MarketOnOpen, false)]
        [TestCase(OrderType.MarketOnClose, false)]
        [TestCase(OrderType.LimitIfTouched, false)]
        [TestCase(OrderType.TrailingStop, false)]
        [TestCase(OrderType.ComboMarket, false)]
        public void OnlyMarketLimitAndStopMarketAreSupported(OrderType type, bool supported)
        {
            Assert.That(BtccOrderValidator.IsSupportedOrderType(type), Is.EqualTo(supported));
        }
    }
}
