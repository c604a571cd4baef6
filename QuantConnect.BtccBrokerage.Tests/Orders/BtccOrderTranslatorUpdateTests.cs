/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Brokerages.Btcc.Api.Models;
using static QuantConnect.Brokerages.Btcc.Api.Models.BtccDirection;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccOrderTranslatorUpdateTests
    {
        [Test]
        public void UpdatedLimitOrderBecomesUpdatePendingTypeZero()
        {
            var update = BtccOrderTranslator.TranslateUpdate(Limit(-1.5m, 60500m));

            Assert.That(update, Is.EqualTo(new BtccPendingUpdate(BtccPendingUpdateType.Limit, Sell, 1.5m, 60500m)));
            Assert.That((int)update.Type, Is.EqualTo(0));
        }

        [Test]
        public void UpdatedStopOrderBecomesUpdatePendingTypeOne()
        {
            var update = BtccOrderTranslator.TranslateUpdate(Stop(2m, 62000m));

            Assert.That(update, Is.EqualTo(new BtccPendingUpdate(BtccPendingUpdateType.Stop, Buy, 2m, 62000m)));
            Assert.That((int)update.Type, Is.EqualTo(1));
        }

        [Test]
        public void UpdateRequestChangesOnlyTheFieldsItSets()
        {
            var order = Limit(1m, 60000m);

            var update = BtccOrderTranslator.TranslateUpdate(order, Update(order, limitPrice: 59900m));

            Assert.That(update, Is.EqualTo(new BtccPendingUpdate(BtccPendingUpdateType.Limit, Buy, 1m, 59900m)));
        }

        [Test]
        public void UpdateRequestWithANewQuantityAndStopPriceChangesBoth()
        {
            var order = Stop(-1m, 58000m);

            var update = BtccOrderTranslator.TranslateUpdate(order, Update(order, quantity: -3m, stopPrice: 57500m));

            Assert.That(update, Is.EqualTo(new BtccPendingUpdate(BtccPendingUpdateType.Stop, Sell, 3m, 57500m)));
            Assert.That(order.Quantity, Is.EqualTo(-1m));
        }

        [Test]
        public void PartlyFilledOrderIsUpdatedToTheVolumeLeft()
        {
            var update = BtccOrderTranslator.TranslateUpdate(Limit(-2m, 60000m), filledQuantity: -0.5m);

            Assert.That(update.Volume, Is.EqualTo(1.5m));
        }

        [Test]
        public void UpdateLeavingNothingToFillIsRefused()
        {
            Assert.That(() => BtccOrderTranslator.TranslateUpdate(Limit(1m, 60000m), filledQuantity: 1m), Throws.ArgumentException);
        }

        [Test]
        public void MarketOrderHasNoPendingUpdate()
        {
            Assert.That(() => BtccOrderTranslator.TranslateUpdate(Market(1m)), Throws.TypeOf<NotSupportedException>());
        }
    }
}
