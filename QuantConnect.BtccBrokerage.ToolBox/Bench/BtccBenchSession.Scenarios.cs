/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    internal sealed partial class BtccBenchSession
    {
        /// <summary>The orders of the last scenario, by LEAN id.</summary>
        private HashSet<int> _lastOrders = new();

        /// <summary>Market orders one a second, buy then sell (each sell closes the ticket the buy opened); all filled.</summary>
        private async Task<int> MarketOrdersAsync(CancellationToken cancellationToken)
        {
            var orders = new List<Order>();
            for (var i = 0; i < _options.MarketOrders; i++)
            {
                var next = DateTime.UtcNow + TimeSpan.FromSeconds(1);
                orders.Add(Place(new MarketOrder(Btc, i % 2 == 0 ? Volume : -Volume, DateTime.UtcNow)));
                await DelayUntilAsync(next, cancellationToken).ConfigureAwait(false);
            }
            await WaitForAsync(() => orders.All(o => _recorder.Has(o.Id, OrderStatus.Filled)), "the market orders to fill", cancellationToken).ConfigureAwait(false);
            _lastOrders = orders.Select(o => o.Id).ToHashSet();
            return orders.Count;
        }

        /// <summary>
        /// Limit orders, buy and sell in turn, each resting 0.3-1 s before the market reaches it, filled in
        /// <paramref name="parts"/> (the market moving on further each time, 0.3-0.8 s apart); the next one after the fill.
        /// </summary>
        private async Task<int> RestingOrdersAsync(int count, int parts, CancellationToken cancellationToken)
        {
            var ratio = _simulator.Faults.PartialFillRatio;
            // 0.004 in halves: 0.002, 0.001, 0.001
            _simulator.Faults.PartialFillRatio = parts > 1 ? 0.5m : 0m;
            var orders = new List<Order>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var side = i % 2 == 0 ? 1 : -1;
                    var order = Place(new LimitOrder(Btc, side * (parts > 1 ? 0.004m : Volume), Price - side * 30m, DateTime.UtcNow));
                    orders.Add(order);
                    await PauseAsync(300, 1000, cancellationToken).ConfigureAwait(false);
                    for (var part = 0; part < parts; part++)
                    {
                        SetPrice(Price - side * (100m + 10m * part));
                        if (part + 1 < parts)
                        {
                            await PauseAsync(300, 800, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    await WaitForAsync(() => _recorder.Has(order.Id, OrderStatus.Filled), $"limit order {order.Id} to fill", cancellationToken).ConfigureAwait(false);
                    SetPrice(Price);
                    await Task.Delay(300, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _simulator.Faults.PartialFillRatio = ratio;
            }
            _lastOrders = orders.Select(o => o.Id).ToHashSet();
            return orders.Count;
        }

        /// <summary>Limit orders far from the market, each cancelled after resting 1 s; the next one once it is Canceled.</summary>
        private async Task<int> CancelledOrdersAsync(CancellationToken cancellationToken)
        {
            var orders = new List<Order>();
            for (var i = 0; i < _options.CancelledOrders; i++)
            {
                var order = Place(new LimitOrder(Btc, Volume, Price - 3_000m, DateTime.UtcNow));
                orders.Add(order);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                _brokerage.CancelOrder(order);
                await WaitForAsync(() => _recorder.Has(order.Id, OrderStatus.Canceled), $"order {order.Id} to be canceled", cancellationToken).ConfigureAwait(false);
            }
            _lastOrders = orders.Select(o => o.Id).ToHashSet();
            return orders.Count;
        }

        /// <summary>
        /// One order a second while the exchange answers HTTP 429 beyond the client's default budget (a token bucket of 5, 5 a
        /// second): a market buy, a far limit (cancelled half a second later) and a market sell in turn, in whole rounds. Returns the window,
        /// the 429s and the busiest second.
        /// </summary>
        private async Task<(BenchWindow Window, int Throttled, int MaxPerSecond)> BudgetRunAsync(CancellationToken cancellationToken)
        {
            _simulator.Requests.Reset();
            // the exchange allows exactly the client's default budget: a client that keeps within it is never throttled,
            // one that runs its budget dry is, whenever two requests arrive closer than they left
            var defaults = new Api.BtccApiSettings();
            _simulator.Faults.RequestBudgetPerSecond = (int)defaults.RequestsPerSecond;
            _simulator.Faults.RequestBudgetBurst = defaults.RequestBurst;
            try
            {
                var window = await CountAsync(async () =>
                {
                    var placed = 0;
                    var end = DateTime.UtcNow + _options.BudgetRun;
                    // whole rounds of buy, far limit, sell: the account ends as flat as it began, so no ticket is left for
                    // the resting orders after it to close
                    for (var i = 0; DateTime.UtcNow < end || i % 3 != 0; i++)
                    {
                        var next = DateTime.UtcNow + TimeSpan.FromSeconds(1);
                        switch (i % 3)
                        {
                            case 0:
                                Place(new MarketOrder(Btc, Volume, DateTime.UtcNow));
                                break;
                            case 1:
                                var far = Place(new LimitOrder(Btc, Volume, Price - 3_000m, DateTime.UtcNow));
                                await Task.Delay(TimeSpan.FromSeconds(0.5), cancellationToken).ConfigureAwait(false);
                                _brokerage.CancelOrder(far);
                                break;
                            default:
                                Place(new MarketOrder(Btc, -Volume, DateTime.UtcNow));
                                break;
                        }
                        placed++;
                        await DelayUntilAsync(next, cancellationToken).ConfigureAwait(false);
                    }
                    return placed;
                }).ConfigureAwait(false);
                return (window, _simulator.Requests.Throttled, _simulator.Requests.MaxRequestsPerSecond);
            }
            finally
            {
                _simulator.Faults.RequestBudgetPerSecond = 0;
                _simulator.Faults.RequestBudgetBurst = 0;
            }
        }

        private static async Task DelayUntilAsync(DateTime utc, CancellationToken cancellationToken)
        {
            var wait = utc - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
