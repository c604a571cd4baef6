/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccOrderValidatorUpdateTests
    {
        private static readonly BtccInstrumentRules Rules = BtccInstrumentRules.FromSymbolInfo("BTCUSDT", Instrument());

        [Test]
        public void MarketOrderCannotBeUpdated()
        {
            var order = Market(1m);

            var verdict = BtccOrderValidator.ValidateUpdate(order, Update(order, quantity: 2m), Rules, isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.UpdateNotSupported));
            Assert.That(verdict.Message, Is.EqualTo("BTCC can update pending Limit and StopMarket orders only; a Market order cannot be updated"));
        }

        [Test]
        public void UpdateToAnOffTickLimitPriceIsRefused()
        {
            var order = Limit(1m, 60000m);

            var verdict = BtccOrderValidator.ValidateUpdate(order, Update(order, limitPrice: 60000.001m), Rules, isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.PriceOffTick));
        }

        [Test]
        public void UpdateToAnOffStepQuantityIsRefused()
        {
            var order = Stop(-1m, 59000m);

            var verdict = BtccOrderValidator.ValidateUpdate(order, Update(order, quantity: -1.005m), Rules, isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.VolumeOffStep));
        }

        [Test]
        public void ValidUpdateIsAcceptedAndLeavesTheOrderUnchanged()
        {
            var order = Limit(1m, 60000m);

            var verdict = BtccOrderValidator.ValidateUpdate(order, Update(order, quantity: 2m, limitPrice: 60100.5m), Rules, isConnected: true);

            Assert.That(verdict.IsValid, Is.True);
            Assert.That(order.Quantity, Is.EqualTo(1m));
            Assert.That(order.LimitPrice, Is.EqualTo(60000m));
        }

        [Test]
        public void UpdatedStopOrderIsValidatedAgainstTheInstrument()
        {
            var verdict = BtccOrderValidator.ValidateUpdate(Stop(2m, 61000.5m), Instrument(digits: 0), isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.PriceOffTick));
        }

        [Test]
        public void UpdatedMarketOrderIsRefusedBeforeItsOtherRules()
        {
            var verdict = BtccOrderValidator.ValidateUpdate(Market(0.005m), Instrument(), isConnected: true);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.UpdateNotSupported));
        }

        [Test]
        public void UpdateWhileDisconnectedIsRefused()
        {
            var verdict = BtccOrderValidator.ValidateUpdate(Limit(1m, 60000m), Instrument(), isConnected: false);

            Assert.That(verdict.Rule, Is.EqualTo(BtccOrderRule.NotConnected));
        }
    }
}
