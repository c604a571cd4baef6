/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Securities.CryptoFuture;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    [TestFixture]
    public class BtccBuyingPowerModelTests
    {
        [Test]
        public void InitialMarginIsNotionalOverLeverage()
        {
            var model = new BtccBuyingPowerModel(leverage: 20m);

            // 0.5 × 60000 × 1 / 20
            Assert.That(model.GetInitialMarginInQuoteCurrency(Security(price: 60000m), -0.5m), Is.EqualTo(1500m));
        }

        [Test]
        public void InitialMarginScalesWithTheContractMultiplier()
        {
            var model = new BtccBuyingPowerModel(leverage: 10m);

            // 4 × 60000 × 0.01 / 10
            Assert.That(model.GetInitialMarginInQuoteCurrency(Security(price: 60000m, contractMultiplier: 0.01m), 4m), Is.EqualTo(240m));
        }

        [Test]
        public void MaintenanceMarginIsNotionalTimesRateLessAmount()
        {
            var model = new BtccBuyingPowerModel(leverage: 20m, maintenanceMarginRate: 0.004m, maintenanceAmount: 10m);

            // 2 × 60000 × 0.004 − 10
            Assert.That(model.GetMaintenanceMarginInQuoteCurrency(Security(price: 60000m), 2m), Is.EqualTo(470m));
        }

        [Test]
        public void NoPositionNeedsNoMaintenanceMargin()
        {
            var model = new BtccBuyingPowerModel(leverage: 20m, maintenanceAmount: 10m);

            Assert.That(model.GetMaintenanceMarginInQuoteCurrency(Security(price: 60000m), 0m), Is.Zero);
        }

        [Test]
        public void LeverageIsTheConfiguredOneUntilChanged()
        {
            var security = Security(price: 60000m);
            var model = new BtccBuyingPowerModel(leverage: 20m);

            Assert.That(model.GetLeverage(security), Is.EqualTo(20m));
            model.SetLeverage(security, 5m);
            Assert.That(model.GetInitialMarginInQuoteCurrency(security, 1m), Is.EqualTo(12000m));
        }

        [Test]
        public void ItIsLeansCryptoFutureMarginModel()
        {
            Assert.That(new BtccBuyingPowerModel(10m), Is.InstanceOf<CryptoFutureMarginModel>());
        }

        [Test]
        public void LeverageBelowOneIsRefused()
        {
            Assert.That(() => new BtccBuyingPowerModel(0.5m), Throws.ArgumentException);
        }
    }
}
