/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>Requests counted over one scenario: its window, the orders it placed, and the requests by path.</summary>
    /// <param name="Orders">Orders the scenario placed.</param>
    /// <param name="WhileWorking">
    /// Requests the simulator received while at least one of those orders worked (from PlaceOrder to its last OrderEvent):
    /// the orders' own and the polls of their lives, keep-alives and logins left out.
    /// </param>
    /// <param name="Requests">Every REST request the simulator received in the window (keep-alives included).</param>
    /// <param name="Seconds">The window's length.</param>
    /// <param name="ByPath">Requests per path in the window.</param>
    internal sealed record BenchWindow(int Orders, int WhileWorking, int Requests, double Seconds, IReadOnlyDictionary<string, int> ByPath)
    {
        /// <summary>Requests per order, polls apportioned: those of the orders' lives over the orders.</summary>
        public double PerOrder => Orders == 0 ? 0 : (double)WhileWorking / Orders;

        /// <summary>Every request of the window over the orders, idle polls and keep-alives included.</summary>
        public double RawPerOrder => Orders == 0 ? 0 : (double)Requests / Orders;

        /// <summary>
        /// How many of <paramref name="requests"/> (arrival time, path) arrived while one of <paramref name="lives"/> lasted,
        /// keep-alives and logins (the session's upkeep, not the orders') left out.
        /// </summary>
        public static int DuringLives(IEnumerable<(DateTimeOffset At, string Path)> requests, IReadOnlyCollection<(DateTime StartUtc, DateTime EndUtc)> lives)
            => requests.Count(r => !r.Path.EndsWith("/keepalive", StringComparison.Ordinal) && !r.Path.EndsWith("/login", StringComparison.Ordinal)
                && lives.Any(l => r.At.UtcDateTime >= l.StartUtc && r.At.UtcDateTime <= l.EndUtc));
    }

    /// <summary>What one poller did in one bench run.</summary>
    internal sealed record BtccBenchResult
    {
        /// <summary>"naive (fixed 500 ms)" or "adaptive".</summary>
        public required string Name { get; init; }

        /// <summary>Nothing working.</summary>
        public required BenchWindow Idle { get; init; }

        /// <summary>Market orders, one a second, each filled.</summary>
        public required BenchWindow Market { get; init; }

        /// <summary>Limit orders that rested, then filled.</summary>
        public required BenchWindow Limit { get; init; }

        /// <summary>Limit orders that rested, then were cancelled.</summary>
        public required BenchWindow Cancelled { get; init; }

        /// <summary>Limit orders filled in three parts.</summary>
        public required BenchWindow Partial { get; init; }

        /// <summary>From PlaceOrder to the Submitted event, every order of the scenarios (ms).</summary>
        public required IReadOnlyList<double> SubmittedMs { get; init; }

        /// <summary>From the exchange's deal to its OrderEvent, market orders (ms).</summary>
        public required IReadOnlyList<double> MarketFillMs { get; init; }

        /// <summary>From the exchange's deal to its OrderEvent, resting orders the market reached, each part of the partial fills included (ms).</summary>
        public required IReadOnlyList<double> RestingFillMs { get; init; }

        /// <summary>The same, without a quote subscription (the fast polls alone find the fills), ms.</summary>
        public required IReadOnlyList<double> UnquotedFillMs { get; init; }

        /// <summary>The one-order-a-second run at the default budget.</summary>
        public required BenchWindow Budget { get; init; }

        /// <summary>HTTP 429 answers the exchange gave during that run.</summary>
        public int Throttled { get; init; }

        /// <summary>Most requests the exchange saw in one second during that run.</summary>
        public int MaxPerSecond { get; init; }

        /// <summary>Requests per second with nothing working.</summary>
        public double IdlePerSecond => Idle.Seconds > 0 ? Idle.Requests / Idle.Seconds : 0;
    }
}
