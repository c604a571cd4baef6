using System.Globalization;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Data;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// Trades a mix of market, limit and stop orders, updates and cancels on three symbols through one brokerage
    /// while the simulator injects HTTP 5xx, 429 throttling, token expiry, late-listed items, duplicated and
    /// shuffled deal lists and quote-socket drops; then proves nothing was lost or duplicated. Bounded by
    /// <c>BTCC_SOAK_ORDERS</c> (default 1,000 orders placed) and <c>BTCC_SOAK_SECONDS</c> (default 120 s, a cap).
    /// </summary>
    [TestFixture]
    public class FaultSoakTests
    {
        /// <summary>The client's REST budget: sustained rate and burst.</summary>
        private const int ClientRate = 100, ClientBurst = 20;

        /// <summary>
        /// What a token bucket of <see cref="ClientRate"/>/<see cref="ClientBurst"/> may send within any one-second
        /// window (rate + burst), plus scheduling jitter: the simulator's budget outside throttle episodes. A 429
        /// outside an episode would mean the client broke its budget.
        /// </summary>
        private const int ExchangeBudget = ClientRate + ClientBurst + 10;

        /// <summary>The simulator's budget during a throttle episode.</summary>
        private const int ThrottledBudget = 5;

        private static readonly (string Ticker, decimal Price, decimal Volume, int Digits)[] Markets =
        {
            ("BTCUSDT", 60_000m, 0.001m, 2),
            ("ETHUSDT", 3_000m, 0.01m, 2),
            ("SOLUSDT", 150m, 0.1m, 3)
        };

        [Test]
        public async Task NothingIsLostOrDuplicatedUnderFaults()
        {
            var target = EnvInt("BTCC_SOAK_ORDERS", 1_000);
            var cap = TimeSpan.FromSeconds(EnvInt("BTCC_SOAK_SECONDS", 120));
            using var log = new SoakLogCounter();
            await using var harness = await SoakHarness.StartAsync(o => o.InitialBalance = 10_000_000m);
            var sim = harness.Simulator;
            var random = new Random(7);
            var prices = Markets.ToDictionary(m => m.Ticker, m => m.Price);
            foreach (var market in Markets)
            {
                sim.SetPrice(market.Ticker, market.Price);
            }
            sim.Faults.RequestBudgetPerSecond = ExchangeBudget;
            sim.Faults.ServerErrorRate = 0.02;

            var aggregator = new CollectingDataAggregator();
            var settings = harness.Settings(s => new BtccBrokerageSettings
            {
                Api = Tuned(s.Api),
                PollInterval = TimeSpan.FromMilliseconds(100),
                OrderStateTimeout = TimeSpan.FromSeconds(3),
                UnmatchedFillGrace = TimeSpan.FromSeconds(2),
                PollerStallTimeout = TimeSpan.FromSeconds(15),
                FillLedgerPath = s.FillLedgerPath
            });
            var brokerage = harness.Restart(settings, aggregator);
            var btc = Future("BTCUSDT");
            brokerage.Subscribe(DataFeedHarness.Config(btc, TickType.Trade), (_, _) => { });

            var counts = new Dictionary<string, int>();
            void Count(string kind, int n = 1) => counts[kind] = counts.GetValueOrDefault(kind) + n;
            var episodes = new List<(DateTime Start, DateTime End)>();
            DateTime? episodeStart = null;
            var working = new List<Order>();
            var placed = new List<Order>();
            var started = DateTime.UtcNow;

            for (var i = 0; placed.Count < target; i++)
            {
                if (DateTime.UtcNow - started > cap)
                {
                    Assert.Fail($"the soak cap of {cap.TotalSeconds:0} s ran out after {placed.Count} of {target} orders");
                }
                var (ticker, _, volume, digits) = Markets[i % Markets.Length];
                var symbol = Future(ticker);
                var price = prices[ticker];
                var side = random.Next(2) == 0 ? 1 : -1;
                var quantity = side * volume * random.Next(1, 4);
                Order order = (i % 5) switch
                {
                    0 => new MarketOrder(symbol, quantity, DateTime.UtcNow),
                    1 => new LimitOrder(symbol, quantity, Round(price * (1 - side * 0.05m), digits), DateTime.UtcNow), // far: rests
                    2 or 4 => new LimitOrder(symbol, quantity, Round(price * (1 - side * 0.001m), digits), DateTime.UtcNow),
                    _ => new StopMarketOrder(symbol, quantity, Round(price * (1 + side * 0.001m), digits), DateTime.UtcNow)
                };
                harness.Orders.Add(order);
                if (brokerage.PlaceOrder(order))
                {
                    placed.Add(order);
                    if (order.Type != OrderType.Market)
                    {
                        working.Add(order);
                    }
                }
                else
                {
                    Count("refused");
                }

                working.RemoveAll(o => o.Status.IsClosed());
                if (i % 3 == 0 && working.FirstOrDefault(o => o.Type == OrderType.Limit && o.Status == OrderStatus.Submitted) is LimitOrder update)
                {
                    var nudged = Round(update.LimitPrice * (1 - Math.Sign(update.Quantity) * 0.0005m), Markets.First(m => m.Ticker == update.Symbol.Value).Digits);
                    update.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, update.Id, new UpdateOrderFields { LimitPrice = nudged }));
                    Count(brokerage.UpdateOrder(update) ? "updates" : "updates refused");
                }
                if (i % 2 == 0 && working.Count > 6 && brokerage.CancelOrder(working[0]))
                {
                    Count("cancels");
                    working.RemoveAt(0);
                }
                if (i % 4 == 3)
                {
                    // a random walk of ±0.3% keeps near orders triggering
                    foreach (var market in Markets)
                    {
                        var next = Round(market.Price * (1 + (decimal)(random.NextDouble() * 0.006 - 0.003)), market.Digits);
                        prices[market.Ticker] = next;
                        sim.SetPrice(market.Ticker, next);
                    }
                }

                // the fault schedule, by order count
                if (i % 120 == 60) { sim.ExpireTokens(); Count("token expiries"); }
                if (i % 150 == 75) { sim.DropWebSockets(); Count("socket drops"); }
                if (i == 100) { sim.Faults.LateReportDelay = TimeSpan.FromMilliseconds(400); Count("late-report phases"); }
                if (i == 300) { sim.Faults.LateReportDelay = TimeSpan.Zero; }
                if (i == 350) { sim.Faults.DuplicateDeals = true; sim.Faults.ReorderDeals = true; Count("duplicate+reorder phases"); }
                if (i == 700) { sim.Faults.DuplicateDeals = false; sim.Faults.ReorderDeals = false; }
                if (i % 300 == 200) { episodeStart = DateTime.UtcNow; sim.Faults.RequestBudgetPerSecond = ThrottledBudget; Count("throttle episodes"); }
                if (episodeStart is { } start && DateTime.UtcNow - start > TimeSpan.FromSeconds(1))
                {
                    sim.Faults.RequestBudgetPerSecond = ExchangeBudget;
                    episodes.Add((start, DateTime.UtcNow));
                    episodeStart = null;
                }
            }
            sim.Faults.ServerErrorRate = 0;
            sim.Faults.RequestBudgetPerSecond = ExchangeBudget;

            // wind down: cancel what still works, let every order reach a final state
            foreach (var order in placed.Where(o => o.Type != OrderType.Market && o.Status.IsOpen()).ToList())
            {
                brokerage.CancelOrder(order);
            }
            var trueDeals = () => sim.Snapshot().Deals;
            var settled = SoakHarness.TryWaitUntil(() => placed.All(o => o.Status.IsClosed()) && ReportedDeals(harness).Count >= trueDeals().Count, TimeSpan.FromSeconds(60));
            harness.WaitForPolls(5);
            var simOrders = sim.Snapshot().Orders.ToDictionary(o => o.Id.ToString(CultureInfo.InvariantCulture));
            var notFinal = placed.Where(o => !o.Status.IsClosed()).Select(o => $"{o.Id}:{o.Type}:{o.Status}:[{string.Join(",", o.BrokerId)}]" +
                (simOrders.TryGetValue(o.BrokerId.FirstOrDefault() ?? "", out var so) ? $" sim status {so.Status} exec {so.ExecuteVolume}/{so.RequestVolume} price {so.RequestPrice} at {so.RequestTime:HH:mm:ss.fff} last deal {so.LastDealId} reported for " +
                    string.Join(",", harness.OrderEvents.Where(e => e.Event.Message == $"BTCC deal {so.LastDealId}").Select(e => $"{e.Event.OrderId}({harness.Orders.GetOrderById(e.Event.OrderId).Type} {harness.Orders.GetOrderById(e.Event.OrderId).Status} [{string.Join(",", harness.Orders.GetOrderById(e.Event.OrderId).BrokerId)}] sim {simOrders.GetValueOrDefault(harness.Orders.GetOrderById(e.Event.OrderId).BrokerId.FirstOrDefault() ?? "")?.Status} {simOrders.GetValueOrDefault(harness.Orders.GetOrderById(e.Event.OrderId).BrokerId.FirstOrDefault() ?? "")?.RequestTime:HH:mm:ss.fff})")) : "")).ToList();
            var elapsed = DateTime.UtcNow - started;

            // the proof
            var deals = trueDeals();
            var reported = ReportedDeals(harness);
            var byDeal = reported.GroupBy(r => r.DealId).ToDictionary(g => g.Key, g => g.ToList());
            var lost = deals.Count(d => !byDeal.ContainsKey(d.Id));
            var duplicated = byDeal.Values.Count(g => g.Count > 1);
            var unknownEvents = harness.OrderEvents.Count(e => harness.Orders.GetOrderById(e.Event.OrderId) == null);
            var throttlesOutside = log.Throttles.Count(t => !episodes.Any(e => t >= e.Start && t <= e.End + TimeSpan.FromMilliseconds(500)));
            var fills = reported.Count;
            var summary = $"soak: {placed.Count} orders placed ({placed.Count(o => o.Type == OrderType.Market)} market, {placed.Count(o => o.Type == OrderType.Limit)} limit, " +
                $"{placed.Count(o => o.Type == OrderType.StopMarket)} stop), {counts.GetValueOrDefault("updates")} updates, {counts.GetValueOrDefault("cancels")} cancels, " +
                $"{counts.GetValueOrDefault("refused")} refused in {elapsed.TotalSeconds:0.0} s; fills reported {fills}, fills the simulator made {deals.Count}; " +
                $"faults: 5xx {log.ReadRetriesAfter5xx} reads retried + {log.WritesReconciledAfter5xx} writes reconciled, 429 {log.Throttles.Count} in {episodes.Count} throttle episodes " +
                $"({throttlesOutside} outside), token expiries {counts.GetValueOrDefault("token expiries")} ({log.TokenRenewals} renewals), " +
                $"socket drops {counts.GetValueOrDefault("socket drops")}, late-report phases {counts.GetValueOrDefault("late-report phases")}, " +
                $"duplicate+reorder phases {counts.GetValueOrDefault("duplicate+reorder phases")}; max requests/s {sim.Requests.MaxRequestsPerSecond} (budget {ExchangeBudget}), " +
                $"requests {sim.Requests.Total}; lost {lost}, duplicated {duplicated}, events of unknown orders {unknownEvents}";
            TestContext.Out.WriteLine(summary);
            TestContext.Out.WriteLine("requests by path: " + string.Join(", ", sim.Requests.ByPath.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
            var lostDeals = deals.Where(d => !byDeal.ContainsKey(d.Id))
                .Select(d => $"deal {d.Id} ticket {d.PositionId} reason {d.Reason} type {d.OrderType} dir {d.Direction} vol {d.ExecVolume} at {d.ExecTime:HH:mm:ss.fff}").ToList();
            Assert.That(notFinal, Is.Empty, $"orders still open after the wind-down (settled {settled}): {string.Join("; ", notFinal)}; lost: {string.Join("; ", lostDeals)}; " +
                $"messages: {string.Join(" | ", harness.Messages.Where(m => m.Message.Type != BrokerageMessageType.Information).Select(m => m.Message.Message).Take(20))}");

            Assert.That(placed, Has.Count.GreaterThanOrEqualTo(target));
            Assert.That(lost, Is.Zero, $"{summary}; lost: {string.Join("; ", lostDeals)}; messages: " +
                string.Join(" | ", harness.Messages.Where(m => m.Message.Type != BrokerageMessageType.Information).Select(m => m.Message.Message).Take(30)));
            Assert.That(duplicated, Is.Zero, summary);
            Assert.That(unknownEvents, Is.Zero, summary);
            foreach (var deal in deals)
            {
                var fill = byDeal[deal.Id].Single();
                Assert.That((fill.Event.FillPrice, Math.Abs(fill.Event.FillQuantity), fill.Event.OrderFee.Value.Amount),
                    Is.EqualTo((deal.ExecPrice, deal.ExecVolume, deal.Commission)), $"deal {deal.Id}");
                Assert.That(Math.Sign(fill.Event.FillQuantity), Is.EqualTo(deal.Direction == 1 ? 1 : -1), $"deal {deal.Id} side");
            }
            Assert.That(harness.Messages.Where(m => m.Message.Code is "ExternalFill" or "Liquidation" or "ExternalOrder"), Is.Empty, "every fill belonged to a LEAN order");
            Assert.That(harness.Messages.Where(m => m.Message.Type == BrokerageMessageType.Error), Is.Empty, "faults are transient: no Error");

            var truth = sim.Snapshot();
            var leanHoldings = reported.GroupBy(r => r.Event.Symbol.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Event.FillQuantity))
                .Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
            var trueHoldings = truth.Positions.GroupBy(p => p.Instrument.Ticker)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Direction == 1 ? p.Volume : -p.Volume))
                .Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
            Assert.That(leanHoldings, Is.EquivalentTo(trueHoldings), "LEAN holdings from the fill events");
            Assert.That(brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol.Value, h => h.Quantity), Is.EquivalentTo(trueHoldings), "GetAccountHoldings");
            var fees = reported.Sum(r => r.Event.OrderFee.Value.Amount);
            Assert.That(sim.Options.InitialBalance + truth.Deals.Sum(d => d.Profit) - fees, Is.EqualTo(truth.Balance), "cash from the fill events");
            Assert.That(brokerage.GetCashBalance().Single().Amount, Is.EqualTo(truth.Balance), "GetCashBalance");

            Assert.That(sim.Requests.MaxRequestsPerSecond, Is.LessThanOrEqualTo(ExchangeBudget), "the client kept its request budget");
            Assert.That(throttlesOutside, Is.Zero, "no 429 outside the injected throttle episodes");
            Assert.That(log.Throttles, Is.Not.Empty, "the throttle episodes did throttle");
            Assert.That(aggregator.TicksOf(btc, TickType.Trade), Is.Not.Empty, "the quote feed survived the socket drops");
        }

        private static List<(long DealId, OrderEvent Event)> ReportedDeals(SoakHarness harness)
            => harness.OrderEvents.Where(e => e.Event.Status.IsFill())
                .Select(e => (long.Parse(e.Event.Message["BTCC deal ".Length..], CultureInfo.InvariantCulture), e.Event))
                .ToList();

        private static Btcc.Api.BtccApiSettings Tuned(Btcc.Api.BtccApiSettings api)
        {
            api.RequestsPerSecond = ClientRate;
            api.RequestBurst = ClientBurst;
            api.ThrottleBackoff = TimeSpan.FromMilliseconds(200);
            api.MaxThrottleBackoff = TimeSpan.FromSeconds(2);
            return api;
        }

        private static Symbol Future(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        private static decimal Round(decimal price, int digits) => Math.Round(price, digits, MidpointRounding.AwayFromZero);

        private static int EnvInt(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
