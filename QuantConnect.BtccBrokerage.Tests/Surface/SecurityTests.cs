/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class SecurityTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, Market.Binance);

        [Test]
        public void ASecurityTakesItsPriceFromTheLastTrade()
        {
            var security = CreateSecurity(minimumOrderSize: null);

            security.SetMarketPrice(new Tick(new DateTime(2025, 1, 2), Btc, string.Empty, string.Empty, 0.5m, 97000m));

            Assert.That(security.Price, Is.EqualTo(97000m));
            Assert.That(security.Type, Is.EqualTo(SecurityType.CryptoFuture));
        }

        [Test]
        public void LeverageIsSetThroughTheBuyingPowerModel()
        {
            var security = CreateSecurity(minimumOrderSize: null);

            security.SetLeverage(20m);

            Assert.That(security.Leverage, Is.EqualTo(20m));
            Assert.That(security.BuyingPowerModel.GetLeverage(security), Is.EqualTo(20m));
        }

        [Test]
        public void AQuoteCurrencyOtherThanTheSymbolPropertiesOneIsRejected()
        {
            Assert.That(() => new Security(Btc, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), new Cash("USD", 0, 1),
                    SymbolProperties.GetDefault("USDT"), ErrorCurrencyConverter.Instance, RegisteredSecurityDataTypesProvider.Null, new SecurityCache()),
                Throws.ArgumentException);
        }

        [Test]
        public void AnOrderBelowTheMinimumSizeIsInvalidWithAWarning()
        {
            var security = CreateSecurity(minimumOrderSize: 0.001m);

            var valid = DefaultBrokerageModel.IsValidOrderSize(security, -0.0005m, out var message);

            Assert.That(valid, Is.False);
            Assert.That(message.Type, Is.EqualTo(BrokerageMessageType.Warning));
            Assert.That(message.Message, Does.Contain("0.001"));
            Assert.That(DefaultBrokerageModel.IsValidOrderSize(security, 0.001m, out message), Is.True);
            Assert.That(message, Is.Null);
        }

        [Test]
        public void ASubscriptionOfTicksDefaultsToTradesWithAZeroIncrement()
        {
            var config = new SubscriptionDataConfig(typeof(Tick), Btc, Resolution.Tick, TimeZones.Utc, TimeZones.Utc, false, false, false);
            var minute = new SubscriptionDataConfig(typeof(TradeBar), Btc, Resolution.Minute, TimeZones.Utc, TimeZones.Utc, true, false, false);

            Assert.That(config.TickType, Is.EqualTo(TickType.Trade));
            Assert.That(config.Increment, Is.EqualTo(TimeSpan.Zero));
            Assert.That(minute.Increment, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(config.Market, Is.EqualTo(Market.Binance));
        }

        [Test]
        public void AHistoryRequestFromASubscriptionCarriesItsSettings()
        {
            var config = new SubscriptionDataConfig(typeof(TradeBar), Btc, Resolution.Hour, TimeZones.Utc, TimeZones.Utc, true, false, false);
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            var request = new HistoryRequest(config, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), start, start.AddDays(2));

            Assert.That(request.Symbol, Is.EqualTo(Btc));
            Assert.That(request.Resolution, Is.EqualTo(Resolution.Hour));
            Assert.That(request.DataType, Is.EqualTo(typeof(TradeBar)));
            Assert.That(request.FillForwardResolution, Is.EqualTo(Resolution.Hour));
            Assert.That(request.TradableDaysInDataTimeZone, Is.EqualTo(new[] { start.Date, start.Date.AddDays(1), start.Date.AddDays(2) }));
        }

        private static Security CreateSecurity(decimal? minimumOrderSize)
            => new(Btc, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), new Cash("USDT", 0, 1),
                new SymbolProperties("BTCUSDT", "USDT", 1, 0.1m, 0.001m, "BTCUSDT", minimumOrderSize),
                ErrorCurrencyConverter.Instance, RegisteredSecurityDataTypesProvider.Null, new SecurityCache());
    }
}
