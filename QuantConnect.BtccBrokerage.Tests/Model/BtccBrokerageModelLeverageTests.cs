/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.Tests.Orders;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    /// <summary>
    /// The brokerage model gives each security the leverage <c>btcc-leverage</c> configures for its ticker: the
    /// leverage its margin model holds and the <c>multiple</c> its orders are sent with.
    /// </summary>
    [TestFixture]
    public class BtccBrokerageModelLeverageTests
    {
        private static readonly Symbol Btc = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());
        private static readonly Symbol Eth = Symbol.Create("ETHUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        private static BtccBrokerageModel Model(string setting)
            => new(AccountType.Margin, BtccLeverageSetting.Parse(setting).DefaultLeverage ?? BtccBrokerageModel.DefaultLeverage, new BtccInstrumentCatalog())
            {
                LeverageSetting = BtccLeverageSetting.Parse(setting)
            };

        [TestCase("BTCUSDT:3", 3, 10)]
        [TestCase("20;BTCUSDT:3", 3, 20)]
        [TestCase("", 10, 10)]
        public void EachTickerGetsItsConfiguredLeverage(string setting, int btc, int eth)
        {
            var model = Model(setting);

            Assert.That(model.GetLeverage(OrderTestData.Security(Btc)), Is.EqualTo((decimal)btc));
            Assert.That(model.GetLeverage(OrderTestData.Security(Eth)), Is.EqualTo((decimal)eth));
        }

        [Test]
        public void TheBuyingPowerModelHoldsThatLeverage()
        {
            var security = OrderTestData.Security(Btc);

            Assert.That(Model("BTCUSDT:3").GetBuyingPowerModel(security).GetLeverage(security), Is.EqualTo(3m).Within(1e-20m));
        }

        [Test]
        public void ACashAccountStaysUnleveraged()
        {
            var model = new BtccBrokerageModel(AccountType.Cash, 10m, new BtccInstrumentCatalog()) { LeverageSetting = BtccLeverageSetting.Parse("BTCUSDT:3") };

            Assert.That(model.GetLeverage(OrderTestData.Security(Btc)), Is.EqualTo(1m));
        }
    }
}
