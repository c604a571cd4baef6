/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// A brokerage disposed while orders are working and created again (same LEAN order store, same fill
    /// ledger file) reports exactly the fills that happened while it was down — from dealTodayList, or from
    /// getTradeReport after the daily settlement — and its holdings and cash equal the exchange's.
    /// </summary>
    [TestFixture]
    public class RestartRecoveryTests
    {
        private const decimal BtcPrice = 60_000m;
        private SoakHarness _harness = null!;

        private static Symbol Btc => Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

        [SetUp]
        public async Task StartAsync()
        {
            _harness = await SoakHarness.StartAsync();
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice);
        }

        [TearDown]
        public async Task StopAsync() => await _harness.DisposeAsync();

        [TestCase(false, TestName = "FillsWhileDownAreReportedOnceAfterRestart")]
        [TestCase(true, TestName = "FillsWhileDownThatLeftDealTodayListAtSettlementAreReportedOnceAfterRestart")]
        public void FillsWhileDownAreReportedOnceAfterRestart(bool settle)
        {
            var first = _harness.Restart();
            var market = Place(first, new MarketOrder(Btc, 0.02m, DateTime.UtcNow), OrderStatus.Filled);
            var limit = Place(first, new LimitOrder(Btc, 0.01m, BtcPrice - 1_000m, DateTime.UtcNow), OrderStatus.Submitted);
            var stop = Place(first, new StopMarketOrder(Btc, -0.03m, BtcPrice - 2_000m, DateTime.UtcNow), OrderStatus.Submitted);
            var resting = Place(first, new LimitOrder(Btc, -0.01m, BtcPrice + 5_000m, DateTime.UtcNow), OrderStatus.Submitted);
            var dealsBefore = _harness.Simulator.Snapshot().Deals.Select(d => d.Id).ToHashSet();

            // down: the limit and the stop trigger (the stop closes the long's ticket and opens the rest short, which ends the
            // resting sell's close of that ticket at BTCC), maybe the day settles
            first.Dispose();
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice - 1_200m);
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice - 2_500m);
            if (settle)
            {
                _harness.Simulator.Settle();
            }
            var missed = _harness.Simulator.Snapshot().Deals.Where(d => !dealsBefore.Contains(d.Id)).ToList();
            Assert.That(missed, Has.Count.EqualTo(3), "the limit and the stop's two parts filled while the brokerage was down");

            var second = _harness.Restart();
            WaitForEvent(limit, OrderStatus.Filled, "the missed fills to be reported");
            WaitForEvent(stop, OrderStatus.Filled, "the missed fills to be reported");

            var reported = _harness.OrderEvents.Where(e => e.Instance == 2 && e.Event.Status.IsFill()).Select(e => e.Event).ToList();
            Assert.That(reported.Select(e => e.Message), Is.EquivalentTo(missed.Select(d => $"BTCC deal {d.Id}")), "each missed deal reported once");
            foreach (var deal in missed)
            {
                var fill = reported.Single(e => e.Message == $"BTCC deal {deal.Id}");
                var owner = deal.Direction == 1 ? limit : stop;
                Assert.That(fill.OrderId, Is.EqualTo(owner.Id));
                Assert.That(fill.FillPrice, Is.EqualTo(deal.ExecPrice));
                Assert.That(fill.FillQuantity, Is.EqualTo(deal.Direction == 1 ? deal.ExecVolume : -deal.ExecVolume));
                Assert.That(fill.OrderFee.Value.Amount, Is.EqualTo(deal.Commission));
            }
            Assert.That(_harness.FillsOf(market), Has.Count.EqualTo(1), "the fill reported before the restart is not reported again");
            Assert.That(resting.Status, Is.EqualTo(OrderStatus.Submitted), "the still working order stays working");
            AssertLeanViewEqualsExchange(second);

            // the adopted working order still works: cancel it through the new instance
            Assert.That(second.CancelOrder(resting), Is.True);
            WaitForEvent(resting, OrderStatus.Canceled, "the adopted order to be canceled");

            var third = _harness.Restart();
            _harness.WaitForPolls(5);
            Assert.That(_harness.OrderEvents.Where(e => e.Instance == 3), Is.Empty, "a second restart reports nothing again");
            Assert.That(_harness.Messages.Where(m => m.Instance == 3 && m.Message.Type != BrokerageMessageType.Information), Is.Empty);
            AssertLeanViewEqualsExchange(third);
        }

        [Test]
        public void PartlyFilledOrderReportsOnlyTheRestAfterRestart()
        {
            _harness.Simulator.Faults.PartialFillRatio = 0.5m;
            var first = _harness.Restart();
            var limit = Place(first, new LimitOrder(Btc, 0.04m, BtcPrice - 1_000m, DateTime.UtcNow), OrderStatus.Submitted);
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice - 1_100m);
            WaitForEvent(limit, OrderStatus.PartiallyFilled, "the first partial fill");

            first.Dispose();
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice - 1_200m);
            _harness.Simulator.Faults.PartialFillRatio = 0m;
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice - 1_300m);
            Assert.That(_harness.Simulator.Snapshot().Deals, Has.Count.EqualTo(3), "one partial fill before, two while down");

            var second = _harness.Restart();
            WaitForEvent(limit, OrderStatus.Filled, "the rest of the order to be reported");
            var fills = _harness.FillsOf(limit);
            Assert.That(fills.Sum(f => f.Event.FillQuantity), Is.EqualTo(0.04m));
            Assert.That(fills.Select(f => f.Event.Message).Distinct().Count(), Is.EqualTo(fills.Count), "no deal twice");
            Assert.That(fills.Select(f => f.Event.Message), Is.EquivalentTo(_harness.Simulator.Snapshot().Deals.Select(d => $"BTCC deal {d.Id}")));
            AssertLeanViewEqualsExchange(second);
        }

        [Test]
        public void AnOrderSentAsSeveralBtccOrdersReportsWhatEachFilledWhileDownOnce()
        {
            var first = _harness.Restart();
            Place(first, new MarketOrder(Btc, 0.01m, DateTime.UtcNow), OrderStatus.Filled);
            // a close of the long's ticket and an open of the rest
            var sell = Place(first, new LimitOrder(Btc, -0.03m, BtcPrice + 1_000m, DateTime.UtcNow), OrderStatus.Submitted);
            Assert.That(sell.BrokerId, Has.Count.EqualTo(2));

            first.Dispose();
            _harness.Simulator.SetPrice("BTCUSDT", BtcPrice + 1_500m);

            var second = _harness.Restart();
            WaitForEvent(sell, OrderStatus.Filled, "the legs' fills to be reported");
            var fills = _harness.FillsOf(sell);
            var deals = _harness.Simulator.Snapshot().Deals.Where(d => sell.BrokerId.Contains(d.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.That(deals, Has.Count.EqualTo(2));
            Assert.That(fills.Select(f => f.Event.Message), Is.EquivalentTo(deals.Select(d => $"BTCC deal {d.Id}")), "each leg's deal once");
            Assert.That(fills.Sum(f => f.Event.FillQuantity), Is.EqualTo(-0.03m));
            AssertLeanViewEqualsExchange(second);
        }

        [Test]
        public void FillOutsideLeanWhileDownIsReportedAsExternalOnce()
        {
            var first = _harness.Restart();
            first.Dispose();
            _harness.Simulator.OpenExternalPosition("BTCUSDT", 2, 0.05m);

            var second = _harness.Restart();
            SoakHarness.WaitUntil(() => _harness.Messages.Any(m => m.Message.Code == "ExternalFill"), "the external fill warning");
            _harness.WaitForPolls(5);
            var external = _harness.Messages.Where(m => m.Message.Code == "ExternalFill").ToList();
            Assert.That(external, Has.Count.EqualTo(1));
            Assert.That(external[0].Message.Type, Is.EqualTo(BrokerageMessageType.Warning));
            Assert.That(_harness.OrderEvents, Is.Empty);
            Assert.That(second.GetAccountHoldings().Single().Quantity, Is.EqualTo(-0.05m));
        }

        [Test]
        public void FirstEverStartTreatsExistingDealsAsHistoryAndWritesTheLedger()
        {
            _harness.Simulator.OpenExternalPosition("BTCUSDT", 1, 0.05m);
            var brokerage = _harness.Restart();
            _harness.WaitForPolls(5);
            Assert.That(_harness.Messages.Where(m => m.Message.Code == "ExternalFill"), Is.Empty, "deals before the first start are history");
            var path = brokerage.FillLedgerPath!;
            Assert.That(path, Does.EndWith($"btcc-fill-ledger-{_harness.Simulator.Options.AccountId}.json"));
            var saved = BtccFillLedgerFile.Load(path, _harness.Simulator.RestUrl.ToString().TrimEnd('/'), _harness.Simulator.Options.AccountId);
            Assert.That(saved, Is.Not.Null);
            Assert.That(saved!.Deals.Select(d => d.DealId), Is.EquivalentTo(_harness.Simulator.Snapshot().Deals.Select(d => d.Id)));
            Assert.That(File.Exists(path + ".tmp"), Is.False, "the ledger is moved into place, no temporary file is left");
        }

        [Test]
        public void LedgerOfAnotherExchangeIsIgnored()
        {
            var path = BtccFillLedgerFile.Resolve(_harness.LedgerPath, _harness.Simulator.Options.AccountId);
            BtccFillLedgerFile.Save(path, new BtccFillLedgerDocument { Exchange = "https://other.example", AccountId = _harness.Simulator.Options.AccountId });
            Assert.That(BtccFillLedgerFile.Load(path, _harness.Simulator.RestUrl.ToString().TrimEnd('/'), _harness.Simulator.Options.AccountId), Is.Null);
        }

        /// <summary>Waits until LEAN got an event of <paramref name="order"/> with <paramref name="status"/> (events arrive on their own threads).</summary>
        private void WaitForEvent(Order order, OrderStatus status, string what)
            => SoakHarness.WaitUntil(() => _harness.OrderEvents.Any(e => e.Event.OrderId == order.Id && e.Event.Status == status), what);

        private Order Place(BtccBrokerage brokerage, Order order, OrderStatus expected)
        {
            _harness.Orders.Add(order);
            Assert.That(brokerage.PlaceOrder(order), Is.True);
            SoakHarness.WaitUntil(() => _harness.OrderEvents.Any(e => e.Event.OrderId == order.Id && e.Event.Status == expected), $"order {order.Id} to become {expected}");
            return order;
        }

        /// <summary>Holdings summed from every fill event LEAN got, and the cash balance, equal the exchange's truth.</summary>
        private void AssertLeanViewEqualsExchange(BtccBrokerage brokerage)
        {
            var truth = _harness.Simulator.Snapshot();
            var leanHoldings = _harness.OrderEvents.Where(e => e.Event.Status.IsFill())
                .GroupBy(e => e.Event.Symbol.Value).ToDictionary(g => g.Key, g => g.Sum(e => e.Event.FillQuantity))
                .Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
            var trueHoldings = truth.Positions.GroupBy(p => p.Instrument.Ticker)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Direction == 1 ? p.Volume : -p.Volume))
                .Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
            Assert.That(leanHoldings, Is.EquivalentTo(trueHoldings), "holdings from LEAN's fill events");
            Assert.That(brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol.Value, h => h.Quantity), Is.EquivalentTo(trueHoldings), "GetAccountHoldings");
            Assert.That(brokerage.GetCashBalance().Single().Amount, Is.EqualTo(truth.Balance), "GetCashBalance");
            var fees = _harness.OrderEvents.Where(e => e.Event.Status.IsFill()).Sum(e => e.Event.OrderFee.Value.Amount);
            Assert.That(fees, Is.EqualTo(truth.Deals.Sum(d => d.Commission)), "fees reported equal the exchange's commissions");
        }

        [Test]
        public void FirstStartAfterASettlementTreatsTheSettledDealsAsHistory()
        {
            _harness.Simulator.OpenExternalPosition("BTCUSDT", 1, 0.05m);
            _harness.Simulator.Settle();
            var settled = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            _harness.Restart();
            // a settlement during the run (settlement_time is in seconds) makes the engine catch up from the trade
            // report, which still lists that deal
            SoakHarness.WaitUntil(() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() > settled, "the next second");
            _harness.Simulator.Settle();
            _harness.WaitForPolls(2);
            // news after it: reported once its grace is over, which the older deal's would have been first
            var news = _harness.Simulator.OpenExternalPosition("BTCUSDT", 2, 0.01m);
            SoakHarness.WaitUntil(() => _harness.Messages.Any(m => m.Message.Code == "ExternalFill"), "the new fill's ExternalFill");

            Assert.That(_harness.Messages.Where(m => m.Message.Code == "ExternalFill").Select(m => m.Message.Message),
                Has.All.Contain($"ticket {news},"), "a deal from before the first start is history");
        }
    }
}
