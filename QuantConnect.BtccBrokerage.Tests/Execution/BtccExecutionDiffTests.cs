/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    [TestFixture]
    public class BtccExecutionDiffTests
    {
        private const string Btc = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x";
        private const string Eth = "GWFX/USDT/GTS/MM/MIN/0/A/ETHUSDT5x";

        private static BtccFill Open(long dealId, long positionId, int direction, decimal volume, decimal price = 100m, long time = 1000, BtccDealOrderType orderType = BtccDealOrderType.MarketOpen, string symbol = Btc)
            => new(dealId, positionId, symbol, (BtccDirection)direction, price, volume, time, BtccDealReason.Open, orderType, 0.1m);

        private static BtccFill Close(long dealId, long positionId, int direction, decimal volume, long time = 1000)
            => new(dealId, positionId, Btc, (BtccDirection)direction, 100m, volume, time, BtccDealReason.Close, BtccDealOrderType.Close, 0.1m);

        private static BtccOrder Listed(long id, decimal executed, int direction = 1, decimal volume = 1m)
            => new() { Id = id, Symbol = Btc, Direction = (BtccDirection)direction, RequestVolume = volume, ExecuteVolume = executed, Status = executed > 0 ? BtccOrderStatus.PartiallyTriggered : BtccOrderStatus.Placed };

        private static BtccTrackedOrderView Market(int id, int direction, decimal quantity, long sequence = 1, long[]? opened = null, BtccPositionCloseRequest[]? closes = null, long[]? refIds = null)
            => new(id, Btc, (BtccDirection)direction, quantity, 0m, 900, sequence)
            {
                OpenedPositionIds = (opened ?? Array.Empty<long>()).ToHashSet(),
                Closes = closes ?? Array.Empty<BtccPositionCloseRequest>(),
                RefIds = (refIds ?? Array.Empty<long>()).ToHashSet()
            };

        private static BtccTrackedOrderView Pending(int id, long pendingId, int direction, decimal quantity, decimal price, BtccPendingOrderType type = BtccPendingOrderType.LimitOpen,
            long requestTime = 900, long sequence = 1, decimal filled = 0m, long? historyLastDeal = null)
            => new(id, Btc, (BtccDirection)direction, quantity, filled, requestTime, sequence) { PendingOrderId = pendingId, PendingType = type, PendingPrice = price, HistoryLastDealId = historyLastDeal };

        private static BtccExecutionSnapshot Snapshot(IEnumerable<BtccFill> fills, IEnumerable<BtccOrder>? orders = null, IEnumerable<BtccPosition>? positions = null, long settlement = 1)
            => new((orders ?? Array.Empty<BtccOrder>()).ToList(), fills.ToList(), positions?.ToList(), settlement);

        private static BtccExecutionDiffResult Diff(BtccExecutionSnapshot snapshot, BtccTrackedOrderView[] tracked, BtccExecutionState? previous = null, Func<long, bool>? reported = null)
            => BtccExecutionDiff.Compute(previous ?? BtccExecutionState.Empty, snapshot, tracked, reported ?? (_ => false));

        private static string Attribution(BtccExecutionDiffResult result)
            => string.Join(",", result.Fills.Select(f => $"{f.Fill.DealId}>{f.OrderId}").Concat(result.Unmatched.Select(u => $"{u.DealId}>?")));

        [Test]
        public void MarketOpenDealGoesToTheOrderThatOpenedItsTicket()
        {
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m) }), new[] { Market(7, 1, 1m, opened: new[] { 50L }) });
            Assert.That(Attribution(result), Is.EqualTo("1>7"));
        }

        [Test]
        public void LostOpenReplyIsRecoveredThroughTheRefidTheTicketEchoes()
        {
            var positions = new[] { new BtccPosition { Id = 50, Symbol = Btc, Direction = BtccDirection.Buy, Volume = 1m, OrderRefId = 4242 } };
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m) }, positions: positions), new[] { Market(7, 1, 1m, refIds: new[] { 4242L }) });
            Assert.That(Attribution(result), Is.EqualTo("1>7"));
        }

        [TestCase(new[] { 1L, 1L, 2L }, "1>7,2>7", TestName = "DuplicatedDealsAreReadOnce")]
        [TestCase(new[] { 2L, 1L }, "1>7,2>7", TestName = "ReorderedDealsAreReadInExecutionOrder")]
        public void DealListsAreNormalised(long[] dealIds, string expected)
        {
            var deals = dealIds.Select(id => Open(id, 50 + id, 1, 0.5m, time: 1000 + id));
            var result = Diff(Snapshot(deals), new[] { Market(7, 1, 1m, opened: new[] { 51L, 52L }) });
            Assert.That(Attribution(result), Is.EqualTo(expected));
        }

        [Test]
        public void APollThatDidNotReadOrderListSeesNoOrderLeaveOrAppear()
        {
            var previous = BtccExecutionState.Empty with { ListedOrderIds = new HashSet<long> { 90 } };
            var notRead = Snapshot(Array.Empty<BtccFill>(), new[] { Listed(91, 0m) }) with { OrdersRead = false };

            var result = Diff(notRead, new[] { Pending(7, 90, 1, 1m, 100m) }, previous);

            Assert.That(result.LeftOrders, Is.Empty, "its pending order is not shown to have left");
            Assert.That(result.UnknownOrders, Is.Empty, "no order outside LEAN is shown to have appeared");
            Assert.That(result.Next.ListedOrderIds, Is.EquivalentTo(new[] { 90L }), "the last listing read stays the one to compare with");
        }

        [Test]
        public void AlreadyReportedDealsAreSkipped()
        {
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 0.5m), Open(2, 51, 1, 0.5m) }), new[] { Market(7, 1, 1m, opened: new[] { 50L, 51L }) }, reported: id => id == 1);
            Assert.That(Attribution(result), Is.EqualTo("2>7"));
        }

        [Test]
        public void CloseDealsOnOneTicketAreServedFirstInFirstOut()
        {
            var first = Market(7, 2, 0.3m, sequence: 1, closes: new[] { new BtccPositionCloseRequest(50, 0.3m) });
            var second = Market(8, 2, 0.2m, sequence: 2, closes: new[] { new BtccPositionCloseRequest(50, 0.2m) });
            var result = Diff(Snapshot(new[] { Close(1, 50, 2, 0.3m, 1000), Close(2, 50, 2, 0.2m, 1001) }), new[] { second, first });
            Assert.That(Attribution(result), Is.EqualTo("1>7,2>8"));
        }

        [Test]
        public void SellBiggerThanTheLongGetsBothTheCloseAndTheOpenDeal()
        {
            var order = Market(7, 2, 1.5m, closes: new[] { new BtccPositionCloseRequest(50, 1m) }, opened: new[] { 60L });
            var result = Diff(Snapshot(new[] { Close(1, 50, 2, 1m), Open(2, 60, 2, 0.5m, time: 1001) }), new[] { order });
            Assert.That(Attribution(result), Is.EqualTo("1>7,2>7"));
        }

        // Triggered pending order rule, one row per condition.
        [TestCase(1, 99.5, 1000, 1.0, true, "1>7", TestName = "BuyLimitMatchesWhenAllConditionsHold")]
        [TestCase(2, 99.5, 1000, 1.0, true, "1>?", TestName = "OtherDirectionDoesNotMatch")]
        [TestCase(1, 100.5, 1000, 1.0, true, "1>?", TestName = "BuyLimitFilledAboveItsLimitDoesNotMatch")]
        [TestCase(1, 99.5, 800, 1.0, true, "1>?", TestName = "DealBeforeTheOrderWasPlacedDoesNotMatch")]
        [TestCase(1, 99.5, 1000, 0.0, true, "1>?", TestName = "NoExecuteVolumeGrowthDoesNotMatch")]
        [TestCase(1, 99.5, 1000, 0.0, false, "1>7", TestName = "OrderThatLeftOrderListMatchesOnceItsHistoryNamesTheDeal")]
        public void TriggeredLimitOrderRule(int dealDirection, decimal price, long time, decimal listedExecuted, bool stillListed, string expected)
        {
            var deal = Open(1, 50, dealDirection, 1m, price, time, BtccDealOrderType.LimitOpen);
            var orders = stillListed ? new[] { Listed(30, listedExecuted) } : Array.Empty<BtccOrder>();
            var result = Diff(Snapshot(new[] { deal }, orders), new[] { Pending(7, 30, 1, 1m, 100m, historyLastDeal: stillListed ? null : 1) });
            Assert.That(Attribution(result), Is.EqualTo(expected));
        }

        [Test]
        public void OrderThatLeftOrderListWaitsForItsHistoryBeforeTakingADeal()
        {
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), new[] { Pending(7, 30, 1, 1m, 100m) });
            Assert.That(Attribution(result), Is.EqualTo("1>?"));
        }

        [Test]
        public void GoneOrderDoesNotTakeADealAfterTheLastOneItsHistoryNames()
        {
            // order 7 triggered with deal 1 (still unlisted); deal 2 belongs to order 8, also gone
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m, requestTime: 900, historyLastDeal: 1), Pending(8, 31, 1, 1m, 100m, requestTime: 950, sequence: 2, historyLastDeal: 2) };
            var result = Diff(Snapshot(new[] { Open(2, 51, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), tracked);
            Assert.That(Attribution(result), Is.EqualTo("2>8"));
        }

        [Test]
        public void GoneOrderDoesNotTakeADealItsHistoryDoesNotNameWhileAnotherGoneOrderAwaitsItsLookUp()
        {
            // order 7 triggered with deal 2 (still unlisted); deal 1 is order 8's, whose history is not read yet
            var deal = Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen);
            var waiting = new[] { Pending(7, 30, 1, 1m, 100m, requestTime: 900, historyLastDeal: 2), Pending(8, 31, 1, 1m, 100m, requestTime: 950, sequence: 2) };
            Assert.That(Attribution(Diff(Snapshot(new[] { deal }), waiting)), Is.EqualTo("1>?"));

            var known = new[] { waiting[0], Pending(8, 31, 1, 1m, 100m, requestTime: 950, sequence: 2, historyLastDeal: 1) };
            Assert.That(Attribution(Diff(Snapshot(new[] { deal }), known)), Is.EqualTo("1>8"));
        }

        [Test]
        public void SellLimitNeedsAnExecutionAtOrAboveItsLimit()
        {
            var tracked = new[] { Pending(7, 30, 2, 1m, 100m, historyLastDeal: 1) };
            Assert.That(Attribution(Diff(Snapshot(new[] { Open(1, 50, 2, 1m, 100.5m, orderType: BtccDealOrderType.LimitOpen) }), tracked)), Is.EqualTo("1>7"));
            Assert.That(Attribution(Diff(Snapshot(new[] { Open(1, 50, 2, 1m, 99.5m, orderType: BtccDealOrderType.LimitOpen) }), tracked)), Is.EqualTo("1>?"));
        }

        [Test]
        public void StopDealMatchesOnlyAStopOrder()
        {
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m, historyLastDeal: 1), Pending(8, 31, 1, 1m, 101m, BtccPendingOrderType.StopOpen, sequence: 2, historyLastDeal: 1) };
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 101.5m, orderType: BtccDealOrderType.StopOpen) }), tracked);
            Assert.That(Attribution(result), Is.EqualTo("1>8"));
        }

        [Test]
        public void TiesGoToTheEarliestRequestTime()
        {
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m, requestTime: 950, sequence: 1, historyLastDeal: 5), Pending(8, 31, 1, 1m, 100m, requestTime: 940, sequence: 2, historyLastDeal: 5) };
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), tracked);
            Assert.That(Attribution(result), Is.EqualTo("1>8"));
        }

        [Test]
        public void VolumeAboveTheUnfilledRestDoesNotMatch()
        {
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m, filled: 0.6m) };
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 0.5m, 99m, orderType: BtccDealOrderType.LimitOpen) }), tracked);
            Assert.That(Attribution(result), Is.EqualTo("1>?"));
        }

        [Test]
        public void PartialFillsOfOnePendingOrderAreEachAttributedOnce()
        {
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m) };
            var first = Diff(Snapshot(new[] { Open(1, 50, 1, 0.5m, 99m, orderType: BtccDealOrderType.LimitOpen) }, new[] { Listed(30, 0.5m) }), tracked);
            Assert.That(Attribution(first), Is.EqualTo("1>7"));
            Assert.That(first.Next.AccountedVolume[30], Is.EqualTo(0.5m));

            var afterFirst = new[] { Pending(7, 30, 1, 1m, 100m, filled: 0.5m) };
            var deals = new[] { Open(1, 50, 1, 0.5m, 99m, orderType: BtccDealOrderType.LimitOpen), Open(2, 51, 1, 0.5m, 99m, time: 1001, orderType: BtccDealOrderType.LimitOpen) };
            var second = Diff(Snapshot(deals, new[] { Listed(30, 1m) }), afterFirst, first.Next, id => id == 1);
            Assert.That(Attribution(second), Is.EqualTo("2>7"));
        }

        [Test]
        public void LateReportedDealIsAttributedWhenItAppears()
        {
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m) };
            // the order shows execution but its deal is not listed yet
            var early = Diff(Snapshot(Array.Empty<BtccFill>(), new[] { Listed(30, 1m) }), tracked);
            Assert.That(early.Fills, Is.Empty);
            Assert.That(early.Next.AccountedVolume.GetValueOrDefault(30), Is.EqualTo(0m), "growth stays available for the late deal");

            // by then the order left orderList and its history names the deal
            var late = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), new[] { Pending(7, 30, 1, 1m, 100m, historyLastDeal: 1) }, early.Next);
            Assert.That(Attribution(late), Is.EqualTo("1>7"));
        }

        [Test]
        public void LiquidationAndWebAppDealsAreUnmatched()
        {
            var tracked = new[] { Market(7, 1, 1m, opened: new[] { 50L }) };
            var result = Diff(Snapshot(new[] { Close(1, 50, 2, 1m), Open(2, 70, 2, 1m, symbol: Eth) }), tracked);
            Assert.That(Attribution(result), Is.EqualTo("1>?,2>?"));
        }

        [Test]
        public void UnfilledPendingOrderMissingFromOrderListIsReportedAsLeft()
        {
            var result = Diff(Snapshot(Array.Empty<BtccFill>()), new[] { Pending(7, 30, 1, 1m, 100m) });
            Assert.That(result.LeftOrders, Is.EqualTo(new[] { new BtccLeftOrder(7, 30) }));
        }

        [Test]
        public void FilledPendingOrderMissingFromOrderListIsNotLeft()
        {
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), new[] { Pending(7, 30, 1, 1m, 100m, historyLastDeal: 1) });
            Assert.That(result.LeftOrders, Is.Empty);
        }

        [Test]
        public void GoneOrderWithoutHistoryIsLeftSoItsHistoryIsLookedUp()
        {
            var result = Diff(Snapshot(new[] { Open(1, 50, 1, 1m, 99m, orderType: BtccDealOrderType.LimitOpen) }), new[] { Pending(7, 30, 1, 1m, 100m) });
            Assert.That(result.LeftOrders, Is.EqualTo(new[] { new BtccLeftOrder(7, 30) }));
            Assert.That(result.Unmatched.Select(f => f.DealId), Is.EqualTo(new[] { 1L }));
        }

        [Test]
        public void OrdersNobodyTracksAreReportedOnceAsUnknown()
        {
            var first = Diff(Snapshot(Array.Empty<BtccFill>(), new[] { Listed(30, 0m) }), Array.Empty<BtccTrackedOrderView>());
            Assert.That(first.UnknownOrders.Select(o => o.Id), Is.EqualTo(new[] { 30L }));
            var second = Diff(Snapshot(Array.Empty<BtccFill>(), new[] { Listed(30, 0m) }), Array.Empty<BtccTrackedOrderView>(), first.Next);
            Assert.That(second.UnknownOrders, Is.Empty);
        }

        [Test]
        public void SwapChangeOfATicketIsAPositionsChange()
        {
            var before = Diff(Snapshot(Array.Empty<BtccFill>(), positions: new[] { new BtccPosition { Id = 50, Volume = 1m, Swap = 0m } }), Array.Empty<BtccTrackedOrderView>());
            var after = Diff(Snapshot(Array.Empty<BtccFill>(), positions: new[] { new BtccPosition { Id = 50, Volume = 1m, Swap = -0.3m } }), Array.Empty<BtccTrackedOrderView>(), before.Next);
            var same = Diff(Snapshot(Array.Empty<BtccFill>(), positions: new[] { new BtccPosition { Id = 50, Volume = 1m, Swap = -0.3m } }), Array.Empty<BtccTrackedOrderView>(), after.Next);
            Assert.That(after.PositionsChanged, Is.True);
            Assert.That(same.PositionsChanged, Is.False);
        }

        [Test]
        public void SettlementTimeChangeIsFlagged()
        {
            var first = Diff(Snapshot(Array.Empty<BtccFill>(), settlement: 100), Array.Empty<BtccTrackedOrderView>());
            var second = Diff(Snapshot(Array.Empty<BtccFill>(), settlement: 200), Array.Empty<BtccTrackedOrderView>(), first.Next);
            Assert.That(first.SettlementChanged, Is.False);
            Assert.That(second.SettlementChanged, Is.True);
        }

        [Test]
        public void FillAtALimitTheOrderHadBeforeAnUpdateMatches()
        {
            var updated = Pending(7, 30, 1, 1m, 98m) with { PendingPrices = new HashSet<decimal> { 100m, 98m } };
            var deal = Open(1, 50, 1, 1m, 99.5m, orderType: BtccDealOrderType.LimitOpen);
            Assert.That(Attribution(Diff(Snapshot(new[] { deal }, new[] { Listed(30, 1m) }), new[] { updated })), Is.EqualTo("1>7"));
        }

        [TestCase(0.5, "1>7", TestName = "GoneOrderWhoseCancelReplyShowedTheExecutionTakesTheDeal")]
        [TestCase(0.0, "1>?", TestName = "GoneOrderCancelledWithoutExecutionTakesNoDeal")]
        public void CancelReplyExecutionRule(decimal executedBeforeCancel, string expected)
        {
            var cancelled = Pending(7, 30, 1, 1m, 100m) with { KnownExecutedVolume = executedBeforeCancel, CanceledWithoutFills = executedBeforeCancel == 0m };
            var deal = Open(1, 50, 1, 0.5m, 100m, orderType: BtccDealOrderType.LimitOpen);
            Assert.That(Attribution(Diff(Snapshot(new[] { deal }), new[] { cancelled })), Is.EqualTo(expected));
        }

        [Test]
        public void OrdersThatExecutedInFullKeepTheirDealsAgainstAnotherOrdersGrowthAtTheSamePrice()
        {
            // sells at 100 (7, gone, its history names deal 3 last; 8, still listed) and at 99 (9, gone, names deal 5):
            // the gone ones' rest must come from deals up to their last one, the listed one's growth from the others
            var tracked = new[]
            {
                Pending(7, 30, 2, 0.002m, 100m, requestTime: 900, sequence: 1, historyLastDeal: 3) with { Completed = true },
                Pending(8, 31, 2, 0.006m, 100m, requestTime: 910, sequence: 2, filled: 0.003m),
                Pending(9, 32, 2, 0.002m, 99m, requestTime: 920, sequence: 3, historyLastDeal: 5) with { Completed = true }
            };
            var deals = new[]
            {
                Open(1, 51, 2, 0.001m, 100m, 1000, BtccDealOrderType.LimitOpen), Open(2, 52, 2, 0.001m, 99m, 1000, BtccDealOrderType.LimitOpen),
                Open(3, 53, 2, 0.001m, 100m, 1001, BtccDealOrderType.LimitOpen), Open(4, 54, 2, 0.001m, 100m, 1001, BtccDealOrderType.LimitOpen),
                Open(5, 55, 2, 0.001m, 99m, 1001, BtccDealOrderType.LimitOpen), Open(6, 56, 2, 0.001m, 100m, 1002, BtccDealOrderType.LimitOpen)
            };
            var previous = BtccExecutionState.Empty.WithAccounted(31, 0.003m);

            var result = Diff(Snapshot(deals, new[] { Listed(31, 0.005m, 2, 0.006m) }), tracked, previous);

            Assert.That(Attribution(result), Is.EqualTo("1>7,2>9,3>7,4>8,5>9,6>8"));
        }

        [Test]
        public void DealUpToTheLastExecutionATakenOverOrderHadIsNotItsGrowth()
        {
            // LEAN took the order over when it had executed 0.10, its last execution at 1000: an unreported deal of then
            // is in that volume, the growth is the later one's
            var previous = BtccExecutionState.Empty.WithAccounted(30, 0.10m, since: 1000);
            var deals = new[] { Open(1, 50, 1, 0.01m, 99m, 1000, BtccDealOrderType.LimitOpen), Open(2, 51, 1, 0.01m, 99m, 1005, BtccDealOrderType.LimitOpen) };

            var result = Diff(Snapshot(deals, new[] { Listed(30, 0.11m, volume: 0.12m) }), new[] { Pending(7, 30, 1, 0.02m, 100m) }, previous);

            Assert.That(Attribution(result), Is.EqualTo("2>7,1>?"));
        }

        [Test]
        public void GrowthWaitsWhileAnOrderThatLeftOrderListAwaitsItsHistory()
        {
            // order 7 left orderList (its last deal may be this one), order 8 grew by the same volume at the same price
            var tracked = new[] { Pending(7, 30, 1, 1m, 100m, requestTime: 900), Pending(8, 31, 1, 1m, 100m, requestTime: 950, sequence: 2) };
            var deal = Open(1, 50, 1, 1m, 100m, orderType: BtccDealOrderType.LimitOpen);

            Assert.That(Attribution(Diff(Snapshot(new[] { deal }, new[] { Listed(31, 1m) }), tracked)), Is.EqualTo("1>?"));
        }

        [Test]
        public void CompletedOrdersAreServedInRequestOrderWhateverTheirLastListingShowed()
        {
            // both buy limits left orderList executed in full; 7 was last listed with 0.2 executed, 8 with nothing
            var tracked = new[]
            {
                Pending(7, 30, 1, 0.4m, 100m, requestTime: 900, historyLastDeal: 9) with { Completed = true, KnownExecutedVolume = 0.2m },
                Pending(8, 31, 1, 0.8m, 101m, requestTime: 950, sequence: 2, historyLastDeal: 10) with { Completed = true }
            };
            var deal = Open(1, 50, 1, 0.2m, 100m, orderType: BtccDealOrderType.LimitOpen);

            Assert.That(Attribution(Diff(Snapshot(new[] { deal }), tracked)), Is.EqualTo("1>7"));
        }

        [Test]
        public void GrowthGoesToTheOrderWhoseLastExecutionIsTheDeal()
        {
            // two sells at one price grew by 0.1 each: 7 last executed at 1001, 8 at 1002; the deals are told apart by time
            var tracked = new[] { Pending(7, 30, 2, 1m, 100m, requestTime: 900), Pending(8, 31, 2, 1m, 100m, requestTime: 950, sequence: 2) };
            var orders = new[] { Listed(30, 0.1m, 2), Listed(31, 0.1m, 2) };
            orders[0].ExecuteTime = 1002;
            orders[1].ExecuteTime = 1001;
            var deals = new[] { Open(1, 50, 2, 0.1m, 100m, 1001, BtccDealOrderType.LimitOpen), Open(2, 51, 2, 0.1m, 100m, 1002, BtccDealOrderType.LimitOpen) };

            Assert.That(Attribution(Diff(Snapshot(deals, orders), tracked)), Is.EqualTo("1>8,2>7"));
        }

        [Test]
        public void DealsOfOneSecondAreSpreadOverOrdersAlikeBeforeOneTakesTwo()
        {
            // two sells at one price executed in full; the two deals of one second are one each, not both the first's
            var tracked = new[]
            {
                Pending(7, 30, 2, 0.2m, 100m, requestTime: 900, historyLastDeal: 3) with { Completed = true },
                Pending(8, 31, 2, 0.2m, 100m, requestTime: 950, sequence: 2, historyLastDeal: 4) with { Completed = true }
            };
            var deals = new[]
            {
                Open(1, 50, 2, 0.1m, 100m, 1000, BtccDealOrderType.LimitOpen), Open(2, 51, 2, 0.1m, 100m, 1000, BtccDealOrderType.LimitOpen),
                Open(3, 52, 2, 0.1m, 100m, 1002, BtccDealOrderType.LimitOpen), Open(4, 53, 2, 0.1m, 100m, 1002, BtccDealOrderType.LimitOpen)
            };

            Assert.That(Attribution(Diff(Snapshot(deals), tracked)), Is.EqualTo("1>7,2>8,3>7,4>8"));
        }
    }
}
