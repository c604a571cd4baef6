/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>Fills and orders that happen outside LEAN, reconnects, settlement and list faults.</summary>
    [TestFixture]
    [NonParallelizable]
    public class BtccBrokerageReconciliationTests : BtccBrokerageTestBase
    {
        [Test]
        public void WebAppFillIsReportedAsWarningAndShowsInHoldings()
        {
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.02m);
            WaitUntil(() => Messages.Any(m => m.Code == "ExternalFill"), "an ExternalFill warning");
            Assert.That(Messages.Single(m => m.Code == "ExternalFill").Type, Is.EqualTo(BrokerageMessageType.Warning));
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void LiquidationIsReportedAndRaisesAccountChanged()
        {
            var order = PlaceOrderWaitForStatus(Market(0.01m));
            var positionId = Simulator.Snapshot().Positions.Single().Id;
            Simulator.Liquidate(positionId);
            WaitUntil(() => Messages.Any(m => m.Code == "Liquidation"), "a Liquidation warning");
            WaitUntil(() => AccountEvents.Any(a => a.CashBalance == Simulator.Snapshot().Balance), "AccountChanged with the new balance");
            Assert.That(EventsOf(order).Count(e => e.Status.IsFill()), Is.EqualTo(1), "the liquidation is not a fill of the LEAN order");
            AssertHoldingsMatchSimulator();
        }

        [Test]
        public void FundingRaisesAccountChanged()
        {
            PlaceOrderWaitForStatus(Market(0.01m));
            Simulator.ApplyFunding(0.01m);
            WaitUntil(() => AccountEvents.Any(a => a.CurrencySymbol == "USDT" && a.CashBalance == Simulator.Snapshot().Balance), "AccountChanged after funding");
        }

        [Test]
        public void OrderCanceledInTheWebAppEndsCanceled()
        {
            var order = PlaceOrderWaitForStatus(Limit(0.01m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.CancelPendingExternally(long.Parse(order.BrokerId.Single()));
            WaitForStatus(order, OrderStatus.Canceled);
        }

        [Test]
        public void OrderPlacedInTheWebAppIsReportedOnce()
        {
            Simulator.PlaceExternalPendingOrder("BTCUSDT", 1, 1, 0.01m, BtcPrice - 2_000m);
            WaitUntil(() => Messages.Any(m => m.Code == "ExternalOrder"), "an ExternalOrder warning");
            Thread.Sleep(300);
            Assert.That(Messages.Count(m => m.Code == "ExternalOrder"), Is.EqualTo(1));
        }

        [Test]
        public void DuplicatedAndReorderedDealListsReportEachFillOnce()
        {
            Simulator.Faults.DuplicateDeals = true;
            Simulator.Faults.ReorderDeals = true;
            var first = PlaceOrderWaitForStatus(Market(0.01m));
            var second = PlaceOrderWaitForStatus(Market(0.02m));
            Thread.Sleep(300);
            Assert.That(EventsOf(first).Count(e => e.Status.IsFill()), Is.EqualTo(1));
            Assert.That(EventsOf(second).Count(e => e.Status.IsFill()), Is.EqualTo(1));
        }

        [Test]
        public void LateReportedDealsStillFillTheOrderOnce()
        {
            Simulator.Faults.LateReportDelay = TimeSpan.FromMilliseconds(800);
            var order = PlaceOrderWaitForStatus(Limit(0.01m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            WaitForStatus(order, OrderStatus.Filled);
            Thread.Sleep(500);
            Assert.That(EventsOf(order).Count(e => e.Status.IsFill()), Is.EqualTo(1));
            Assert.That(Messages.Where(m => m.Code == "ExternalFill"), Is.Empty);
        }

        [Test]
        public void FillsDuringADisconnectAreCaughtUpOnceAfterReconnect()
        {
            var order = PlaceOrderWaitForStatus(Limit(0.01m, BtcPrice - 1_000m), OrderStatus.Submitted);
            var filledBefore = PlaceOrderWaitForStatus(Market(0.01m));
            Brokerage.Disconnect();
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            Brokerage.Connect();
            WaitForStatus(order, OrderStatus.Filled);
            Thread.Sleep(300);
            Assert.That(EventsOf(order).Count(e => e.Status.IsFill()), Is.EqualTo(1));
            Assert.That(EventsOf(filledBefore).Count(e => e.Status.IsFill()), Is.EqualTo(1), "no duplicate after reconnect");
        }

        [Test]
        public void FillsThatLeftDealTodayListAtSettlementAreCaughtUpFromTheTradeReport()
        {
            var order = PlaceOrderWaitForStatus(Limit(0.01m, BtcPrice - 1_000m), OrderStatus.Submitted);
            Brokerage.Disconnect();
            Simulator.SetPrice("BTCUSDT", BtcPrice - 1_500m);
            Simulator.Settle();
            Brokerage.Connect();
            WaitForStatus(order, OrderStatus.Filled);
            Thread.Sleep(300);
            Assert.That(EventsOf(order).Count(e => e.Status.IsFill()), Is.EqualTo(1));
        }

        [Test]
        public void ExpiredTokenIsRenewedWithoutLosingFills()
        {
            Simulator.ExpireTokens();
            var order = PlaceOrderWaitForStatus(Market(0.01m));
            Assert.That(FilledQuantity(order), Is.EqualTo(0.01m));
            Assert.That(Messages.Where(m => m.Type == BrokerageMessageType.Error), Is.Empty);
        }

        [Test]
        public void OpenOrdersAreLoadedAsLeanOrdersWithTheirBtccIds()
        {
            var limit = PlaceOrderWaitForStatus(Limit(-0.01m, BtcPrice + 1_000m), OrderStatus.Submitted);
            var stop = PlaceOrderWaitForStatus(Stop(0.02m, BtcPrice + 2_000m), OrderStatus.Submitted);
            var open = Brokerage.GetOpenOrders();
            var loadedLimit = open.OfType<LimitOrder>().Single();
            var loadedStop = open.OfType<StopMarketOrder>().Single();
            Assert.That(loadedLimit.BrokerId, Is.EqualTo(limit.BrokerId));
            Assert.That(loadedLimit.Quantity, Is.EqualTo(-0.01m));
            Assert.That(loadedLimit.LimitPrice, Is.EqualTo(BtcPrice + 1_000m));
            Assert.That(loadedStop.BrokerId, Is.EqualTo(stop.BrokerId));
            Assert.That(loadedStop.StopPrice, Is.EqualTo(BtcPrice + 2_000m));
        }

        [Test]
        public void DisconnectIsIdempotentAndIsConnectedTellsTheTruth()
        {
            Brokerage.Disconnect();
            Brokerage.Disconnect();
            Assert.That(Brokerage.IsConnected, Is.False);
            Brokerage.Connect();
            Assert.That(Brokerage.IsConnected, Is.True);
        }

        [Test]
        public void FailingPollsRaiseDisconnectThenReconnectInPairs()
        {
            Simulator.Faults.ServerErrorRate = 1.0;
            WaitUntil(() => Messages.Any(m => m.Type == BrokerageMessageType.Disconnect), "a Disconnect message");
            WaitUntil(() => !Brokerage.IsConnected, "IsConnected to turn false while polls fail");
            Simulator.Faults.ServerErrorRate = 0;
            WaitUntil(() => Messages.Any(m => m.Type == BrokerageMessageType.Reconnect), "a Reconnect message");
            WaitUntil(() => Brokerage.IsConnected, "IsConnected to turn true again");
            Assert.That(Messages.Count(m => m.Type == BrokerageMessageType.Disconnect), Is.EqualTo(Messages.Count(m => m.Type == BrokerageMessageType.Reconnect)));
            Assert.That(Messages.Where(m => m.Type == BrokerageMessageType.Error), Is.Empty, "transient failures are not errors");
        }
    }
}
