/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Quotes;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>
    /// The exchange's true state: one account, its position tickets, pending orders and deals, and the price
    /// paths that trigger them. One lock guards everything; the REST layer only reads immutable records.
    /// </summary>
    internal sealed partial class ExchangeEngine
    {
        /// <summary>Maker commission rate (limit fills): 0.030 % of notional.</summary>
        public const decimal MakerRate = 0.00030m;
        /// <summary>Taker commission rate (market and stop fills): 0.048 % of notional.</summary>
        public const decimal TakerRate = 0.00048m;

        private readonly object _gate = new();
        private readonly BtccSimulatorOptions _options;
        private readonly Dictionary<string, SimulatedInstrument> _byPath;
        private readonly Dictionary<string, PricePath> _paths = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, PriceHistory> _histories = new(StringComparer.OrdinalIgnoreCase);
        private readonly SortedDictionary<long, SimulatedPosition> _positions = new();
        private readonly SortedDictionary<long, SimulatedOrder> _orders = new();
        private readonly List<SimulatedDeal> _deals = new();
        private decimal _balance;
        private DealCause _cause;
        private readonly Random _dice;
        private long _nextPositionId = 10_000_001, _nextOrderId = 20_000_001, _nextDealId = 30_000_001;

        /// <summary>Creates the engine with the catalog's instruments and paths starting at the history's current price.</summary>
        public ExchangeEngine(BtccSimulatorOptions options)
        {
            _options = options;
            _balance = options.InitialBalance;
            _dice = new Random(options.Seed + 11);
            Instruments = InstrumentCatalog.Create(options.OnePathPerPair);
            _byPath = Instruments.ToDictionary(i => i.Path, StringComparer.Ordinal);
            var nowMinute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
            foreach (var instrument in Instruments.GroupBy(i => i.Ticker).Select(g => g.First()))
            {
                var history = new PriceHistory(options.Seed, instrument);
                _histories[instrument.Ticker] = history;
                _paths[instrument.Ticker] = new PricePath(instrument, options.Seed, history.PriceAt(nowMinute));
            }
            SettlementTime = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        }

        /// <summary>The symbollist.</summary>
        public IReadOnlyList<SimulatedInstrument> Instruments { get; }

        /// <summary>Time of the last daily settlement.</summary>
        public DateTimeOffset SettlementTime { get; private set; }

        private BtccSimulatorFaults Faults => _options.Faults;

        private static DateTimeOffset Now => DateTimeOffset.UtcNow;

        /// <summary>Candle history of a ticker, or null.</summary>
        public PriceHistory? HistoryByCodeId(long codeId) =>
            _histories.Values.FirstOrDefault(h => h.Instrument.CodeId == codeId);

        /// <summary>Instrument by symbol path.</summary>
        public SimulatedInstrument InstrumentByPath(string path) =>
            _byPath.TryGetValue(path, out var instrument)
                ? instrument
                : throw new SimulatorException(SimulatorErrorCodes.SymbolNotFound, "symbol not found");

        /// <summary>First (lowest-leverage) instrument of a ticker.</summary>
        public SimulatedInstrument InstrumentByTicker(string ticker) =>
            Instruments.FirstOrDefault(i => string.Equals(i.Ticker, ticker, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"unknown ticker {ticker}", nameof(ticker));

        /// <summary>Current bid and ask of a ticker.</summary>
        public (decimal Bid, decimal Ask) GetQuote(string ticker)
        {
            lock (_gate)
            {
                var path = PathOf(ticker);
                return (path.Bid, path.Ask);
            }
        }

        /// <summary>Current quote update of every ticker (for a fresh subscription).</summary>
        public IReadOnlyList<QuoteUpdate> CurrentQuotes()
        {
            lock (_gate)
            {
                var now = Now.ToUnixTimeSeconds();
                return _paths.Values.Select(p => new QuoteUpdate(p.Instrument, p.Bid, p.Ask, p.LastPrice, p.LastVolume, now, [])).ToList();
            }
        }

        /// <summary>Steps every path once, then runs triggers.</summary>
        public IReadOnlyList<QuoteUpdate> StepPrices()
        {
            lock (_gate)
            {
                var now = Now;
                var updates = new List<QuoteUpdate>();
                foreach (var path in _paths.Values)
                {
                    var trades = path.Step(now);
                    updates.Add(new QuoteUpdate(path.Instrument, path.Bid, path.Ask, path.LastPrice, path.LastVolume, now.ToUnixTimeSeconds(), trades));
                }
                foreach (var path in _paths.Values)
                {
                    RunTriggersLocked(path.Instrument.Ticker);
                }
                return updates;
            }
        }

        /// <summary>Moves one ticker's mid, then runs its triggers.</summary>
        public QuoteUpdate SetPrice(string ticker, decimal price)
        {
            lock (_gate)
            {
                var path = PathOf(ticker);
                var now = Now;
                var trades = path.Set(price, now);
                RunTriggersLocked(path.Instrument.Ticker);
                return new QuoteUpdate(path.Instrument, path.Bid, path.Ask, path.LastPrice, path.LastVolume, now.ToUnixTimeSeconds(), trades);
            }
        }

        /// <summary>Balance, equity, margin and free margin right now.</summary>
        public AccountState Account()
        {
            lock (_gate) return AccountLocked();
        }

        /// <summary>Floating profit of an open ticket at the current quote (realised total once closed).</summary>
        public decimal Profit(SimulatedPosition position)
        {
            lock (_gate) return ProfitLocked(position);
        }

        private PricePath PathOf(string ticker) =>
            _paths.TryGetValue(ticker, out var path) ? path : throw new ArgumentException($"unknown ticker {ticker}", nameof(ticker));

        private AccountState AccountLocked()
        {
            var open = _positions.Values.Where(p => p.Status == 1).ToList();
            var margin = open.Sum(p => p.OpenMargin);
            var equity = _balance + open.Sum(ProfitLocked);
            var marginLevel = margin == 0 ? 0 : Math.Round(equity / margin * 100, 2);
            return new AccountState(_balance, equity, margin, equity - margin, marginLevel, open.Count);
        }

        private decimal ProfitLocked(SimulatedPosition position)
        {
            if (position.Status != 1) return position.RealizedProfit;
            var path = PathOf(position.Instrument.Ticker);
            var exit = position.Direction == 1 ? path.Bid : path.Ask;
            return Money(PnL(position, exit, position.Volume));
        }

        private static decimal PnL(SimulatedPosition position, decimal exitPrice, decimal volume) =>
            (exitPrice - position.OpenPrice) * volume * position.Instrument.ContractSize * (position.Direction == 1 ? 1 : -1);

        private static decimal Notional(SimulatedInstrument instrument, decimal volume, decimal price) =>
            volume * price * instrument.ContractSize;

        private static decimal Money(decimal value) => Math.Round(value, 8, MidpointRounding.AwayFromZero);

        /// <summary>Whether a fault of this rate fires now (seeded dice; callers hold the lock).</summary>
        private bool Drawn(double rate) => rate > 0 && _dice.NextDouble() < rate;
    }

    /// <summary>What the deals being made belong to: a pending order or a request's refid (the simulator's truth).</summary>
    internal readonly record struct DealCause(long OrderId, long RefId);

    /// <summary>Account figures at one instant.</summary>
    internal sealed record AccountState(decimal Balance, decimal Equity, decimal Margin, decimal FreeMargin, decimal MarginLevel, int Positions);
}
