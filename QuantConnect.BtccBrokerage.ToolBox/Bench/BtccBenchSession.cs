/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Diagnostics;
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.ToolBox.LiveSession;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>
    /// One poller measured end to end: a fresh simulator with the injected round trip, and the plugin on it at its default
    /// settings (500 ms fast interval, 20 s idle interval, 5 requests/s budget) with adaptive polling on or off, subscribed
    /// to BTCUSDT's quotes as a LEAN algorithm trading it is. The scenarios run one after the other; each counts the
    /// simulator's requests over its window and times every order from PlaceOrder to Submitted and every deal from the
    /// simulator's own execution time (sub-second) to its OrderEvent.
    /// </summary>
    internal sealed partial class BtccBenchSession : IAsyncDisposable
    {
        private const string Ticker = "BTCUSDT";
        private const decimal Price = 60_000m;
        private const decimal Volume = 0.01m;
        private static readonly TimeSpan Tail = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
        private static readonly Symbol Btc = Symbol.Create(Ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        private readonly BtccSimulator _simulator;
        private readonly BtccBrokerage _brokerage;
        private readonly BenchRecorder _recorder;
        private readonly BtccBenchOptions _options;
        private readonly Random _random;
        private readonly List<double> _submittedMs = new();
        private readonly Dictionary<int, DateTime> _lives = new();
        private readonly object _priceGate = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly SubscriptionDataConfig _quotes = new(typeof(Tick), Btc, Resolution.Tick, DateTimeZone.Utc, DateTimeZone.Utc, false, true, false, tickType: TickType.Quote);
        private Task _quoteClock = Task.CompletedTask;
        private decimal _price = Price;
        private DateTime _priceSetUtc = DateTime.UtcNow;
        private int _nextOrderId;

        private BtccBenchSession(BtccSimulator simulator, BtccBrokerage brokerage, BenchRecorder recorder, BtccBenchOptions options)
        {
            _simulator = simulator;
            _brokerage = brokerage;
            _recorder = recorder;
            _options = options;
            _random = new Random(options.Seed);
        }

        /// <summary>Starts the simulator and connects the plugin to it, quotes subscribed.</summary>
        public static async Task<BtccBenchSession> StartAsync(bool adaptive, BtccBenchOptions options, CancellationToken cancellationToken)
        {
            var simulatorOptions = new BtccSimulatorOptions { PriceInterval = TimeSpan.Zero, InitialBalance = 10_000_000m };
            simulatorOptions.Faults.Latency = options.Latency;
            simulatorOptions.Faults.QuoteLatency = options.Latency / 2;
            var simulator = await BtccSimulator.StartAsync(simulatorOptions, cancellationToken).ConfigureAwait(false);
            simulator.Requests.KeepsTimeline = true;
            simulator.SetPrice(Ticker, Price);
            var settings = new BtccBrokerageSettings
            {
                Api = new BtccApiSettings
                {
                    RestUrl = simulator.RestUrl.ToString(),
                    WebSocketUrl = simulator.WebSocketUrl.ToString(),
                    UserName = simulator.Options.UserName,
                    Password = simulator.Options.Password,
                    ApiKey = simulator.Options.ApiKey,
                    ApiSecret = simulator.Options.ApiSecret,
                    CompanyId = simulator.Options.CompanyId
                },
                AdaptivePolling = adaptive
            };
            var recorder = new BenchRecorder();
            var brokerage = new BtccBrokerage(settings, null, null, new SessionDataAggregator(), null);
            brokerage.OrdersStatusChanged += (_, events) => events.ForEach(recorder.OnOrderEvent);
            var session = new BtccBenchSession(simulator, brokerage, recorder, options);
            brokerage.Connect();
            brokerage.Subscribe(session._quotes, (_, _) => { });
            session._quoteClock = session.KeepQuotesFlowingAsync(session._stop.Token);
            // the first full poll and the quote socket's login settle before anything is counted
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            return session;
        }

        /// <summary>Every scenario, in order.</summary>
        public async Task<BtccBenchResult> RunAsync(string name, CancellationToken cancellationToken)
        {
            var idle = await CountAsync(async () =>
            {
                await Task.Delay(_options.IdleWindow, cancellationToken).ConfigureAwait(false);
                return 0;
            }, tail: false).ConfigureAwait(false);
            var market = await CountAsync(() => MarketOrdersAsync(cancellationToken)).ConfigureAwait(false);
            var marketFills = FillLatencies(_lastOrders);
            // while the account holds no ticket: the resting orders below open one per fill, which later market orders would close one by one
            var (budget, throttled, maxPerSecond) = await BudgetRunAsync(cancellationToken).ConfigureAwait(false);
            var limit = await CountAsync(() => RestingOrdersAsync(_options.LimitOrders, parts: 1, cancellationToken)).ConfigureAwait(false);
            var restingFills = FillLatencies(_lastOrders);
            var partial = await CountAsync(() => RestingOrdersAsync(_options.PartialOrders, parts: 3, cancellationToken)).ConfigureAwait(false);
            restingFills.AddRange(FillLatencies(_lastOrders));
            var cancelled = await CountAsync(() => CancelledOrdersAsync(cancellationToken)).ConfigureAwait(false);
            _brokerage.Unsubscribe(_quotes);
            await RestingOrdersAsync(_options.LimitOrders, parts: 1, cancellationToken).ConfigureAwait(false);
            var unquotedFills = FillLatencies(_lastOrders);
            return new BtccBenchResult
            {
                Name = name,
                Idle = idle,
                Market = market,
                Limit = limit,
                Cancelled = cancelled,
                Partial = partial,
                SubmittedMs = _submittedMs.ToList(),
                MarketFillMs = marketFills,
                RestingFillMs = restingFills,
                UnquotedFillMs = unquotedFills,
                Budget = budget,
                Throttled = throttled,
                MaxPerSecond = maxPerSecond
            };
        }

        /// <summary>
        /// Runs a scenario and counts the simulator's requests from its start to its end (plus a tail for the polls it
        /// caused), and those of its orders' lives.
        /// </summary>
        private async Task<BenchWindow> CountAsync(Func<Task<int>> scenario, bool tail = true)
        {
            var from = DateTimeOffset.UtcNow;
            _lives.Clear();
            var clock = Stopwatch.StartNew();
            var orders = await scenario().ConfigureAwait(false);
            if (tail)
            {
                await Task.Delay(Tail).ConfigureAwait(false);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var requests = _simulator.Requests.Timeline.Where(r => r.At >= from).ToList();
            var lives = _lives.Select(l => (l.Value, _recorder.LastArrival(l.Key) ?? DateTime.UtcNow)).ToList();
            var byPath = requests.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.Count());
            return new BenchWindow(orders, BenchWindow.DuringLives(requests, lives), requests.Count, seconds, byPath);
        }

        /// <summary>From each deal of <paramref name="orderIds"/> (the simulator's execution time) to the OrderEvent reporting it, in ms.</summary>
        private List<double> FillLatencies(IReadOnlySet<int> orderIds)
        {
            var deals = _simulator.Snapshot().Deals.ToDictionary(d => d.Id);
            return _recorder.Fills(orderIds)
                .Where(f => deals.ContainsKey(f.DealId))
                .Select(f => (f.ArrivedUtc - deals[f.DealId].ExecTime.UtcDateTime).TotalMilliseconds)
                .ToList();
        }

        /// <summary>Places an order the way LEAN does (its own id), timing PlaceOrder to the Submitted event.</summary>
        private T Place<T>(T order) where T : Order
        {
            LeanOrderIds.Assign(order, Interlocked.Increment(ref _nextOrderId));
            var start = DateTime.UtcNow;
            _lives[order.Id] = start;
            if (_brokerage.PlaceOrder(order) && _recorder.Arrival(order.Id, OrderStatus.Submitted) is { } submitted)
            {
                _submittedMs.Add((submitted - start).TotalMilliseconds);
            }
            return order;
        }

        /// <summary>Moves BTCUSDT's mid (quotes pushed, triggers run).</summary>
        private void SetPrice(decimal price)
        {
            lock (_priceGate)
            {
                _price = price;
                _priceSetUtc = DateTime.UtcNow;
                _simulator.SetPrice(Ticker, price);
            }
        }

        /// <summary>
        /// Re-quotes the same price after 10 s without a price move, so the quote socket's silence watchdog stays quiet
        /// (never while a scenario moves prices: a re-quote runs the exchange's triggers, which would fill an order at no
        /// moment of the scenario's choosing).
        /// </summary>
        private async Task KeepQuotesFlowingAsync(CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
                    lock (_priceGate)
                    {
                        if (DateTime.UtcNow - _priceSetUtc >= TimeSpan.FromSeconds(10))
                        {
                            _priceSetUtc = DateTime.UtcNow;
                            _simulator.SetPrice(Ticker, _price);
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task WaitForAsync(Func<bool> condition, string what, CancellationToken cancellationToken)
        {
            var deadline = DateTime.UtcNow + Timeout;
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"BTCCBench: timed out waiting for {what}");
                }
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Waits a random time between <paramref name="minMs"/> and <paramref name="maxMs"/> (the market reaches orders at no particular moment).</summary>
        private Task PauseAsync(int minMs, int maxMs, CancellationToken cancellationToken) => Task.Delay(_random.Next(minMs, maxMs), cancellationToken);

        /// <summary>Stops the quote clock, the plugin and the simulator.</summary>
        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _quoteClock.ConfigureAwait(false);
            _brokerage.Dispose();
            await _simulator.DisposeAsync().ConfigureAwait(false);
            _stop.Dispose();
        }
    }
}
