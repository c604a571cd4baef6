/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    [TestFixture]
    public class BtccBrokerageModelTests
    {
        private static BtccBrokerageModel ModelWith(BtccSymbolInfo? btcusdt = null, decimal leverage = 10m)
        {
            var catalog = new BtccInstrumentCatalog();
            if (btcusdt != null)
            {
                catalog.Update(new Dictionary<string, BtccSymbolInfo> { ["BTCUSDT"] = btcusdt });
            }
            return new BtccBrokerageModel(AccountType.Margin, leverage, catalog);
        }

        [Test]
        public void CryptoFuturesAndCryptoDefaultToTheBtccMarket()
        {
            var markets = new BtccBrokerageModel().DefaultMarkets;

            Assert.That(markets[SecurityType.CryptoFuture], Is.EqualTo("btcc"));
            Assert.That(markets[SecurityType.Crypto], Is.EqualTo("btcc"));
            Assert.That(markets[SecurityType.Equity], Is.EqualTo(Market.USA));
            Assert.That(Market.Encode("btcc"), Is.EqualTo(BtccMarket.Code));
        }

        [Test]
        public void OrderMeetingTheCatalogRulesIsSubmittedWithoutMessage()
        {
            var accepted = ModelWith(Instrument()).CanSubmitOrder(Security(), Limit(0.25m, 60000.5m), out var message);

            Assert.That(accepted, Is.True);
            Assert.That(message, Is.Null);
        }

        [Test]
        public void OrderOffTheCatalogVolumeStepIsRefusedWithAWarningNamingTheRule()
        {
            var accepted = ModelWith(Instrument()).CanSubmitOrder(Security(), Market(0.015m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Type, Is.EqualTo(BrokerageMessageType.Warning));
            Assert.That(message.Code, Is.EqualTo("VolumeOffStep"));
            Assert.That(message.Message, Is.EqualTo("Order quantity 0.015 is not a multiple of the volume step 0.01 for BTCUSDT"));
        }

        [Test]
        public void CatalogRulesWinOverSymbolProperties()
        {
            // The security's lot size (0.001) allows 0.005, BTCC's step (0.01) does not.
            var accepted = ModelWith(Instrument()).CanSubmitOrder(Security(lotSize: 0.001m), Market(1.005m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("VolumeOffStep"));
        }

        [Test]
        public void SymbolPropertiesStandInWhenTheCatalogLacksTheTicker()
        {
            var accepted = ModelWith().CanSubmitOrder(Security(lotSize: 0.001m), Market(0.0015m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Message, Is.EqualTo("Order quantity 0.0015 is not a multiple of the volume step 0.001 for BTCUSDT"));
        }

        [Test]
        public void SymbolPropertiesMinimumOrderSizeStandsInForTheMinimumVolume()
        {
            var accepted = ModelWith().CanSubmitOrder(Security(lotSize: 0.001m, minimumOrderSize: 0.005m), Market(-0.002m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("VolumeBelowMinimum"));
        }

        [Test]
        public void NonTradableCatalogInstrumentIsRefused()
        {
            var accepted = ModelWith(Instrument(BtccTradable.No)).CanSubmitOrder(Security(), Market(1m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("NotTradable"));
        }

        [Test]
        public void StopLimitOrderIsRefused()
        {
            var order = new StopLimitOrder(Btc, 1m, 60000m, 60010m, Time);

            var accepted = ModelWith(Instrument()).CanSubmitOrder(Security(), order, out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("UnsupportedOrderType"));
        }

        [Test]
        public void TheFactorysModelReadsTheInstrumentsOfTheBrokerageItCreated()
        {
            var symbol = Future("ORDERSMODELTESTUSDT");
            using var factory = new BtccBrokerageFactory();
            var model = factory.GetBrokerageModel(null!);
            using var brokerage = (BtccBrokerage)factory.CreateBrokerage(new Packets.LiveNodePacket { BrokerageData = ValidBrokerageData() }, null!);

            brokerage.InstrumentCatalog.Update(new Dictionary<string, BtccSymbolInfo> { [symbol.Value] = Instrument(BtccTradable.BuyOnly) });
            var accepted = model.CanSubmitOrder(Security(symbol), Market(-1m, symbol), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("BuyOnly"));
        }

        [Test]
        public void TwoBrokeragesKeepTheirInstrumentsApart()
        {
            var symbol = Future("ORDERSMODELTESTUSDT");
            using var first = new BtccBrokerageFactory();
            using var second = new BtccBrokerageFactory();
            using var firstBrokerage = (BtccBrokerage)first.CreateBrokerage(new Packets.LiveNodePacket { BrokerageData = ValidBrokerageData() }, null!);
            using var secondBrokerage = (BtccBrokerage)second.CreateBrokerage(new Packets.LiveNodePacket { BrokerageData = ValidBrokerageData() }, null!);

            firstBrokerage.InstrumentCatalog.Update(new Dictionary<string, BtccSymbolInfo> { [symbol.Value] = Instrument(BtccTradable.BuyOnly) });

            Assert.That(secondBrokerage.InstrumentCatalog.TryGetInstrument(symbol.Value, out _), Is.False);
            Assert.That(second.GetBrokerageModel(null!).CanSubmitOrder(Security(symbol), Market(-1m, symbol), out _), Is.True,
                "the second model knows nothing of the first brokerage's sell-only rule");
        }

        private static Dictionary<string, string> ValidBrokerageData() => new()
        {
            [BtccSettingKeys.ApiUrl] = "http://127.0.0.1:1",
            [BtccSettingKeys.WebSocketUrl] = "ws://127.0.0.1:2",
            [BtccSettingKeys.UserName] = "trader@example.com",
            [BtccSettingKeys.Password] = "password",
            [BtccSettingKeys.ApiKey] = "key",
            [BtccSettingKeys.ApiSecret] = "secret",
            [BtccSettingKeys.FillLedgerPath] = ""
        };

        [Test]
        public void MarketOrderUpdateIsRefused()
        {
            var order = Market(1m);

            var accepted = ModelWith(Instrument()).CanUpdateOrder(Security(), order, Update(order, quantity: 2m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("UpdateNotSupported"));
        }

        [Test]
        public void UpdateToAnOffTickPriceIsRefused()
        {
            var order = Limit(1m, 60000m);

            var accepted = ModelWith(Instrument()).CanUpdateOrder(Security(), order, Update(order, limitPrice: 60000.005m), out var message);

            Assert.That(accepted, Is.False);
            Assert.That(message.Code, Is.EqualTo("PriceOffTick"));
        }

        [Test]
        public void ValidUpdateIsAccepted()
        {
            var order = Stop(-1m, 58000m);

            var accepted = ModelWith(Instrument()).CanUpdateOrder(Security(), order, Update(order, quantity: -2m, stopPrice: 57000m), out var message);

            Assert.That(accepted, Is.True);
            Assert.That(message, Is.Null);
        }

        [Test]
        public void LeverageIsTheConfiguredOne()
        {
            Assert.That(ModelWith(leverage: 25m).GetLeverage(Security()), Is.EqualTo(25m));
        }

        [Test]
        public void DefaultLeverageIsTheModelsDefault()
        {
            Assert.That(new BtccBrokerageModel().GetLeverage(Security()), Is.EqualTo(BtccBrokerageModel.DefaultLeverage));
        }

        [Test]
        public void CashAccountHasNoLeverage()
        {
            Assert.That(new BtccBrokerageModel(AccountType.Cash, 20m).GetLeverage(Security()), Is.EqualTo(1m));
        }

        [Test]
        public void LeverageBelowOneIsRefused()
        {
            Assert.That(() => new BtccBrokerageModel(AccountType.Margin, 0m), Throws.TypeOf<ArgumentOutOfRangeException>());
        }

        [Test]
        public void FeeModelIsBtccs()
        {
            Assert.That(ModelWith().GetFeeModel(Security()), Is.InstanceOf<BtccFeeModel>());
        }

        [Test]
        public void BuyingPowerModelIsLeveragedAtTheConfiguredLeverage()
        {
            var security = Security(price: 60000m);

            var model = ModelWith(leverage: 20m).GetBuyingPowerModel(security);

            Assert.That(model, Is.InstanceOf<BtccBuyingPowerModel>());
            Assert.That(model.GetLeverage(security), Is.EqualTo(20m));
            Assert.That(((BtccBuyingPowerModel)model).GetInitialMarginInQuoteCurrency(security, 1m), Is.EqualTo(3000m));
        }
    }
}
