/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// A BTCC brokerage connected to a fresh simulator per test, with the helpers LEAN's brokerage tests
    /// have (place and wait for a status, liquidate, cancel open orders) and a check that the brokerage's
    /// holdings equal the simulator's true positions. Prices move only when a test sets them.
    /// </summary>
    public abstract class BtccBrokerageTestBase
    {
        /// <summary>How long any awaited condition may take (generous for a loaded 2-core machine).</summary>
        protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        /// <summary>BTCUSDT's reference price in the tests.</summary>
        protected const decimal BtcPrice = 60_000m;

        private protected BtccSimulator Simulator = null!;
        private protected BtccBrokerage Brokerage = null!;
        private protected TestOrderProvider OrderProvider = null!;
        private protected readonly ConcurrentQueue<OrderEvent> OrderEvents = new();
        private protected readonly ConcurrentQueue<BrokerageMessageEvent> Messages = new();
        private protected readonly ConcurrentQueue<Securities.AccountEvent> AccountEvents = new();

        /// <summary>The traded symbol (BTCUSDT perpetual on market btcc).</summary>
        protected static Symbol Symbol => Future("BTCUSDT");

        /// <summary>Default order quantity.</summary>
        protected virtual decimal DefaultQuantity => 0.01m;

        /// <summary>A CryptoFuture symbol on market btcc.</summary>
        protected static Symbol Future(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        /// <summary>Options of the simulator each test starts.</summary>
        private protected virtual void ConfigureSimulator(BtccSimulatorOptions options)
        {
        }

        /// <summary>The clock Day and GoodTilDate orders expire by (the system's unless a test moves time).</summary>
        private protected virtual TimeProvider? Clock => null;

        [SetUp]
        public async Task StartAsync()
        {
            OrderEvents.Clear();
            Messages.Clear();
            var options = new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero };
            ConfigureSimulator(options);
            Simulator = await BtccSimulator.StartAsync(options);
            Simulator.SetPrice("BTCUSDT", BtcPrice);
            OrderProvider = new TestOrderProvider();
            Brokerage = CreateBrokerage(Simulator, OrderProvider, Clock);
            Brokerage.OrdersStatusChanged += (_, events) => events.ForEach(OrderEvents.Enqueue);
            Brokerage.Message += (_, message) => Messages.Enqueue(message);
            Brokerage.AccountChanged += (_, account) => AccountEvents.Enqueue(account);
            Brokerage.Connect();
            Assert.That(Brokerage.IsConnected, Is.True, "Failed to connect to brokerage");
        }

        [TearDown]
        public async Task StopAsync()
        {
            Brokerage?.Dispose();
            if (Simulator != null)
            {
                await Simulator.DisposeAsync();
            }
        }

        /// <summary>Settings pointing at the simulator, polling fast (and idle polls every 250 ms, so outside changes show soon).</summary>
        internal static BtccBrokerageSettings SettingsFor(BtccSimulator simulator, string? password = null, TimeProvider? clock = null) => new()
        {
            Clock = clock ?? TimeProvider.System,
            Api = new BtccApiSettings
            {
                RestUrl = simulator.RestUrl.ToString(),
                WebSocketUrl = simulator.WebSocketUrl.ToString(),
                UserName = simulator.Options.UserName,
                Password = password ?? simulator.Options.Password,
                ApiKey = simulator.Options.ApiKey,
                ApiSecret = simulator.Options.ApiSecret,
                CompanyId = simulator.Options.CompanyId,
                RequestsPerSecond = 500,
                RequestBurst = 100,
                KlineRequestsPerSecond = 500,
                KlineRequestBurst = 100,
                ReadRetryDelay = TimeSpan.FromMilliseconds(20),
                RequestTimeout = TimeSpan.FromSeconds(5)
            },
            PollInterval = TimeSpan.FromMilliseconds(50),
            IdlePollInterval = TimeSpan.FromMilliseconds(250),
            OrderStateTimeout = TimeSpan.FromSeconds(2),
            UnmatchedFillGrace = TimeSpan.FromMilliseconds(300),
            UnconfirmedWriteTimeout = TimeSpan.FromSeconds(5)
        };

        private protected static BtccBrokerage CreateBrokerage(BtccSimulator simulator, TestOrderProvider provider, TimeProvider? clock = null)
            => new(SettingsFor(simulator, clock: clock), null, provider, null, null);

        /// <summary>A market order known to the order provider.</summary>
        protected MarketOrder Market(decimal quantity, Symbol? symbol = null, Interfaces.IOrderProperties? properties = null)
            => OrderProvider.Add(new MarketOrder(symbol ?? Symbol, quantity, DateTime.UtcNow, properties: properties));

        /// <summary>A limit order known to the order provider.</summary>
        protected LimitOrder Limit(decimal quantity, decimal price, Symbol? symbol = null, Interfaces.IOrderProperties? properties = null)
            => OrderProvider.Add(new LimitOrder(symbol ?? Symbol, quantity, price, DateTime.UtcNow, properties: properties));

        /// <summary>A stop-market order known to the order provider.</summary>
        protected StopMarketOrder Stop(decimal quantity, decimal price, Symbol? symbol = null, Interfaces.IOrderProperties? properties = null)
            => OrderProvider.Add(new StopMarketOrder(symbol ?? Symbol, quantity, price, DateTime.UtcNow, properties: properties));

        /// <summary>Events of one order, in arrival order.</summary>
        protected List<OrderEvent> EventsOf(Order order) => OrderEvents.Where(e => e.OrderId == order.Id).ToList();

        /// <summary>Places <paramref name="order"/> and waits until it reaches <paramref name="expected"/>.</summary>
        protected Order PlaceOrderWaitForStatus(Order order, OrderStatus expected = OrderStatus.Filled)
        {
            var placed = Brokerage.PlaceOrder(order);
            Assert.That(placed, Is.EqualTo(expected != OrderStatus.Invalid), $"PlaceOrder result for {order}");
            WaitForStatus(order, expected);
            return order;
        }

        /// <summary>Waits until an event of <paramref name="order"/> with <paramref name="expected"/> arrived.</summary>
        protected void WaitForStatus(Order order, OrderStatus expected)
            => WaitUntil(() => OrderEvents.Any(e => e.OrderId == order.Id && e.Status == expected),
                $"order {order.Id} to become {expected}; events: {string.Join(", ", EventsOf(order).Select(e => e.Status))}");

        /// <summary>Waits for a condition, failing after <see cref="Timeout"/>.</summary>
        protected static void WaitUntil(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + Timeout;
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"Timed out waiting for {what}");
                }
                Thread.Sleep(20);
            }
        }

        /// <summary>Closes every holding with market orders.</summary>
        protected void LiquidateHoldings()
        {
            foreach (var holding in Brokerage.GetAccountHoldings())
            {
                PlaceOrderWaitForStatus(Market(-holding.Quantity, holding.Symbol));
            }
        }

        /// <summary>Cancels every open order the brokerage reports and waits for the Canceled events.</summary>
        protected void CancelOpenOrders()
        {
            foreach (var open in Brokerage.GetOpenOrders())
            {
                var order = OrderProvider.GetOrdersByBrokerageId(open.BrokerId[0]).FirstOrDefault() ?? OrderProvider.Add(open);
                Assert.That(Brokerage.CancelOrder(order), Is.True);
                WaitForStatus(order, OrderStatus.Canceled);
            }
        }

        /// <summary>Net BTCC position per ticker from the simulator's true state.</summary>
        private protected Dictionary<string, decimal> TruePositions()
            => Simulator.Snapshot().Positions
                .GroupBy(p => p.Instrument.Ticker)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Direction == 1 ? p.Volume : -p.Volume))
                .Where(p => p.Value != 0m)
                .ToDictionary(p => p.Key, p => p.Value);

        /// <summary>Asserts the brokerage's holdings equal the simulator's true positions.</summary>
        protected void AssertHoldingsMatchSimulator()
        {
            var holdings = Brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol.Value, h => h.Quantity);
            Assert.That(holdings, Is.EquivalentTo(TruePositions()));
        }

        /// <summary>
        /// From the simulator's own state: LEAN's holding (the fill events it got) equals the net of BTCC's tickets; every
        /// deal on a ticket still open was reported to the LEAN order that caused it (its pending order in BrokerId, or its
        /// refid); every pending order working at BTCC is an open LEAN order's; and, unless <paramref name="hedged"/>, no
        /// long and short tickets of one instrument coexist.
        /// </summary>
        private protected void AssertBtccAccountedForByLean(bool hedged = false)
        {
            var truth = Simulator.Snapshot();
            var lean = OrderEvents.Where(e => e.Status.IsFill()).GroupBy(e => e.Symbol.Value)
                .ToDictionary(g => g.Key, g => g.Sum(e => e.FillQuantity)).Where(h => h.Value != 0m).ToDictionary(h => h.Key, h => h.Value);
            Assert.That(lean, Is.EquivalentTo(TruePositions()), "LEAN's holdings from its fill events equal the net of BTCC's tickets");
            var reported = OrderEvents.Where(e => e.Status.IsFill()).GroupBy(e => e.Message).ToDictionary(g => g.Key, g => g.Select(e => e.OrderId).ToList());
            foreach (var ticket in truth.Positions)
            {
                foreach (var deal in truth.Deals.Where(d => d.PositionId == ticket.Id))
                {
                    var owner = OwnerOf(deal);
                    Assert.That(owner, Is.Not.Null, $"deal {deal.Id} on open ticket {ticket.Id} belongs to a LEAN order");
                    Assert.That(reported.GetValueOrDefault($"BTCC deal {deal.Id}"), Is.EqualTo(new[] { owner!.Id }), $"deal {deal.Id} was reported once, to order {owner.Id}");
                }
            }
            foreach (var pending in truth.PendingOrders)
            {
                var owner = OrderProvider.GetOrdersByBrokerageId(pending.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
                Assert.That(owner?.Status.IsOpen(), Is.True, $"BTCC's working order {pending.Id} is an open LEAN order's");
            }
            if (!hedged)
            {
                Assert.That(truth.Positions.GroupBy(p => p.Instrument.Ticker).Where(g => g.Select(p => p.Direction).Distinct().Count() > 1).Select(g => g.Key),
                    Is.Empty, "no instrument holds long and short tickets side by side");
            }
        }

        /// <summary>The LEAN order that caused a deal: the one holding its pending order, or the one whose refid it carries.</summary>
        private Order? OwnerOf(SimulatedDeal deal)
        {
            if (deal.OrderId != 0)
            {
                return OrderProvider.GetOrdersByBrokerageId(deal.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            }
            return deal.RefId != 0 ? OrderProvider.GetOrderById((int)(deal.RefId % 1_000_000_000L / 100)) : null;
        }

        /// <summary>Sum of signed fill quantities reported for <paramref name="order"/>.</summary>
        protected decimal FilledQuantity(Order order) => EventsOf(order).Sum(e => e.FillQuantity);
    }
}
