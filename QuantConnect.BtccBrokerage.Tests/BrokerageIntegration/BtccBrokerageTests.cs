/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>LEAN's standard brokerage scenarios against the simulator, for each order type BTCC takes.</summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageTests : BtccBrokerageTestBase
    {
        public enum Kind { Market, Limit, StopMarket }

        private static readonly Kind[] Kinds = { Kind.Market, Kind.Limit, Kind.StopMarket };

        /// <summary>An order of <paramref name="kind"/> that executes at once at the current price.</summary>
        private Order Marketable(Kind kind, decimal quantity)
        {
            var (bid, ask) = Simulator.GetQuote("BTCUSDT");
            return kind switch
            {
                // a buy limit above the ask / sell limit below the bid crosses at once
                Kind.Limit => Limit(quantity, quantity > 0 ? ask + 100m : bid - 100m),
                // a buy stop below the ask / sell stop above the bid is already triggered
                Kind.StopMarket => Stop(quantity, quantity > 0 ? ask - 100m : bid + 100m),
                _ => Market(quantity)
            };
        }

        private void Trade(Kind kind, decimal quantity)
        {
            var order = PlaceOrderWaitForStatus(Marketable(kind, quantity));
            Assert.That(FilledQuantity(order), Is.EqualTo(quantity), "signed fill quantity");
            Assert.That(EventsOf(order).Where(e => e.Status.IsFill()), Has.All.Matches<OrderEvent>(e => e.FillPrice > 0 && e.OrderFee.Value.Currency == "USDT"));
        }

        private decimal NetQuantity() => Brokerage.GetAccountHoldings().Where(h => h.Symbol == Symbol).Sum(h => h.Quantity);

        [Test]
        public void IsConnected() => Assert.That(Brokerage.IsConnected, Is.True);

        [TestCaseSource(nameof(Kinds))]
        public void LongFromZero(Kind kind)
        {
            Trade(kind, DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(DefaultQuantity));
            AssertHoldingsMatchSimulator();
        }

        [TestCaseSource(nameof(Kinds))]
        public void CloseFromLong(Kind kind)
        {
            Trade(Kind.Market, DefaultQuantity);
            Trade(kind, -DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(0m));
            AssertHoldingsMatchSimulator();
        }

        [TestCaseSource(nameof(Kinds))]
        public void ShortFromZero(Kind kind)
        {
            Trade(kind, -DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(-DefaultQuantity));
            AssertHoldingsMatchSimulator();
        }

        [TestCaseSource(nameof(Kinds))]
        public void CloseFromShort(Kind kind)
        {
            Trade(Kind.Market, -DefaultQuantity);
            Trade(kind, DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(0m));
            AssertHoldingsMatchSimulator();
        }

        [TestCaseSource(nameof(Kinds))]
        public void ShortFromLong(Kind kind)
        {
            Trade(Kind.Market, DefaultQuantity);
            Trade(kind, -2 * DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(-DefaultQuantity));
            AssertHoldingsMatchSimulator();
        }

        [TestCaseSource(nameof(Kinds))]
        public void LongFromShort(Kind kind)
        {
            Trade(Kind.Market, -DefaultQuantity);
            Trade(kind, 2 * DefaultQuantity);
            Assert.That(NetQuantity(), Is.EqualTo(DefaultQuantity));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void MarketSellBiggerThanTheLongClosesItAndOpensTheRestShort()
        {
            Trade(Kind.Market, DefaultQuantity);
            var order = PlaceOrderWaitForStatus(Market(-3 * DefaultQuantity));
            var tickets = Simulator.Snapshot().Positions;
            Assert.That(tickets, Has.Count.EqualTo(1), "the long ticket was closed, not hedged");
            Assert.That(tickets[0].Direction, Is.EqualTo(2));
            Assert.That(tickets[0].Volume, Is.EqualTo(2 * DefaultQuantity));
            Assert.That(order.BrokerId, Has.Count.EqualTo(2).And.All.StartWith("P"));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void MarketSellClosesTheOldestTicketFirst()
        {
            Trade(Kind.Market, DefaultQuantity);
            Trade(Kind.Market, DefaultQuantity);
            var oldest = Simulator.Snapshot().Positions.OrderBy(p => p.Id).First().Id;
            PlaceOrderWaitForStatus(Market(-DefaultQuantity));
            Assert.That(Simulator.Snapshot().Positions.Select(p => p.Id), Has.No.Member(oldest));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void CancelOrders()
        {
            var order = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            Assert.That(order.BrokerId, Has.Count.EqualTo(1));
            Assert.That(Simulator.Snapshot().PendingOrders, Has.Count.EqualTo(1));
            Assert.That(Brokerage.CancelOrder(order), Is.True);
            WaitForStatus(order, OrderStatus.Canceled);
            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
            Assert.That(EventsOf(order).Count(e => e.Status == OrderStatus.Canceled), Is.EqualTo(1));
        }

        [Test]
        public void LimitOrderFillsWhenTheAskReachesItsLimit()
        {
            var order = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            WaitForStatus(order, OrderStatus.Filled);
            var fill = EventsOf(order).Single(e => e.Status == OrderStatus.Filled);
            Assert.That(fill.FillPrice, Is.LessThanOrEqualTo(BtcPrice - 1_000m));
            Assert.That(order.BrokerId, Has.Some.StartWith("P"), "the ticket the triggered order opened is recorded");
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void PartialFills()
        {
            Simulator.Faults.PartialFillRatio = 0.5m;
            var order = PlaceOrderWaitForStatus(Limit(0.04m, BtcPrice - 1_000m), OrderStatus.Submitted);
            var price = BtcPrice - 1_100m;
            WaitUntil(() =>
            {
                Simulator.SetPrice("BTCUSDT", price -= 1m);
                Thread.Sleep(60);
                return OrderEvents.Any(e => e.OrderId == order.Id && e.Status == OrderStatus.Filled);
            }, "the partially filled order to fill");
            var fills = EventsOf(order).Where(e => e.Status.IsFill()).ToList();
            Assert.That(fills.Count(e => e.Status == OrderStatus.PartiallyFilled), Is.GreaterThanOrEqualTo(1));
            Assert.That(fills.Last().Status, Is.EqualTo(OrderStatus.Filled));
            Assert.That(fills.Sum(e => e.FillQuantity), Is.EqualTo(0.04m));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void GetCashBalance()
        {
            var cash = Brokerage.GetCashBalance();
            Assert.That(cash.Single().Currency, Is.EqualTo("USDT"));
            Assert.That(cash.Single().Amount, Is.EqualTo(Simulator.Snapshot().Balance));
        }

        [Test]
        public void GetAccountHoldings()
        {
            var before = NetQuantity();
            Trade(Kind.Market, DefaultQuantity);
            var holding = Brokerage.GetAccountHoldings().Single(h => h.Symbol == Symbol);
            Assert.That(holding.Quantity - before, Is.EqualTo(DefaultQuantity));
            Assert.That(holding.AveragePrice, Is.EqualTo(Simulator.Snapshot().Positions.Single().OpenPrice));
            Assert.That(holding.MarketPrice, Is.GreaterThan(0m));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void HedgedTicketsNetIntoOneHoldingWithVolumeWeightedPrice()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.03m);
            Simulator.SetPrice("BTCUSDT", BtcPrice + 600m);
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.01m);
            Simulator.OpenExternalPosition("BTCUSDT", 2, 0.02m);
            var longs = Simulator.Snapshot().Positions.Where(p => p.Direction == 1).ToList();
            var expectedAverage = longs.Sum(p => p.OpenPrice * p.Volume) / longs.Sum(p => p.Volume);
            var holding = Brokerage.GetAccountHoldings().Single();
            Assert.That(holding.Quantity, Is.EqualTo(0.02m));
            Assert.That(holding.AveragePrice, Is.EqualTo(expectedAverage));
        }

        [Test]
        public void UpdateOrder()
        {
            var order = PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, order.Id, new UpdateOrderFields { LimitPrice = BtcPrice - 500m }));
            Assert.That(Brokerage.UpdateOrder(order), Is.True);
            Assert.That(Simulator.Snapshot().PendingOrders.Single().RequestPrice, Is.EqualTo(BtcPrice - 500m));
            Simulator.SetPrice("BTCUSDT", BtcPrice - 700m);
            WaitForStatus(order, OrderStatus.Filled);
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void LiquidateAndCancelHelpersLeaveNothingOpen()
        {
            Trade(Kind.Market, DefaultQuantity);
            PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice - 1_000m), OrderStatus.Submitted);
            CancelOpenOrders();
            LiquidateHoldings();
            Assert.That(Simulator.Snapshot().PendingOrders, Is.Empty);
            Assert.That(TruePositions(), Is.Empty);
        }
    }
}
