/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Diagnostics;
using System.Threading.Channels;
using NodaTime;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Interfaces;
using QuantConnect.Orders;
using QuantConnect.Packets;
using QuantConnect.Securities;
using QuantConnect.Util;
using Spectre.Console;
using Channel = System.Threading.Channels.Channel;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// One live trading session, doing with the plugin what LEAN's live engine does: creates the brokerage
    /// through <see cref="BtccBrokerageFactory"/> from a live job carrying the factory's brokerage data, connects,
    /// reconciles cash, holdings and open orders, subscribes to quotes through the data queue handler, runs the
    /// sample strategy until the duration ends or the token is cancelled (Ctrl+C), then stops the strategy,
    /// closes its position, reconciles again and prints a summary. Brokerage events are printed as they come;
    /// the strategy sees ticks and order events one at a time on the session's own loop.
    /// </summary>
    internal sealed class LiveTradingSession
    {
        private readonly LiveSessionEndpoint _endpoint;
        private readonly LiveSessionOptions _options;
        private readonly LiveSessionConsole _console;
        private readonly Channel<OrderEvent> _orderEvents = Channel.CreateUnbounded<OrderEvent>(new UnboundedChannelOptions { SingleReader = true });
        private readonly Channel<bool> _dataAvailable = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        private readonly List<(SubscriptionDataConfig Config, IEnumerator<BaseData> Data)> _subscriptions = new();
        private readonly Dictionary<Symbol, MovingAverageCrossStrategy> _strategies = new();
        private readonly Dictionary<Symbol, DateTime> _lastQuoteLine = new();
        private readonly Dictionary<Symbol, Tick> _lastQuote = new();
        private int _quotes;

        /// <summary>Creates the session.</summary>
        public LiveTradingSession(LiveSessionEndpoint endpoint, LiveSessionOptions options, LiveSessionConsole console)
        {
            _endpoint = endpoint;
            _options = options;
            _console = console;
        }

        /// <summary>Runs the session; returns the exit code (0: ran and ended flat, 1: it could not).</summary>
        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var factory = new BtccBrokerageFactory();
            // LEAN's launcher hands the factory's brokerage data to the brokerage through the live job
            var job = new LiveNodePacket
            {
                Brokerage = BtccBrokerage.BrokerageName,
                DataQueueHandler = BtccBrokerage.BrokerageName,
                BrokerageData = _endpoint.BrokerageData,
                DeployId = "BTCCLiveSession-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
            };
            // LEAN's engine registers its aggregator as a shared part; the factory picks up the registered one
            using var aggregator = new SessionDataAggregator();
            Composer.Instance.AddPart<IDataAggregator>(aggregator);

            // the session plays LEAN's transaction handler: the order provider the brokerage is created with
            using var transactions = new SessionTransactionHandler(_console, e => _orderEvents.Writer.TryWrite(e));
            var brokerage = factory.CreateBrokerage(job, algorithm: null, transactions);
            transactions.Attach(brokerage);
            try
            {
                _console.Notice($"connecting to {_endpoint.BrokerageData[BtccSettingKeys.ApiUrl]} ...");
                await Task.Run(brokerage.Connect, cancellationToken).ConfigureAwait(false);
                _console.Notice($"connected to BTCC in {clock.Elapsed.TotalSeconds:0.0} s (brokerage {brokerage.Name}, connected: {brokerage.IsConnected})");

                var startCash = Reconcile(brokerage, transactions);
                if (!Subscribe(brokerage, transactions))
                {
                    return 1;
                }

                _console.Section($"Trading for {_options.Duration.TotalSeconds:0.#} s (Ctrl+C stops early)");
                var deadline = DateTime.UtcNow + _options.Duration;
                var stopReason = "the session's duration elapsed";
                while (true)
                {
                    var remaining = deadline - DateTime.UtcNow;
                    if (remaining <= TimeSpan.Zero)
                    {
                        break;
                    }
                    if (cancellationToken.IsCancellationRequested)
                    {
                        stopReason = "stop requested (Ctrl+C)";
                        break;
                    }
                    await PumpAsync(remaining, cancellationToken).ConfigureAwait(false);
                }

                var flat = await ShutdownAsync(stopReason).ConfigureAwait(false);
                Summary(brokerage, transactions, startCash, clock.Elapsed);
                return flat ? 0 : 1;
            }
            finally
            {
                foreach (var (config, data) in _subscriptions)
                {
                    (brokerage as IDataQueueHandler)?.Unsubscribe(config);
                    data.Dispose();
                }
                brokerage.Disconnect();
                brokerage.Dispose();
            }
        }

        /// <summary>Prints and adopts the brokerage's cash, holdings and open orders (LEAN's brokerage setup).</summary>
        private CashAmount? Reconcile(IBrokerage brokerage, SessionTransactionHandler transactions)
        {
            _console.Section("Reconciliation");
            var cash = brokerage.GetCashBalance();
            var cashTable = LiveSessionConsole.NewTable("Cash", "Currency", "Amount");
            foreach (var amount in cash)
            {
                cashTable.AddRow(amount.Currency, LiveSessionConsole.Number(amount.Amount));
                transactions.SetCash(amount.Amount, amount.Currency);
            }
            _console.Write(cashTable);

            var holdings = brokerage.GetAccountHoldings();
            var holdingsTable = LiveSessionConsole.NewTable("Holdings", "Symbol", "Quantity", "Average price", "Market price", "Unrealized PnL");
            foreach (var holding in holdings)
            {
                holdingsTable.AddRow(holding.Symbol.Value, LiveSessionConsole.Signed(holding.Quantity), LiveSessionConsole.Number(holding.AveragePrice),
                    LiveSessionConsole.Number(holding.MarketPrice), LiveSessionConsole.Number(holding.UnrealizedPnL));
                transactions.Holdings.Set(holding.Symbol, holding.Quantity, holding.AveragePrice);
            }
            if (holdings.Count == 0)
            {
                holdingsTable.AddRow("(none)", string.Empty, string.Empty, string.Empty, string.Empty);
            }
            _console.Write(holdingsTable);

            var open = brokerage.GetOpenOrders();
            var openTable = LiveSessionConsole.NewTable("Open orders", "Order", "BTCC id", "Symbol", "Type", "Quantity", "Price");
            foreach (var order in open)
            {
                var record = transactions.Track(order, external: true);
                openTable.AddRow(record.Order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(",", order.BrokerId), order.Symbol.Value,
                    order.Type.ToString(), LiveSessionConsole.Signed(order.Quantity), order is LimitOrder limit ? LiveSessionConsole.Number(limit.LimitPrice)
                        : order is StopMarketOrder stop ? LiveSessionConsole.Number(stop.StopPrice) : string.Empty);
            }
            if (open.Count == 0)
            {
                openTable.AddRow("(none)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            }
            _console.Write(openTable);
            _console.Notice($"reconciled: {cash.Count} cash balance(s), {holdings.Count} holding(s), {open.Count} open order(s)");
            return cash.Count == 0 ? null : cash[0];
        }

        /// <summary>Subscribes to each ticker's quotes and creates its strategy; false when none could be subscribed.</summary>
        private bool Subscribe(IBrokerage brokerage, SessionTransactionHandler transactions)
        {
            if (brokerage is not IDataQueueHandler dataQueueHandler || brokerage is not BtccBrokerage btcc)
            {
                _console.Notice("the brokerage is not a data queue handler: no quotes");
                return false;
            }
            var market = BtccMarket.Register();
            foreach (var ticker in _options.Tickers)
            {
                var rules = btcc.InstrumentCatalog.GetRules(ticker);
                if (rules == null)
                {
                    _console.Notice($"{ticker}: BTCC does not list it for this account; skipped");
                    continue;
                }
                var symbol = Symbol.Create(ticker, SecurityType.CryptoFuture, market);
                var config = new SubscriptionDataConfig(typeof(Tick), symbol, Resolution.Tick, DateTimeZone.Utc, DateTimeZone.Utc,
                    fillForward: false, extendedHours: true, isInternalFeed: false, tickType: TickType.Quote);
                var data = dataQueueHandler.Subscribe(config, (_, _) => _dataAvailable.Writer.TryWrite(true));
                if (data == null)
                {
                    _console.Notice($"{ticker}: the data queue handler refused the quote subscription; skipped");
                    continue;
                }
                _subscriptions.Add((config, data));
                var quantity = _options.Quantity ?? (rules.VolumeMin > 0m ? rules.VolumeMin : rules.VolumeStep);
                _strategies[symbol] = new MovingAverageCrossStrategy(symbol, quantity, rules.PriceTick, transactions, _console, _options.Pacing);
                _console.Notice($"subscribed to {ticker} quotes; strategy: moving-average crossover, position size {LiveSessionConsole.Number(quantity)}");
            }
            return _strategies.Count > 0;
        }

        /// <summary>Waits up to <paramref name="maxWait"/> for data or order events and hands them to the strategies.</summary>
        private async Task PumpAsync(TimeSpan maxWait, CancellationToken cancellationToken)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(maxWait < TimeSpan.FromSeconds(1) ? maxWait : TimeSpan.FromSeconds(1));
            try
            {
                await Task.WhenAny(_orderEvents.Reader.WaitToReadAsync(wait.Token).AsTask(), _dataAvailable.Reader.WaitToReadAsync(wait.Token).AsTask()).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // a quiet second, or the stop request: the caller decides
            }
            DispatchOrderEvents();
            while (_dataAvailable.Reader.TryRead(out _))
            {
            }
            foreach (var (config, data) in _subscriptions)
            {
                while (data.MoveNext() && data.Current is Tick tick)
                {
                    OnQuote(tick);
                    DispatchOrderEvents();
                }
            }
        }

        private void DispatchOrderEvents()
        {
            while (_orderEvents.Reader.TryRead(out var orderEvent))
            {
                if (_strategies.TryGetValue(orderEvent.Symbol, out var strategy))
                {
                    strategy.OnOrderEvent(orderEvent);
                }
            }
        }

        private void OnQuote(Tick tick)
        {
            _quotes++;
            _lastQuote[tick.Symbol] = tick;
            var now = DateTime.UtcNow;
            if (!_strategies.TryGetValue(tick.Symbol, out var strategy))
            {
                return;
            }
            strategy.OnQuote(tick, now);
            if (!_lastQuoteLine.TryGetValue(tick.Symbol, out var last) || now - last >= _options.QuoteLineInterval)
            {
                _lastQuoteLine[tick.Symbol] = now;
                _console.Quote(tick.Symbol.Value, tick.BidPrice, tick.AskPrice, strategy.Indicators);
            }
        }

        /// <summary>Stops the strategies, waits for their cancels, closes their positions; true when all ended flat.</summary>
        private async Task<bool> ShutdownAsync(string reason)
        {
            _console.Section("Shutting down");
            _console.Notice(reason + ": stopping the strategy and closing its position");
            var deadline = DateTime.UtcNow + _options.ShutdownTimeout;
            foreach (var strategy in _strategies.Values)
            {
                strategy.Stop();
            }
            // the shutdown runs to its end even after Ctrl+C: a second Ctrl+C ends the process
            if (!await WaitAsync(() => _strategies.Values.All(s => s.OpenOrderIds.Count == 0), deadline).ConfigureAwait(false))
            {
                _console.Notice($"orders still open after {_options.ShutdownTimeout.TotalSeconds:0} s: {string.Join(", ", _strategies.Values.SelectMany(s => s.OpenOrderIds))}");
                return false;
            }
            foreach (var strategy in _strategies.Values)
            {
                strategy.ClosePosition();
            }
            var flat = await WaitAsync(() => _strategies.Values.All(s => s.OpenOrderIds.Count == 0 && s.Position == 0m), deadline).ConfigureAwait(false);
            if (!flat)
            {
                _console.Notice("the strategy's position could not be closed in time: " + string.Join("; ", _strategies.Values));
            }
            return flat;
        }

        private async Task<bool> WaitAsync(Func<bool> condition, DateTime deadline)
        {
            while (!condition())
            {
                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero)
                {
                    return false;
                }
                await PumpAsync(remaining, CancellationToken.None).ConfigureAwait(false);
            }
            return true;
        }

        /// <summary>Prints the orders, fills, fees, final holdings (brokerage and local) and cash.</summary>
        private void Summary(IBrokerage brokerage, SessionTransactionHandler transactions, CashAmount? startCash, TimeSpan elapsed)
        {
            _console.Section("Summary");
            var records = transactions.Records;
            var ordersTable = LiveSessionConsole.NewTable("Orders", "Order", "Type", "Side", "Quantity", "Status", "Filled", "Avg fill", "Fees", "Tag");
            foreach (var record in records)
            {
                var order = record.Order;
                ordersTable.AddRow(
                    order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    order is LimitOrder limit ? $"Limit {LiveSessionConsole.Number(limit.LimitPrice)}" : order.Type.ToString(),
                    order.Quantity >= 0 ? "Buy" : "Sell",
                    LiveSessionConsole.Number(Math.Abs(order.Quantity)),
                    record.Status.ToString(),
                    LiveSessionConsole.Number(Math.Abs(record.FilledQuantity)),
                    record.FilledQuantity == 0m ? string.Empty : LiveSessionConsole.Number(Math.Round(record.AverageFillPrice, 8)),
                    string.Join(" ", record.Fees.Select(f => $"{LiveSessionConsole.Number(f.Value)} {f.Key}")),
                    Markup.Escape(record.External ? "(not placed by this session) " + order.Tag : order.Tag));
            }
            if (records.Count == 0)
            {
                ordersTable.AddRow("(none)", "", "", "", "", "", "", "", "");
            }
            _console.Write(ordersTable);

            var holdingsTable = LiveSessionConsole.NewTable("Final holdings", "Symbol", "Brokerage", "Session (local)", "Average price");
            var reported = brokerage.GetAccountHoldings().ToDictionary(h => h.Symbol, h => h);
            var local = transactions.Holdings.All().ToDictionary(p => p.Symbol, p => p.Position);
            foreach (var symbol in reported.Keys.Union(local.Keys).OrderBy(s => s.Value, StringComparer.Ordinal))
            {
                reported.TryGetValue(symbol, out var holding);
                local.TryGetValue(symbol, out var position);
                holdingsTable.AddRow(symbol.Value, LiveSessionConsole.Signed(holding?.Quantity ?? 0m), LiveSessionConsole.Signed(position.Quantity),
                    holding == null ? string.Empty : LiveSessionConsole.Number(holding.AveragePrice));
            }
            if (reported.Count == 0 && local.Count == 0)
            {
                holdingsTable.AddRow("(none)", "0", "0", string.Empty);
            }
            _console.Write(holdingsTable);

            var endCash = brokerage.GetCashBalance().FirstOrDefault();
            var fills = records.Sum(r => r.Fills);
            var fees = records.SelectMany(r => r.Fees).GroupBy(f => f.Key).Select(g => $"{LiveSessionConsole.Number(g.Sum(f => f.Value))} {g.Key}").ToList();
            var totals = LiveSessionConsole.NewTable("Session", "Item", "Value");
            totals.AddRow("Duration", $"{elapsed.TotalSeconds:0.0} s");
            totals.AddRow("Quotes received", _quotes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            totals.AddRow("Orders", records.Count(r => !r.External).ToString(System.Globalization.CultureInfo.InvariantCulture));
            totals.AddRow("Fills", fills.ToString(System.Globalization.CultureInfo.InvariantCulture));
            totals.AddRow("Canceled", records.Count(r => r.Status == OrderStatus.Canceled).ToString(System.Globalization.CultureInfo.InvariantCulture));
            totals.AddRow("Fees", fees.Count == 0 ? "0" : string.Join(", ", fees));
            if (startCash is { } start)
            {
                totals.AddRow($"Cash at start ({start.Currency})", LiveSessionConsole.Number(start.Amount));
            }
            if (endCash.Currency != null)
            {
                totals.AddRow($"Cash at end ({endCash.Currency})", LiveSessionConsole.Number(endCash.Amount));
                if (startCash is { } begin && begin.Currency == endCash.Currency)
                {
                    totals.AddRow("Cash change", LiveSessionConsole.Signed(endCash.Amount - begin.Amount));
                }
            }
            _console.Write(totals);
        }
    }
}
