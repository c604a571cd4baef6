/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;

namespace QuantConnect.Brokerages.Btcc.Tests.Execution
{
    /// <summary>
    /// Deals of closing pending orders (limit close, stop-loss): BTCC names only the ticket a close deal closed, so the
    /// deal is the closing order's when it closed that order's ticket and orderList (or the order history) shows the
    /// order executing it — ahead of a market order closing the same ticket only on that evidence.
    /// </summary>
    [TestFixture]
    public class ClosingOrderDiffTests
    {
        private const string Btc = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x";
        private const long Ticket = 50;

        // a sell closing the long ticket 50
        private static BtccFill Close(long dealId, decimal volume, decimal price = 110m, long positionId = Ticket, long time = 1000)
            => new(dealId, positionId, Btc, BtccDirection.Sell, price, volume, time, BtccDealReason.Close, BtccDealOrderType.Close5, 0.1m);

        private static BtccOrder Listed(long id, decimal executed, long executeTime = 1000)
            => new() { Id = id, Symbol = Btc, Direction = BtccDirection.Sell, Type = BtccPendingOrderType.LimitClose, RequestVolume = 1m, ExecuteVolume = executed, ExecuteTime = executed > 0 ? executeTime : 0 };

        private static BtccTrackedOrderView Closing(int id, long pendingId, decimal price = 110m, long ticket = Ticket, BtccPendingOrderType type = BtccPendingOrderType.LimitClose,
            long? historyLastDeal = null, decimal knownExecuted = 0m, bool notWorking = false, bool cancelConfirmed = false)
            => new(id, Btc, BtccDirection.Sell, 1m, 0m, 900, id)
            {
                PendingOrderId = pendingId, PendingType = type, PendingPrice = price, ClosesPositionId = ticket, HistoryLastDealId = historyLastDeal,
                KnownExecutedVolume = knownExecuted, NotWorking = notWorking, CancelConfirmed = cancelConfirmed
            };

        private static BtccTrackedOrderView MarketClose(int id, decimal volume, long requestTime = 900)
            => new(id, Btc, BtccDirection.Sell, volume, 0m, requestTime, id) { Closes = new[] { new BtccPositionCloseRequest(Ticket, volume) } };

        private static BtccExecutionDiffResult Diff(IEnumerable<BtccFill> fills, IEnumerable<BtccOrder> listed, params BtccTrackedOrderView[] tracked)
            => BtccExecutionDiff.Compute(BtccExecutionState.Empty, new BtccExecutionSnapshot(listed.ToList(), fills.ToList(), null, 1), tracked, _ => false);

        private static string Attribution(BtccExecutionDiffResult result)
            => string.Join(",", result.Fills.Select(f => $"{f.Fill.DealId}>{f.OrderId}").Concat(result.Unmatched.Select(u => $"{u.DealId}>?")));

        [Test]
        public void ACloseDealOfItsTicketThatOrderListShowsItExecutingIsTheClosingOrders()
        {
            var result = Diff([Close(1, 0.5m)], [Listed(30, 0.5m)], Closing(7, 30));

            Assert.That(Attribution(result), Is.EqualTo("1>7"));
            Assert.That(result.Next.AccountedVolume[30], Is.EqualTo(0.5m), "its execution is explained");
        }

        [Test]
        public void ACloseDealOfAnotherTicketIsNotTheClosingOrders()
            => Assert.That(Attribution(Diff([Close(1, 0.5m, positionId: 51)], [Listed(30, 0.5m)], Closing(7, 30))), Is.EqualTo("1>?"));

        [Test]
        public void AClosingOrderWhoseTicketIsNotKnownTakesCloseDealsOfItsSymbolAndSide()
            => Assert.That(Attribution(Diff([Close(1, 0.5m, positionId: 51)], [Listed(30, 0.5m)], Closing(7, 30, ticket: 0))), Is.EqualTo("1>7"));

        [Test]
        public void ALimitCloseDealBelowItsLimitIsNotItsDeal()
            => Assert.That(Attribution(Diff([Close(1, 0.5m, price: 105m)], [Listed(30, 0.5m)], Closing(7, 30))), Is.EqualTo("1>?"));

        [Test]
        public void AStopLossDealMayBeAtAnyPrice()
            => Assert.That(Attribution(Diff([Close(1, 0.5m, price: 90m)], [Listed(30, 0.5m)], Closing(7, 30, price: 95m, type: BtccPendingOrderType.MarketStopLoss))),
                Is.EqualTo("1>7"));

