/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Data
{
    public sealed partial class BtccQuoteFeed
    {
        private readonly HashSet<Symbol> _routeWarned = new();
        private BtccQuoteRoutes? _routes;
        private IReadOnlyCollection<BtccQuoteProduct>? _routesFrom;
        private string? _routesDescribed;

        /// <summary>
        /// The routes of the main socket's latest login dictionary (rebuilt when a login brought a new one, or on
        /// <paramref name="force"/>); null before the first login. The mapping in force is logged when it changes.
        /// </summary>
        private BtccQuoteRoutes? CurrentRoutesLocked(FeedWork work, bool force = false)
        {
            var main = _main;
            if (main == null || !main.Client.IsConnected)
            {
                return _routes;
            }
            var products = main.Client.Products;
            if (force || _routes == null || !ReferenceEquals(products, _routesFrom))
            {
                _routes = _routeBuilder(products);
                _routesFrom = products;
                var text = _routes.Describe();
                if (text != _routesDescribed)
                {
                    _routesDescribed = text;
                    work.Log("Route", text);
                }
            }
            return _routes;
        }

        private bool TryRouteLocked(Symbol symbol, FeedWork work, out long secId, out string reason)
        {
            secId = 0;
            var routes = CurrentRoutesLocked(work);
            if (routes == null)
            {
                reason = "the BTCC quote websocket has not logged in yet";
                return false;
            }
            var ticker = symbol.Value;
            if (!routes.TryGet(ticker, out _) && routes.Reason(ticker) == null)
            {
                routes = CurrentRoutesLocked(work, force: true)!; // listed since the routes were built?
            }
            if (routes.TryGet(ticker, out var route))
            {
                secId = route.SecId;
                reason = string.Empty;
                return true;
            }
            reason = routes.Reason(ticker) ?? $"{ticker} is not in this account's BTCC symbol list";
            return false;
        }

        /// <summary>Finds a wanted symbol's SecID and subscribes it; one Warning when the dictionary gives it none.</summary>
        private void RouteLocked(FeedSymbol wanted, FeedWork work)
        {
            if (!TryRouteLocked(wanted.Symbol, work, out var secId, out var reason))
            {
                if (_routes != null && _routeWarned.Add(wanted.Symbol))
                {
                    work.Warn("NoQuoteRoute", $"No BTCC live data for {wanted.Symbol.Value}: {reason}.");
                }
                return; // a symbol the dictionary dropped keeps the SecID it had
            }
            if (_symbols.TryGetValue(secId, out var holder) && !ReferenceEquals(holder, wanted))
            {
                if (_routeWarned.Add(wanted.Symbol))
                {
                    work.Warn("NoQuoteRoute", $"No BTCC live data for {wanted.Symbol.Value}: its SecID {secId} already serves {holder.Symbol.Value}.");
                }
                return;
            }
            ActivateLocked(wanted, secId, work);
        }

        /// <summary>Main socket logged in: route every wanted symbol through its (possibly new) dictionary.</summary>
        private void RerouteLocked(FeedWork work)
        {
            foreach (var wanted in _wanted.Values.OrderBy(s => s.Order).ToList())
            {
                RouteLocked(wanted, work);
            }
        }

        private void ActivateLocked(FeedSymbol wanted, long secId, FeedWork work)
        {
            if (wanted.SecId == secId)
            {
                EnsureDepthLocked(wanted);
                return;
            }
            if (wanted.SecId != 0)
            {
                DeactivateLocked(wanted, work); // the dictionary moved it
            }
            wanted.SecId = secId;
            _symbols[secId] = wanted;
            var main = EnsureMainLocked(out _);
            if (_symbols.Count == 1)
            {
                main.LastDataTicks = NowTicks; // silence counts from the first subscription, not from the connect
            }
            // ReqSubcri carries the whole set, and BTCC restates every subscribed book: not news
            MarkResyncLocked(_symbols.Keys.Where(id => id != secId).ToArray());
            work.Do(() => Observe(main.Client.SubscribeAsync(new[] { secId }), "Subscribe"));
            work.Log("Subscribe", $"{wanted.Symbol.Value} routed to SecID {secId}");
            EnsureDepthLocked(wanted);
        }

        private void DeactivateLocked(FeedSymbol wanted, FeedWork work)
        {
            var secId = wanted.SecId;
            if (wanted.Depth != null)
            {
                RetireDepthLocked(wanted, work);
            }
            _symbols.Remove(secId);
            _trades.Forget(secId);
            _quotes.Forget(secId);
            _tickTrades.Forget(secId);
            wanted.SecId = 0;
            // the narrowed ReqSubcri makes BTCC restate the remaining books: not news
            MarkResyncLocked(_symbols.Keys.ToArray());
            if (_main is { } main)
            {
                work.Do(() => Observe(main.Client.UnsubscribeAsync(new[] { secId }), "Unsubscribe"));
            }
        }

        /// <summary>A ReqSubcri went out for <paramref name="secIds"/>: restated books are not news, a snapshot is a one-shot's.</summary>
        private void MarkResyncLocked(long[] secIds)
        {
            _quotes.MarkResync(secIds);
            _tickTrades.MarkResync(secIds);
        }

        /// <summary>Gives a routed quote subscription its own depth socket while the budget allows.</summary>
        private void EnsureDepthLocked(FeedSymbol wanted)
        {
            if (wanted.Quotes && wanted.SecId != 0 && wanted.Depth == null && _depthSockets.Count < _options.MaxDepthSockets)
            {
                CreateDepthSocketLocked(wanted);
            }
        }

        private void RetireDepthLocked(FeedSymbol wanted, FeedWork work)
        {
            var retired = wanted.Depth!;
            _depthSockets.Remove(retired);
            wanted.Depth = null;
            work.Message(RetireLocked(retired));
            work.Do(() => Close(retired));
        }

        /// <summary>What a locked section decided, done after the lock is released (no callbacks run under it).</summary>
        private sealed class FeedWork
        {
            private readonly List<(string Method, string Text)> _logs = new();
            private readonly List<Action> _actions = new();
            private readonly List<BrokerageMessageEvent> _messages = new();

            public void Log(string method, string text) => _logs.Add((method, text));

            public void Do(Action action) => _actions.Add(action);

            public void Message(BrokerageMessageEvent? message)
            {
                if (message != null) _messages.Add(message);
            }

            public void Warn(string code, string text)
            {
                _logs.Add(("Route", "WARNING " + text));
                _messages.Add(new BrokerageMessageEvent(BrokerageMessageType.Warning, code, text));
            }

            public void Run(BtccQuoteFeed feed)
            {
                foreach (var (method, text) in _logs) BtccLog.Trace(Source, method, text);
                foreach (var action in _actions) action();
                foreach (var message in _messages) feed.Raise(message);
            }
        }
    }
}
