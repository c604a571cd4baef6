/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Data;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability.Soak
{
    /// <summary>
    /// Trades a mix of market, limit and stop orders (limit and stop orders against a position close its tickets and open
    /// the rest: several BTCC orders each), updates and cancels on three symbols at the client's default
    /// request budget while the simulator fills every order type in parts, loses the replies of writes it applied
    /// (5xx or no answer), lags each list, races fills against cancels, settles during trading, answers 5xx and 429,
    /// expires tokens and drops quote sockets and their logins; the brokerage is restarted the way LEAN restarts it,
    /// once with its ledger file and once without. Then, from the simulator's own state: every LEAN order was told
    /// exactly what BTCC executed for it, holdings and cash from the fill events equal the exchange's, nothing ended
    /// at BTCC stays open in LEAN, and no Error was raised. Sized by <c>BTCC_SOAK_ORDERS</c> (default 75, about 3.5 min) and capped
    /// by <c>BTCC_SOAK_SECONDS</c> (default 480); <c>BTCC_SOAK_LOG</c>=file writes every log line, event, message and deal there.
    /// </summary>
    [TestFixture]
    public class FaultSoakTests
    {
        /// <summary>The client's default request budget, and what a token bucket of it may send in any one second (rate + burst, plus jitter).</summary>
        private static readonly int ExchangeBudget = (int)new Btcc.Api.BtccApiSettings().RequestsPerSecond + new Btcc.Api.BtccApiSettings().RequestBurst + 2;

        /// <summary>The simulator's budget during a throttle episode.</summary>
        private const int ThrottledBudget = 2;

        private static readonly (string Ticker, decimal Price, decimal Volume, int Digits)[] Markets =
        {
            ("BTCUSDT", 60_000m, 0.004m, 2),
            ("ETHUSDT", 3_000m, 0.04m, 2),
            ("SOLUSDT", 150m, 0.4m, 3)
        };

        private readonly Dictionary<string, int> _counts = new();
        private readonly List<string> _failures = new();
        private readonly List<(DateTime Start, DateTime End)> _episodes = new();
        private readonly Random _random = new(7);
        private Dictionary<string, decimal> _prices = null!;
        private SoakHarness _harness = null!;

        [Test]
        public async Task EveryLeanOrderGetsExactlyWhatBtccExecutedForItUnderFaults()
        {
            var target = EnvInt("BTCC_SOAK_ORDERS", 75);
            var cap = TimeSpan.FromSeconds(EnvInt("BTCC_SOAK_SECONDS", 480));
            using var log = new SoakLogCounter();
            await using var harness = await SoakHarness.StartAsync(o => o.InitialBalance = 10_000_000m);
            _harness = harness;
            var sim = harness.Simulator;
            // kept so that a second over the budget can be shown request by request
            sim.Requests.KeepsTimeline = true;
            _prices = Markets.ToDictionary(m => m.Ticker, m => m.Price);
            foreach (var market in Markets)
            {
                sim.SetPrice(market.Ticker, market.Price);
            }
            TurnFaultsOn(sim.Faults);

            var aggregator = new CollectingDataAggregator();
            var settings = harness.Settings(s => new BtccBrokerageSettings
            {
                Api = Tuned(s.Api),
                OrderStateTimeout = TimeSpan.FromSeconds(3),
                UnmatchedFillGrace = TimeSpan.FromSeconds(2),
                PollerStallTimeout = TimeSpan.FromSeconds(15),
                UnconfirmedWriteTimeout = TimeSpan.FromSeconds(10),
                FillLedgerPath = s.FillLedgerPath
            });
            var btc = Future("BTCUSDT");
            Subscribe(harness.Restart(settings, aggregator), btc);
            var started = DateTime.UtcNow;

            var placed = new List<Order>();
            var i = 0;
            for (var epoch = 0; epoch < 3; epoch++)
            {
                var working = new List<Order>();
                for (; placed.Count < target * (epoch + 1) / 3; i++)
                {
                    Assert.That(DateTime.UtcNow - started, Is.LessThan(cap), $"the soak cap ran out after {placed.Count} of {target} orders");
                    Trade(harness.Brokerage, i, placed, working);
                    Schedule(sim, i);
                }
                Quiesce(final: epoch == 2);
                if (epoch < 2)
                {
                    // LEAN restarts: the first time with the brokerage's ledger file, the second time without it
                    var withLedger = epoch == 0;
                    Count(withLedger ? "restarts with ledger" : "restarts without ledger");
                    Subscribe(harness.RestartLikeLean(settings, aggregator, withLedger, () => MovePrices(sim, 0.01)), btc);
                }
            }

            var audit = new SoakAudit(harness);
            var injected = sim.Faults.Injected;
            var throttlesOutside = log.Throttles.Count(t => !_episodes.Any(e => t >= e.Start && t <= e.End + TimeSpan.FromMilliseconds(500)));
            var stuck = _stuck;
            var multiLeg = placed.Count(o => o.BrokerId.Count(id => long.TryParse(id, out _)) > 1);
            var line = $"soak: {placed.Count} orders ({placed.Count(o => o.Type == OrderType.Market)} market, {placed.Count(o => o.Type == OrderType.Limit)} limit, " +
                $"{placed.Count(o => o.Type == OrderType.StopMarket)} stop, {multiLeg} of them sent as several BTCC orders; {Counted("updates")} updates, {Counted("cancels")} cancels, " +
                $"{placed.Count(o => o.Status == OrderStatus.Invalid)} not placed) in {(DateTime.UtcNow - started).TotalSeconds:0} s at the default budget; " +
                $"fills {audit.Fills} of {audit.Deals.Count} deals ({audit.WhileDown.Count} made while down); faults: partial fills {injected.GetValueOrDefault("partial fills")}, " +
                $"applied then 5xx {injected.GetValueOrDefault("applied then 5xx")}, applied then timeout {injected.GetValueOrDefault("applied then timeout")}, " +
                $"5xx {injected.GetValueOrDefault("5xx")}, 429 {injected.GetValueOrDefault("429")} in {_episodes.Count} throttle episodes, " +
                $"cancel races {injected.GetValueOrDefault("cancel races")}, settlements {injected.GetValueOrDefault("settlements")}, list lags 5, " +
                $"token expiries {Counted("token expiries")}, socket drops {Counted("socket drops")}, quote logins dropped {injected.GetValueOrDefault("quote logins dropped")}, " +
                $"duplicate+reorder phases {Counted("duplicate+reorder phases")}, restarts {Counted("restarts with ledger")} with ledger + {Counted("restarts without ledger")} without; " +
                $"lost {audit.Lost.Count}, duplicated {audit.Duplicated.Count}, misattributed {audit.Misattributed.Count}, stuck {stuck}";
            TestContext.Out.WriteLine(line);
            if (Environment.GetEnvironmentVariable("BTCC_SOAK_LOG") is { Length: > 0 } dump)
            {
                File.WriteAllLines(dump, log.Lines.Select(l => $"{l.Time:HH:mm:ss.fff} {l.Text}")
                    .Concat(harness.OrderEvents.Select(e => $"EVENT {e.Instance} {e.Event.UtcTime:HH:mm:ss} order {e.Event.OrderId} {e.Event.Status} {e.Event.FillQuantity} {e.Event.Message}"))
                    .Concat(harness.Messages.Select(m => $"MSG {m.Instance} {m.Message.Type} {m.Message.Code} {m.Message.Message}"))
                    .Concat(_failures.Select(f => "FAIL " + f))
                    .Concat(audit.Lost.Select(d => $"LOST deal {d.Id} order {d.OrderId} refid {d.RefId} pos {d.PositionId} vol {d.ExecVolume} type {d.OrderType} at {d.ExecTime:HH:mm:ss.fff}"))
                    .Concat(audit.Misattributed.Select(m => "MIS " + m))
                    .Concat(sim.Snapshot().Deals.Select(d => $"DEAL {d.Id} order {d.OrderId} refid {d.RefId} pos {d.PositionId} reason {d.Reason} type {d.OrderType} dir {d.Direction} {d.Instrument.Ticker} vol {d.ExecVolume} price {d.ExecPrice} at {d.ExecTime:HH:mm:ss.fff} settled {d.Settled}"))
                    .Concat(sim.Snapshot().Orders.Select(o => $"BTCCORDER {o.Id} type {o.Type} dir {o.Direction} {o.Instrument.Ticker} status {o.Status} exec {o.ExecuteVolume}/{o.RequestVolume} price {o.RequestPrice} at {o.RequestTime:HH:mm:ss.fff} last {o.LastDealId}")));
            }
            TestContext.Out.WriteLine("requests by path: " + string.Join(", ", sim.Requests.ByPath.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));

            var notices = string.Join(" | ", harness.Messages.Where(m => m.Message.Type != BrokerageMessageType.Information).Select(m => $"{m.Instance}: {m.Message.Code} {m.Message.Message}").Take(40));
            Assert.That(_failures, Is.Empty, $"{line}; {notices}");
            Assert.That(audit.Lost.Select(d => $"deal {d.Id} order {d.OrderId} refid {d.RefId} vol {d.ExecVolume}"), Is.Empty, line);
            Assert.That(audit.Duplicated, Is.Empty, line);
            Assert.That(audit.Misattributed, Is.Empty, line);
            Assert.That(stuck, Is.Zero, line);
            Assert.That(injected.GetValueOrDefault("partial fills"), Is.GreaterThan(0), "partial fills happened");
            Assert.That(multiLeg, Is.GreaterThan(0), "limit and stop orders that closed tickets and opened the rest were traded");
            Assert.That(injected.GetValueOrDefault("applied then 5xx") + injected.GetValueOrDefault("applied then timeout"), Is.GreaterThan(0), "writes were applied and their replies lost");
            Assert.That(placed, Has.Count.GreaterThanOrEqualTo(target));

            Assert.That(harness.Messages.Where(m => m.Message.Type == BrokerageMessageType.Error).Select(m => m.Message.Message), Is.Empty, "faults are recoverable: no Error");
            var whileDown = audit.WhileDown.Select(d => $"deal {d.Id})").ToHashSet();
            Assert.That(harness.Messages.Where(m => m.Message.Code is "ExternalFill" or "Liquidation").Where(m => !whileDown.Any(m.Message.Message.Contains)).Select(m => m.Message.Message),
                Is.Empty, "a fill outside every LEAN order is only one made while no brokerage ran");
            Assert.That(harness.Messages.Where(m => m.Message.Code == "ExternalOrder").Select(m => m.Message.Message), Is.Empty, "every BTCC order is a LEAN order's");
            var brokerage = harness.Brokerage;
            Assert.That(brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol.Value, h => h.Quantity), Is.EquivalentTo(audit.TrueHoldings()), "GetAccountHoldings");
            Assert.That(brokerage.GetCashBalance().Single().Amount, Is.EqualTo(audit.TrueCash), "GetCashBalance");
            Assert.That(sim.Requests.MaxRequestsPerSecond, Is.LessThanOrEqualTo(ExchangeBudget), () => $"the client kept its request budget; the busiest second: {BusiestSecond(sim.Requests.Timeline)}");
            Assert.That(throttlesOutside, Is.Zero, "no 429 outside the injected throttle episodes");
            Assert.That(aggregator.TicksOf(btc, TickType.Trade), Is.Not.Empty, "the quote feed survived the socket drops");
        }

        /// <summary>The requests of the busiest one-second window, with their arrival times.</summary>
        private static string BusiestSecond(IReadOnlyList<(DateTimeOffset At, string Path)> timeline)
        {
            var (best, start) = (0, 0);
            for (int first = 0, last = 0; last < timeline.Count; last++)
            {
                while (timeline[last].At - timeline[first].At >= TimeSpan.FromSeconds(1))
                {
                    first++;
                }
                if (last - first + 1 > best)
                {
                    (best, start) = (last - first + 1, first);
                }
            }
            return string.Join(", ", timeline.Skip(start).Take(best).Select(r => $"{r.At:HH:mm:ss.fff} {r.Path}"));
        }

        /// <summary>Faults that stay on for the whole soak.</summary>
        private static void TurnFaultsOn(BtccSimulatorFaults faults)
        {
            faults.RequestBudgetPerSecond = ExchangeBudget;
            faults.ServerErrorRate = 0.02;
            faults.AppliedThenServerErrorRate = 0.03;
            faults.AppliedThenHangRate = 0.01;
            faults.PartialFillRatio = 0.5m;
            faults.CancelRaceRate = 0.3;
            faults.SettlementInterval = TimeSpan.FromSeconds(20);
            faults.SetListLag("/v1/account/dealTodayList", TimeSpan.FromMilliseconds(700));
            faults.SetListLag("/v1/account/orderList", TimeSpan.FromMilliseconds(400));
            faults.SetListLag("/v1/account/positionlist", TimeSpan.FromMilliseconds(500));
            faults.SetListLag("/v1/user/getHisOrder", TimeSpan.FromMilliseconds(300));
            faults.SetListLag("/v1/user/getTradeReport", TimeSpan.FromMilliseconds(300));
        }

        /// <summary>One step of trading: an order of the mix, maybe an update, maybe a cancel, maybe a price move.</summary>
        private void Trade(BtccBrokerage brokerage, int i, List<Order> placed, List<Order> working)
        {
            var (ticker, _, volume, digits) = Markets[i % Markets.Length];
            var symbol = Future(ticker);
            var price = _prices[ticker];
            var side = _random.Next(2) == 0 ? 1 : -1;
            var quantity = side * volume * _random.Next(1, 4);
            Order order = (i % 5) switch
            {
                0 => new MarketOrder(symbol, quantity, DateTime.UtcNow),
                1 => new LimitOrder(symbol, quantity, Round(price * (1 - side * 0.05m), digits), DateTime.UtcNow), // far: rests
                2 or 4 => new LimitOrder(symbol, quantity, Round(price * (1 - side * 0.001m), digits), DateTime.UtcNow),
                _ => new StopMarketOrder(symbol, quantity, Round(price * (1 + side * 0.001m), digits), DateTime.UtcNow)
            };
            _harness.Orders.Add(order);
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
            if (i % 3 == 0 && working.FirstOrDefault(o => o.Type == OrderType.Limit && o.Status is OrderStatus.Submitted or OrderStatus.PartiallyFilled && o.BrokerId.Count > 0) is LimitOrder update)
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
                MovePrices(_harness.Simulator, 0.003);
            }
        }

        /// <summary>The faults that come and go, by order count.</summary>
        private void Schedule(BtccSimulator sim, int i)
        {
            if (i % 25 == 12) { sim.ExpireTokens(); Count("token expiries"); }
            if (i % 30 == 20) { sim.Faults.FailNextQuoteLogins(QuoteLoginFault.Drop); sim.DropWebSockets(); Count("socket drops"); }
            if (i % 40 == 5) { sim.Faults.DuplicateDeals = sim.Faults.ReorderDeals = true; Count("duplicate+reorder phases"); }
            if (i % 40 == 25) { sim.Faults.DuplicateDeals = sim.Faults.ReorderDeals = false; }
            if (i % 35 == 30 && _episodeStart == null) { _episodeStart = DateTime.UtcNow; sim.Faults.RequestBudgetPerSecond = ThrottledBudget; }
            if (_episodeStart is { } start && DateTime.UtcNow - start > TimeSpan.FromSeconds(1))
            {
                sim.Faults.RequestBudgetPerSecond = ExchangeBudget;
                _episodes.Add((start, DateTime.UtcNow));
                _episodeStart = null;
            }
        }

        private DateTime? _episodeStart;
        private int _stuck;

        /// <summary>
        /// Lets the current instance catch up with everything it can know (no more orders, no price moves; the faults
        /// stay on), then checks it: every order told exactly what BTCC executed for it, nothing ended at BTCC left
        /// open, holdings and cash from its fill events equal to the exchange's. The final one first cancels what works.
        /// </summary>
        private void Quiesce(bool final)
        {
            var start = _harness.Starts[^1];
            var brokerage = _harness.Brokerage;
            if (_episodeStart is { } episode)
            {
                _harness.Simulator.Faults.RequestBudgetPerSecond = ExchangeBudget;
                _episodes.Add((episode, DateTime.UtcNow));
                _episodeStart = null;
            }
            if (final)
            {
                CancelEverything(start, brokerage);
            }
            bool Settled(SoakAudit audit) => audit.Stuck(start).Count == 0 && audit.FillMismatches(start).Count == 0
                && (!final || start.Orders.GetOpenOrders().Count == 0);
            SoakHarness.TryWaitUntil(() => Settled(new SoakAudit(_harness)), TimeSpan.FromSeconds(90));
            _harness.WaitForPolls(3);

            var audit = new SoakAudit(_harness);
            var name = $"instance {start.Instance}";
            _failures.AddRange(audit.FillMismatches(start).Select(m => $"{name}: {m}"));
            // LEAN drops an instance's orders when it restarts: what is stuck is counted when it stops
            var stuck = audit.Stuck(start);
            _stuck += stuck.Count;
            _failures.AddRange(stuck.Select(s => $"{name}: stuck {s}"));
            if (final)
            {
                _failures.AddRange(start.Orders.GetOpenOrders().Select(o => $"{name}: still open after the final cancels: order {o.Id} {o.Type} {o.Status} [{string.Join(",", o.BrokerId)}]"));
            }
            var lean = audit.LeanHoldings(start);
            var truth = audit.TrueHoldings();
            if (!lean.OrderBy(h => h.Key).SequenceEqual(truth.OrderBy(h => h.Key)))
            {
                _failures.Add($"{name}: holdings from the fill events {Show(lean)}, the exchange's {Show(truth)}");
            }
            if (audit.LeanCash(start) != audit.TrueCash)
            {
                _failures.Add($"{name}: cash from the fill events {audit.LeanCash(start)}, the exchange's {audit.TrueCash}");
            }
        }

        /// <summary>
        /// Cancels every working order the way an algorithm does: a cancel whose outcome BTCC left unknown fails
        /// (<c>CancelOrder</c> false, the order still working at BTCC), so it is asked again until each cancel was accepted.
        /// </summary>
        private static void CancelEverything(SoakStart start, BtccBrokerage brokerage)
        {
            var accepted = new HashSet<int>();
            bool Waiting(Order o) => o.Type != OrderType.Market && !accepted.Contains(o.Id);
            for (var round = 0; round < 5 && start.Orders.GetOpenOrders().Any(Waiting); round++)
            {
                if (round > 0)
                {
                    // the refused ones may be ending at BTCC anyway: give the lists a moment to show it
                    SoakHarness.TryWaitUntil(() => !start.Orders.GetOpenOrders().Any(Waiting), TimeSpan.FromSeconds(3));
                }
                foreach (var order in start.Orders.GetOpenOrders().Where(Waiting).ToList())
                {
                    if (brokerage.CancelOrder(order))
                    {
                        accepted.Add(order.Id);
                    }
                }
            }
        }

        private void MovePrices(BtccSimulator sim, double range)
        {
            foreach (var market in Markets)
            {
                var next = Round(_prices[market.Ticker] * (1 + (decimal)((_random.NextDouble() * 2 - 1) * range)), market.Digits);
                _prices[market.Ticker] = next;
                sim.SetPrice(market.Ticker, next);
            }
        }

        private static void Subscribe(BtccBrokerage brokerage, Symbol symbol) => brokerage.Subscribe(DataFeedHarness.Config(symbol, TickType.Trade), (_, _) => { });

        private void Count(string kind) => _counts[kind] = _counts.GetValueOrDefault(kind) + 1;

        private int Counted(string kind) => _counts.GetValueOrDefault(kind);

        private static string Show(Dictionary<string, decimal> holdings) => "{" + string.Join(", ", holdings.OrderBy(h => h.Key).Select(h => $"{h.Key} {h.Value}")) + "}";

        /// <summary>The default request budget; only timeouts and back-offs are shortened, so faults cost seconds, not minutes.</summary>
        private static Btcc.Api.BtccApiSettings Tuned(Btcc.Api.BtccApiSettings api)
        {
            var defaults = new Btcc.Api.BtccApiSettings();
            api.RequestsPerSecond = defaults.RequestsPerSecond;
            api.RequestBurst = defaults.RequestBurst;
            api.RequestTimeout = TimeSpan.FromSeconds(3);
            api.ReadRetryDelay = TimeSpan.FromMilliseconds(100);
            api.ThrottleBackoff = TimeSpan.FromMilliseconds(300);
            api.MaxThrottleBackoff = TimeSpan.FromSeconds(2);
            return api;
        }

        private static Symbol Future(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        private static decimal Round(decimal price, int digits) => Math.Round(price, digits, MidpointRounding.AwayFromZero);

        private static int EnvInt(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
