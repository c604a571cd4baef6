/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Orders;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    [TestFixture]
    public class BtccLegPlanTests
    {
        // a limit sell of 3 against a long of 2: a limit close of the ticket (leg 1), a limit open of the rest (leg 2)
        private static readonly BtccLeg Close = new(1, Closes: true, RequestVolume: 2m, Executed: 0m, Price: 61000m);
        private static readonly BtccLeg Open = new(2, Closes: false, RequestVolume: 1m, Executed: 0m, Price: 61000m);

        [Test]
        public void ANewPriceUpdatesEveryLegAtItsVolume()
        {
            var plan = BtccLegPlan.Amend([Close, Open], remaining: 3m, price: 61500m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(1, 2m, false), new BtccLegChange(2, 1m, false) }));
            Assert.That(plan.Extra, Is.Zero);
        }

        [Test]
        public void NothingChangedSendsNothing()
        {
            var plan = BtccLegPlan.Amend([Close, Open], remaining: 3m, price: 61000m);

            Assert.That(plan.Changes, Is.Empty);
            Assert.That(plan.Extra, Is.Zero);
        }

        [Test]
        public void ASmallerQuantityComesOffTheOpeningPartFirstAndCancelsALegLeftEmpty()
        {
            var plan = BtccLegPlan.Amend([Close, Open], remaining: 2m, price: 61000m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(2, 0m, Cancel: true) }));
        }

        [Test]
        public void ASmallerQuantityThanTheClosesShrinksTheNewestClose()
        {
            var older = new BtccLeg(1, true, 1m, 0m, 61000m);
            var newer = new BtccLeg(2, true, 1m, 0m, 61000m);

            var plan = BtccLegPlan.Amend([older, newer], remaining: 1.5m, price: 61000m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(2, 0.5m, false) }));
        }

        [Test]
        public void ALargerQuantityGrowsTheOpeningLeg()
        {
            var plan = BtccLegPlan.Amend([Close, Open], remaining: 4m, price: 61000m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(2, 2m, false) }));
            Assert.That(plan.Extra, Is.Zero);
        }

        [Test]
        public void ALargerQuantityWithoutAnOpeningLegIsExtraToPlace()
        {
            var plan = BtccLegPlan.Amend([Close], remaining: 2.5m, price: 61000m);

            Assert.That(plan.Changes, Is.Empty, "a close cannot close more than its ticket");
            Assert.That(plan.Extra, Is.EqualTo(0.5m));
        }

        [Test]
        public void AfterAPartialFillTheExecutedPartStaysInTheRequestVolume()
        {
            // the close executed 1 of 2; the order's new quantity leaves 1.5 to execute
            var partly = Close with { Executed = 1m };

            var plan = BtccLegPlan.Amend([partly, Open], remaining: 1.5m, price: 61200m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(1, 2m, false), new BtccLegChange(2, 0.5m, false) }));
        }

        [Test]
        public void AfterAPartialFillALegWithNothingLeftIsCancelledAtWhatItExecuted()
        {
            var partly = Close with { Executed = 1.5m };

            var plan = BtccLegPlan.Amend([partly, Open], remaining: 0m, price: 61000m);

            Assert.That(plan.Changes, Is.EqualTo(new[] { new BtccLegChange(1, 1.5m, true), new BtccLegChange(2, 0m, true) }));
        }

        [Test]
        public void AQuantityBelowWhatExecutedCannotBePlanned()
        {
            Assert.That(() => BtccLegPlan.Amend([Close], remaining: -0.5m, price: 61000m), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