        [Test]
        public void AClosingOrderThatLeftOrderListTakesTheDealItsHistoryNames()
            => Assert.That(Attribution(Diff([Close(1, 1m)], [], Closing(7, 30, historyLastDeal: 1))), Is.EqualTo("1>7"));

        [Test]
        public void OrderListsEvidenceGivesTheClosingOrderItsDealAheadOfAMarketCloseOfTheTicket()
        {
            // the closing order executed 0.5 first (deal 1), then a market order closed 0.5 of the ticket (deal 2)
            var result = Diff([Close(1, 0.5m), Close(2, 0.5m)], [Listed(30, 0.5m)], MarketClose(8, 0.5m), Closing(7, 30));

            Assert.That(Attribution(result), Is.EqualTo("1>7,2>8"));
        }

        [Test]
        public void WithoutEvidenceACloseDealOfTheTicketGoesToTheMarketClose()
        {
            var result = Diff([Close(1, 0.5m)], [Listed(30, 0m)], MarketClose(8, 0.5m), Closing(7, 30));

            Assert.That(Attribution(result), Is.EqualTo("1>8"));
        }

        [Test]
        public void ACloseDealOlderThanTheMarketOrderIsNotItsClose()
        {
            var result = Diff([Close(1, 0.5m, time: 1000)], [], MarketClose(8, 0.5m, requestTime: 1005));

            Assert.That(Attribution(result), Is.EqualTo("1>?"));
        }

        [Test]
        public void ACancelReplyShowingTheClosingOrderExecutingGivesItTheDealAheadOfAMarketClose()
        {
            // the closing order left orderList, cancelled after a fill its cancel reply showed; the market order was sent just after
            var result = Diff([Close(1, 0.5m), Close(2, 0.5m)], [], MarketClose(8, 0.5m), Closing(7, 30, knownExecuted: 0.5m, cancelConfirmed: true));

            Assert.That(Attribution(result), Is.EqualTo("1>7,2>8"));
        }

        [Test]
        public void ACloseDealWaitsWhileAClosingOrderThatLeftOrderListAwaitsItsHistory()
        {
            // the closing order may have made deal 1 before it left the list: a market close of the ticket does not take it yet
            var result = Diff([Close(1, 0.5m)], [], MarketClose(8, 0.5m), Closing(7, 30));

            Assert.That(Attribution(result), Is.EqualTo("1>?"));
        }

        [Test]
        public void AListingOfAnOrderWhoseCancelBtccRefusedDoesNotRuleOutItsDeal()
        {
            // orderList lags: it still lists the order at 0 executed although BTCC refused its cancel (it had triggered)
            var stale = Diff([Close(1, 0.5m)], [Listed(30, 0m)], Closing(7, 30, notWorking: true), Closing(9, 31, knownExecuted: 1m));
            var named = Diff([Close(1, 0.5m)], [Listed(30, 0m)], Closing(7, 30, notWorking: true, historyLastDeal: 1), Closing(9, 31, knownExecuted: 1m));

            Assert.That(Attribution(stale), Is.EqualTo("1>?"), "it waits for the refused order's history, not given to the other");
            Assert.That(Attribution(named), Is.EqualTo("1>7"));
        }

        [Test]
        public void TwoAlikeClosingOrdersThatLeftOrderListTakeTheDealsTheirHistoriesName()
        {
            // both cancelled after a fill their cancel replies showed (a race in the same second): the growth fits either
            var unnamed = Diff([Close(1, 0.5m), Close(2, 0.5m)], [],
                Closing(7, 30, knownExecuted: 0.5m, cancelConfirmed: true), Closing(9, 31, knownExecuted: 0.5m, cancelConfirmed: true));
            var named = Diff([Close(1, 0.5m), Close(2, 0.5m)], [],
                Closing(7, 30, knownExecuted: 0.5m, cancelConfirmed: true, historyLastDeal: 2), Closing(9, 31, knownExecuted: 0.5m, cancelConfirmed: true, historyLastDeal: 1));

            Assert.That(Attribution(unnamed), Is.EqualTo("1>?,2>?"), "the deals wait for the histories");
            Assert.That(Attribution(named), Is.EqualTo("1>9,2>7"));
        }
    }
}
