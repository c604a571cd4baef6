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
    public class BtccOrderTranslatorTests
    {
        private static BtccTicket Long(long id, decimal volume, long openTime) => new(id, Buy, volume, openTime);

        private static BtccTicket Short(long id, decimal volume, long openTime) => new(id, Sell, volume, openTime);

        private static IEnumerable<TestCaseData> MarketOrders()
        {
            TestCaseData Case(string name, decimal quantity, BtccTicket[] tickets, params BtccOrderStep[] steps)
                => new TestCaseData(quantity, tickets, steps).SetName(name);

            yield return Case("LongFromZeroOpensALongTicket", 1.5m, [],
                new BtccOpenPositionStep(Buy, 1.5m));
            yield return Case("ShortFromZeroOpensAShortTicket", -0.3m, [],
                new BtccOpenPositionStep(Sell, 0.3m));
            yield return Case("SellingTheWholeLongClosesIt", -2m, [Long(7, 2m, 100)],
                new BtccClosePositionStep(7, Buy, 2m));
            yield return Case("SellingPartOfALongClosesPartOfIt", -0.5m, [Long(7, 2m, 100)],
                new BtccClosePositionStep(7, Buy, 0.5m));
            yield return Case("SellingMoreThanTheLongClosesItAndOpensTheRestShort", -3m, [Long(7, 2m, 100)],
                new BtccClosePositionStep(7, Buy, 2m), new BtccOpenPositionStep(Sell, 1m));
            yield return Case("BuyingMoreThanTheShortClosesItAndOpensTheRestLong", 1.25m, [Short(8, 0.25m, 100)],
                new BtccClosePositionStep(8, Sell, 0.25m), new BtccOpenPositionStep(Buy, 1m));
            yield return Case("PartialCloseAcrossSeveralTicketsGoesOldestFirst", -2.5m,
                [Long(3, 1m, 300), Long(1, 1m, 100), Long(2, 1m, 200)],
                new BtccClosePositionStep(1, Buy, 1m), new BtccClosePositionStep(2, Buy, 1m), new BtccClosePositionStep(3, Buy, 0.5m));
            yield return Case("TicketsOpenedTogetherCloseInIdOrder", -1.5m,
                [Long(12, 1m, 100), Long(11, 1m, 100)],
                new BtccClosePositionStep(11, Buy, 1m), new BtccClosePositionStep(12, Buy, 0.5m));
            yield return Case("ClosingEveryTicketOfSeveralOpensTheRest", -3m,
                [Long(1, 1m, 100), Long(2, 0.5m, 200)],
                new BtccClosePositionStep(1, Buy, 1m), new BtccClosePositionStep(2, Buy, 0.5m), new BtccOpenPositionStep(Sell, 1.5m));
            yield return Case("BuyingWithHedgedTicketsClosesOnlyTheShorts", 1m,
                [Long(1, 2m, 100), Short(2, 0.4m, 200), Long(3, 1m, 300), Short(4, 0.4m, 400)],
                new BtccClosePositionStep(2, Sell, 0.4m), new BtccClosePositionStep(4, Sell, 0.4m), new BtccOpenPositionStep(Buy, 0.2m));
            yield return Case("SellingWithHedgedTicketsClosesOnlyTheLongs", -1m,
                [Short(2, 0.4m, 50), Long(1, 2m, 100)],
                new BtccClosePositionStep(1, Buy, 1m));
            yield return Case("BuyingWithOnlyLongTicketsOpensAnotherLong", 1m,
                [Long(1, 2m, 100)],
                new BtccOpenPositionStep(Buy, 1m));
            yield return Case("EmptyTicketsAreIgnored", -1m,
                [Long(1, 0m, 50), Long(2, 1m, 100)],
                new BtccClosePositionStep(2, Buy, 1m));
        }

        [TestCaseSource(nameof(MarketOrders))]
        public void MarketOrderBecomesClosesOldestFirstThenAnOpen(decimal quantity, BtccTicket[] tickets, BtccOrderStep[] expected)
        {
            var steps = BtccOrderTranslator.Translate(Market(quantity), tickets);

            Assert.That(steps, Is.EqualTo(expected));
        }

        private static IEnumerable<TestCaseData> PendingOrders()
        {
            TestCaseData Case(string name, QuantConnect.Orders.Order order, BtccTicket[] tickets, params BtccOrderStep[] steps)
                => new TestCaseData(order, tickets, steps).SetName(name);
            const BtccPendingOrderType limitClose = BtccPendingOrderType.LimitClose;
            const BtccPendingOrderType stopLoss = BtccPendingOrderType.MarketStopLoss;

            yield return Case("TakeProfitLimitAgainstALongIsALimitCloseOfItsTicket", Limit(-1m, 61000m), [Long(1, 1m, 100)],
                new BtccClosePendingStep(1, Buy, limitClose, 1m, 61000m));
            yield return Case("TakeProfitLimitAgainstAShortIsALimitCloseOfItsTicket", Limit(1m, 59000m), [Short(2, 1m, 100)],
                new BtccClosePendingStep(2, Sell, limitClose, 1m, 59000m));
            yield return Case("StopLossAgainstALongIsAStopLossOfItsTicket", Stop(-1m, 58000m), [Long(1, 1m, 100)],
                new BtccClosePendingStep(1, Buy, stopLoss, 1m, 58000m));
            yield return Case("StopLossAgainstAShortIsAStopLossOfItsTicket", Stop(0.4m, 62000m), [Short(2, 1m, 100)],
                new BtccClosePendingStep(2, Sell, stopLoss, 0.4m, 62000m));
            yield return Case("LimitCrossingZeroClosesTheLongAndOpensTheRestShort", Limit(-3m, 61000m), [Long(1, 2m, 100)],
                new BtccClosePendingStep(1, Buy, limitClose, 2m, 61000m), new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, Sell, 1m, 61000m));
            yield return Case("StopCrossingZeroClosesTheShortAndOpensTheRestLong", Stop(2.5m, 62000m), [Short(2, 1m, 100)],
                new BtccClosePendingStep(2, Sell, stopLoss, 1m, 62000m), new BtccOpenPendingStep(BtccPendingOrderType.StopOpen, Buy, 1.5m, 62000m));
            yield return Case("PendingClosesGoOldestTicketFirst", Limit(-1.5m, 61000m), [Long(3, 1m, 300), Long(1, 1m, 100)],
                new BtccClosePendingStep(1, Buy, limitClose, 1m, 61000m), new BtccClosePendingStep(3, Buy, limitClose, 0.5m, 61000m));
            yield return Case("PendingClosesTakeTicketsCarryingOtherClosesInAgeOrder", Limit(-1m, 61000m),
                [Long(2, 1m, 200), Long(1, 1m, 100) with { CarriesClosingOrders = true }],
                new BtccClosePendingStep(1, Buy, limitClose, 1m, 61000m));
            yield return Case("ALimitOnTheSideOfEveryTicketOpens", Limit(1m, 59000m), [Long(1, 1m, 100)],
                new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, Buy, 1m, 59000m));
        }

        [TestCaseSource(nameof(PendingOrders))]
        public void LimitAndStopOrdersCloseOppositeTicketsOldestFirstThenOpenTheRest(QuantConnect.Orders.Order order, BtccTicket[] tickets, BtccOrderStep[] expected)
        {
            var steps = BtccOrderTranslator.Translate(order, tickets);

            Assert.That(steps, Is.EqualTo(expected));
        }

        [Test]
        public void AHedgeLimitOrderOpensRatherThanClosing()
        {
            var steps = BtccOrderTranslator.Translate(Limit(-1m, 61000m), [Long(1, 1m, 100)], new BtccTranslation(Hedge: true));

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, Sell, 1m, 61000m) }));
        }

        [Test]
        public void LimitOrderBecomesALimitOpenPendingOrder()
        {
            var steps = BtccOrderTranslator.Translate(Limit(0.5m, 59000.5m), []);

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, Buy, 0.5m, 59000.5m) }));
        }

        [Test]
        public void StopMarketOrderBecomesAStopOpenPendingOrder()
        {
            var steps = BtccOrderTranslator.Translate(Stop(-2m, 58000m), []);

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccOpenPendingStep(BtccPendingOrderType.StopOpen, Sell, 2m, 58000m) }));
        }

        [Test]
        public void MarketOrderClosesTicketsCarryingClosingOrdersLast()
        {
            var busy = Long(1, 1m, 100) with { CarriesClosingOrders = true };

            var steps = BtccOrderTranslator.Translate(Market(-1.5m), [busy, Long(2, 1m, 200)]);

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccClosePositionStep(2, Buy, 1m), new BtccClosePositionStep(1, Buy, 0.5m) }));
        }

        [Test]
        public void AHedgeOrderOpensItsWholeQuantityAgainstAnOppositeTicket()
        {
            var steps = BtccOrderTranslator.Translate(Market(-1m), [Long(1, 2m, 100)], new BtccTranslation(Hedge: true));

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccOpenPositionStep(Sell, 1m) }));
        }

        [Test]
        public void APartPastZeroBelowTheMinimumVolumeTakesWhatItLacksFromTheCloses()
        {
            // BTCC opens no less than 0.01: closing 0.015 and opening 0.005 cannot be sent
            var steps = BtccOrderTranslator.Translate(Market(-0.02m), [Long(1, 0.015m, 100)], new BtccTranslation(MinimumVolume: 0.01m));

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccClosePositionStep(1, Buy, 0.01m), new BtccOpenPositionStep(Sell, 0.01m) }));
        }

        [Test]
        public void APartPastZeroAtTheMinimumVolumeLeavesTheClosesAlone()
        {
            var steps = BtccOrderTranslator.Translate(Market(-0.025m), [Long(1, 0.015m, 100)], new BtccTranslation(MinimumVolume: 0.01m));

            Assert.That(steps, Is.EqualTo(new BtccOrderStep[] { new BtccClosePositionStep(1, Buy, 0.015m), new BtccOpenPositionStep(Sell, 0.01m) }));
        }

        [Test]
        public void OpeningVolumeIsWhatTheStepsOpen()
        {
            var steps = BtccOrderTranslator.Translate(Limit(-3m, 61000m), [Long(1, 2m, 100)]);

            Assert.That(BtccOrderTranslator.OpeningVolume(steps), Is.EqualTo(1m));
        }

        [Test]
        public void StepsSayInLeansTermsWhetherTheyOpenOrClose()
        {
            var steps = BtccOrderTranslator.Translate(Stop(-3m, 58000m), [Long(1, 2m, 100)]);

            Assert.That(steps.Select(s => s.Position), Is.EqualTo(new[] { QuantConnect.Orders.OrderPosition.SellToClose, QuantConnect.Orders.OrderPosition.SellToOpen }));
            Assert.That(new BtccClosePendingStep(1, Sell, BtccPendingOrderType.LimitClose, 1m, 1m).Position, Is.EqualTo(QuantConnect.Orders.OrderPosition.BuyToClose));
            Assert.That(new BtccOpenPendingStep(BtccPendingOrderType.LimitOpen, Buy, 1m, 1m).Position, Is.EqualTo(QuantConnect.Orders.OrderPosition.BuyToOpen));
        }

        [Test]
        public void OpenPendingTypesAreBtccCodes()
        {
            Assert.That((int)BtccPendingOrderType.LimitOpen, Is.EqualTo(1));
            Assert.That((int)BtccPendingOrderType.StopOpen, Is.EqualTo(2));
            Assert.That((int)BtccPendingOrderType.LimitClose, Is.EqualTo(3));
        }

        [Test]
        public void ClosingDirectionOfAStepIsOppositeThePosition()
        {
            Assert.That(new BtccClosePositionStep(1, Buy, 1m).ClosingDirection, Is.EqualTo(Sell));
            Assert.That(new BtccClosePositionStep(1, Sell, 1m).ClosingDirection, Is.EqualTo(Buy));
        }

        [Test]
        public void ZeroQuantityCannotBeTranslated()
        {
            Assert.That(() => BtccOrderTranslator.Translate(Market(0m), []), Throws.ArgumentException);
        }

        [Test]
        public void StopLimitOrderCannotBeTranslated()
        {
            var order = new QuantConnect.Orders.StopLimitOrder(Btc, 1m, 60000m, 60010m, Time);

            Assert.That(() => BtccOrderTranslator.Translate(order, []), Throws.TypeOf<NotSupportedException>());
        }
    }
}
