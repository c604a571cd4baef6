/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>
    /// <c>--app=BTCCBench</c>: the plugin end to end against the simulator with an injected round trip, the naive fixed
    /// 500 ms poller (adaptive polling off) and the adaptive one in the same run, each on a fresh simulator: idle
    /// requests/s, requests per filled market, filled limit, cancelled and partially filled order, PlaceOrder to
    /// Submitted, the exchange's fill to its OrderEvent, and 429s at the default budget placing one order a second.
    /// Prints a Markdown table with the ratios and the targets (options: see <see cref="BtccBenchOptions"/>).
    /// </summary>
    internal sealed class BtccBenchApp : IToolBoxApp
    {
        /// <summary>The --app value.</summary>
        public string Name => "BTCCBench";

        /// <summary>One line for the usage text.</summary>
        public string Description => "End-to-end polling benchmark against the simulator (injected round trip): the naive fixed 500 ms poller and "
            + "the adaptive one, requests per order and fill latencies, as a Markdown table (--bench-latency-ms, --bench-idle-s, --bench-orders, --bench-budget-s).";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Value("bench-latency-ms", "REST round trip injected into the simulator (default 50; quote frames get half)"),
            ToolBoxOptions.Value("bench-idle-s", "idle window, seconds (default 120)"),
            ToolBoxOptions.Value("bench-orders", "market orders; the other scenarios take half as many (default 20)"),
            ToolBoxOptions.Value("bench-budget-s", "seconds of one order a second at the default budget (default 30)"),
            ToolBoxOptions.Value("bench-seed", "seed of the waits before the market reaches an order (default 7)")
        };

        /// <summary>Runs both pollers and prints the table; 0 when every target is met, 2 when one is not.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var bench = BtccBenchOptions.From(options);
            var output = Console.Out;
            output.WriteLine($"BTCCBench: {bench.Latency.TotalMilliseconds:0} ms round trip, idle {bench.IdleWindow.TotalSeconds:0} s, {bench.MarketOrders} market orders, "
                + $"{bench.LimitOrders} limit, {bench.PartialOrders} partially filled and {bench.CancelledOrders} cancelled orders, {bench.BudgetRun.TotalSeconds:0} s at the default budget");
            var naive = await RunAsync(adaptive: false, "naive (fixed 500 ms)", bench, output, cancellationToken).ConfigureAwait(false);
            var adaptive = await RunAsync(adaptive: true, "adaptive", bench, output, cancellationToken).ConfigureAwait(false);
            var table = BtccBenchReport.Markdown(naive, adaptive, BtccBrokerageSettings.DefaultPollInterval, bench.Latency);
            output.WriteLine();
            output.Write(table);
            return table.Contains("**no**", StringComparison.Ordinal) ? 2 : 0;
        }

        private static async Task<BtccBenchResult> RunAsync(bool adaptive, string name, BtccBenchOptions options, TextWriter output, CancellationToken cancellationToken)
        {
            output.WriteLine($"running {name} ...");
            await using var session = await BtccBenchSession.StartAsync(adaptive, options, cancellationToken).ConfigureAwait(false);
            return await session.RunAsync(name, cancellationToken).ConfigureAwait(false);
        }
    }
}
