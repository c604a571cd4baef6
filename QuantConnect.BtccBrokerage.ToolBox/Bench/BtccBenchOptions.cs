/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>
    /// What <c>--app=BTCCBench</c> measures and how long: <c>--bench-latency-ms</c> (REST round trip injected into the
    /// simulator, default 50; quote frames get half of it), <c>--bench-idle-s</c> (the idle window, default 120),
    /// <c>--bench-orders</c> (market orders; the limit, cancelled and partially filled scenarios take half as many, default 20),
    /// <c>--bench-budget-s</c> (the one-order-a-second run at the default budget, default 30), <c>--bench-seed</c>.
    /// </summary>
    internal sealed record BtccBenchOptions
    {
        /// <summary>The simulator's REST round trip.</summary>
        public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(50);

        /// <summary>How long requests are counted with nothing working.</summary>
        public TimeSpan IdleWindow { get; init; } = TimeSpan.FromSeconds(120);

        /// <summary>Market orders placed, one a second.</summary>
        public int MarketOrders { get; init; } = 20;

        /// <summary>Limit orders that rest, then fill when the market reaches them.</summary>
        public int LimitOrders { get; init; } = 10;

        /// <summary>Limit orders that rest, then are cancelled.</summary>
        public int CancelledOrders { get; init; } = 10;

        /// <summary>Limit orders filled in three parts.</summary>
        public int PartialOrders { get; init; } = 10;

        /// <summary>How long one order a second is placed while the exchange allows the client's default budget.</summary>
        public TimeSpan BudgetRun { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>Seed of the waits between an order and the market reaching it.</summary>
        public int Seed { get; init; } = 7;

        /// <summary>Reads the <c>bench-*</c> options; a bad value fails naming its option.</summary>
        public static BtccBenchOptions From(IReadOnlyDictionary<string, string> options)
        {
            var orders = Int(options, "bench-orders", 20, 2);
            return new BtccBenchOptions
            {
                Latency = TimeSpan.FromMilliseconds(Int(options, "bench-latency-ms", 50, 0)),
                IdleWindow = TimeSpan.FromSeconds(Int(options, "bench-idle-s", 120, 1)),
                MarketOrders = orders,
                LimitOrders = Math.Max(1, orders / 2),
                CancelledOrders = Math.Max(1, orders / 2),
                PartialOrders = Math.Max(1, orders / 2),
                BudgetRun = TimeSpan.FromSeconds(Int(options, "bench-budget-s", 30, 1)),
                Seed = Int(options, "bench-seed", 7, int.MinValue)
            };
        }

        private static int Int(IReadOnlyDictionary<string, string> options, string name, int fallback, int minimum)
        {
            if (!options.TryGetValue(name, out var text))
            {
                return fallback;
            }
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
            {
                throw new ToolBoxConfigurationException($"--{name} must be an integer of at least {minimum} (got '{text}')");
            }
            return value;
        }
    }
}
