/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using QuantConnect.Orders.Fees;
using static QuantConnect.Brokerages.Btcc.Tests.Orders.OrderTestData;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Model
{
    [TestFixture]
    public class BtccFeeModelTests
    {
        private static OrderFee FeeOf(Order order, decimal price, decimal contractMultiplier = 1m, BtccFeeModel? model = null)
            => (model ?? new BtccFeeModel()).GetOrderFee(new OrderFeeParameters(Security(contractMultiplier: contractMultiplier, price: price), order));

        [Test]
        public void MarketOrderPaysTheTakerRateOfItsNotionalInUsdt()
        {
            var fee = FeeOf(Market(0.5m), price: 60000m);

            // 0.5 × 60000 × 1 × 0.048 %
            Assert.That(fee.Value, Is.EqualTo(new QuantConnect.Securities.CashAmount(14.4m, "USDT")));
        }

        [Test]
        public void SellPaysTheSameAsBuy()
        {
            Assert.That(FeeOf(Market(-0.5m), price: 60000m).Value.Amount, Is.EqualTo(14.4m));
        }

        [Test]
        public void LimitOrderPaysTheMakerRateAtItsLimitPrice()
        {
            var fee = FeeOf(Limit(2m, 59000m), price: 60000m);

            // 2 × 59000 × 0.030 %
            Assert.That(fee.Value.Amount, Is.EqualTo(35.4m));
            Assert.That(fee.Value.Currency, Is.EqualTo("USDT"));
        }

        /// <summary>A limit order that met a 59990 / 60010 market when it was submitted.</summary>
        private static LimitOrder LimitAgainstTheBook(decimal quantity, decimal limitPrice)
        {
            var order = Limit(quantity, limitPrice);
            order.WithSubmissionData(new OrderSubmissionData(bidPrice: 59990m, askPrice: 60010m, lastPrice: 60000m));
            return order;
        }

        private static IEnumerable<TestCaseData> Liquidity()
        {
            // taker: |quantity| × 60000 (the current price) × 0.048 %; maker: |quantity| × limit × 0.030 %
            yield return new TestCaseData(LimitAgainstTheBook(1m, 60050m), 28.8m).SetName("LimitBuyAboveTheAskPaysTaker");
            yield return new TestCaseData(LimitAgainstTheBook(1m, 60010m), 28.8m).SetName("LimitBuyAtTheAskPaysTaker");
            yield return new TestCaseData(LimitAgainstTheBook(1m, 59950m), 17.985m).SetName("LimitBuyBelowTheAskPaysMaker");
            yield return new TestCaseData(LimitAgainstTheBook(-1m, 59950m), 28.8m).SetName("LimitSellBelowTheBidPaysTaker");
            yield return new TestCaseData(LimitAgainstTheBook(-1m, 60050m), 18.015m).SetName("LimitSellAboveTheBidPaysMaker");
            yield return new TestCaseData(Limit(1m, 60050m), 18.015m).SetName("LimitWithoutSubmissionDataPaysMaker");
            yield return new TestCaseData(Market(1m), 28.8m).SetName("MarketOrderPaysTaker");
            yield return new TestCaseData(Stop(1m, 60100m), 28.8m).SetName("StopMarketOrderPaysTaker");
        }

        [TestCaseSource(nameof(Liquidity))]
        public void OnlyALimitOrderThatRestsOnTheBookPaysTheMakerRate(Order order, decimal expectedFee)
        {
            Assert.That(FeeOf(order, price: 60000m).Value.Amount, Is.EqualTo(expectedFee));
        }

        [Test]
        public void StopMarketOrderPaysTheTakerRateAtTheCurrentPrice()
        {
            var fee = FeeOf(Stop(-1m, 58000m), price: 57900m);

            // 1 × 57900 × 0.048 %
            Assert.That(fee.Value.Amount, Is.EqualTo(27.792m));
        }

        [Test]
        public void ContractMultiplierScalesTheNotional()
        {
            var fee = FeeOf(Market(3m), price: 60000m, contractMultiplier: 0.001m);

            // 3 × 60000 × 0.001 × 0.048 %
            Assert.That(fee.Value.Amount, Is.EqualTo(0.0864m));
        }

        [Test]
        public void CustomRatesAreUsed()
        {
            var model = new BtccFeeModel(makerFeeRate: 0.0001m, takerFeeRate: 0.0005m);

            Assert.That(FeeOf(Limit(1m, 50000m), 50000m, model: model).Value.Amount, Is.EqualTo(5m));
            Assert.That(FeeOf(Market(1m), 50000m, model: model).Value.Amount, Is.EqualTo(25m));
        }

        [Test]
        public void DefaultRatesAreBtccsVip0Rates()
        {
            var model = new BtccFeeModel();

            Assert.That(model.MakerFeeRate, Is.EqualTo(0.0003m));
            Assert.That(model.TakerFeeRate, Is.EqualTo(0.00048m));
        }

        [Test]
        public void NegativeRateIsRefused()
        {
            Assert.That(() => new BtccFeeModel(makerFeeRate: -0.0001m), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
