/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>A working BTCC pending order's trigger (one leg of a LEAN order), as the market watch checks it.</summary>
    /// <param name="Leg">The leg's key in the fill engine.</param>
    /// <param name="Symbol">LEAN symbol (what the data feed's ticks carry).</param>
    /// <param name="Direction">The side it trades on (a closing order's: the side that closes its ticket).</param>
    /// <param name="Type">Its pending type: a limit or take-profit, or a stop or stop-loss.</param>
    /// <param name="Price">The limit or stop price.</param>
    /// <param name="Executed">What BTCC showed executed of it so far (a change re-arms the trigger).</param>
    internal readonly record struct BtccOrderTrigger(int Leg, Symbol Symbol, BtccDirection Direction, BtccPendingOrderType Type, decimal Price, decimal Executed);

    /// <summary>
    /// The trigger prices of the working LEAN orders' pending orders (every leg, opening or closing a ticket), held against
    /// every quote the data feed delivers. When the market reaches one (a buy limit's or take-profit's ask at or below its
    /// price, a sell one's bid at or above it; a buy stop's or stop-loss's ask at or above its price, a sell one's bid at or
    /// below it), BTCC is likely filling it now, so the poller reads at once rather than at
    /// its next fast poll. Each order's trigger fires once per reach: again after the market left it, with the next quote
    /// after an execution BTCC showed, and at once when it is placed or moved where the market already is. Only
    /// subscribed symbols are quoted; the fast polls cover the rest.
    /// Thread-safe: quotes arrive on the feed's threads, triggers are set under the fill engine's gate.
    /// </summary>
    internal sealed class BtccMarketWatch
    {
        private readonly object _gate = new();
        private readonly Dictionary<Symbol, (decimal Bid, decimal Ask)> _lastQuote = new();
        private Dictionary<Symbol, List<Entry>> _bySymbol = new();

        /// <summary>Whether any order is watched.</summary>
        public bool IsEmpty
        {
            get { lock (_gate) return _bySymbol.Count == 0; }
        }

        /// <summary>
        /// Watches exactly <paramref name="triggers"/>; returns whether the last quote of a symbol already reaches one just
        /// placed or moved (it may be filling now).
        /// </summary>
        public bool Watch(IEnumerable<BtccOrderTrigger> triggers)
        {
            lock (_gate)
            {
                var previous = _bySymbol.Values.SelectMany(e => e).ToDictionary(e => e.Trigger.Leg);
                var next = new Dictionary<Symbol, List<Entry>>();
                var reached = false;
                foreach (var trigger in triggers)
                {
                    if (previous.TryGetValue(trigger.Leg, out var entry) && entry.Trigger != trigger && entry.Trigger with { Executed = trigger.Executed } == trigger)
                    {
                        // it executed in part: the next quote that reaches it may bring its next execution
                        entry = new Entry(trigger);
                    }
                    else if (entry == null || entry.Trigger != trigger)
                    {
                        // placed or moved: the market may be at it already, and BTCC filling it now
                        entry = new Entry(trigger);
                        if (_lastQuote.TryGetValue(trigger.Symbol, out var quote) && Reaches(trigger, quote.Bid, quote.Ask))
                        {
                            entry.Armed = false;
                            reached = true;
                        }
                    }
                    if (!next.TryGetValue(trigger.Symbol, out var list))
                    {
                        next[trigger.Symbol] = list = new List<Entry>();
                    }
                    list.Add(entry);
                }
                _bySymbol = next;
                return reached;
            }
        }

        /// <summary>A quote of <paramref name="symbol"/> (0 for a side it does not carry); returns whether it reached an armed trigger.</summary>
        public bool OnQuote(Symbol symbol, decimal bid, decimal ask)
        {
            lock (_gate)
            {
                var last = _lastQuote.GetValueOrDefault(symbol);
                _lastQuote[symbol] = (bid > 0 ? bid : last.Bid, ask > 0 ? ask : last.Ask);
                if (!_bySymbol.TryGetValue(symbol, out var entries))
                {
                    return false;
                }
                var reached = false;
                foreach (var entry in entries)
                {
                    if (!Reaches(entry.Trigger, bid, ask))
                    {
                        entry.Armed = true;
                    }
                    else if (entry.Armed)
                    {
                        entry.Armed = false;
                        reached = true;
                    }
                }
                return reached;
            }
        }

        /// <summary>
        /// Whether a quote reaches the trigger: the side the order trades against is at or through its price (a side the
        /// quote does not carry, 0, reaches nothing).
        /// </summary>
        public static bool Reaches(BtccOrderTrigger trigger, decimal bid, decimal ask)
        {
            var buy = trigger.Direction == BtccDirection.Buy;
            var side = buy ? ask : bid;
            if (side <= 0)
            {
                return false;
            }
            var limit = trigger.Type is BtccPendingOrderType.LimitOpen or BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketTakeProfit;
            return buy == limit ? side <= trigger.Price : side >= trigger.Price;
        }

        private sealed class Entry
        {
            public Entry(BtccOrderTrigger trigger) => Trigger = trigger;

            public BtccOrderTrigger Trigger { get; }

            public bool Armed { get; set; } = true;
        }
    }
}
