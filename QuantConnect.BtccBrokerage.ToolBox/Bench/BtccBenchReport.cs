/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Bench
{
    /// <summary>The bench's figures as a Markdown table: the naive poller, the adaptive one, their ratio, the target and whether it is met.</summary>
    internal static class BtccBenchReport
    {
        /// <summary>The table, and below it the raw counts (idle requests included) and the requests by path.</summary>
        /// <param name="naive">The fixed 500 ms poller.</param>
        /// <param name="adaptive">The adaptive poller.</param>
        /// <param name="fastInterval">The fast poll interval both ran with.</param>
        /// <param name="roundTrip">The injected REST round trip.</param>
        public static string Markdown(BtccBenchResult naive, BtccBenchResult adaptive, TimeSpan fastInterval, TimeSpan roundTrip)
        {
            var fast = fastInterval.TotalMilliseconds;
            var rtt = roundTrip.TotalMilliseconds;
            var p50Target = fast / 2 + rtt;
            var p99Target = fast + 2 * rtt;
            var lines = new List<string>
            {
                $"| Measure | {naive.Name} | {adaptive.Name} | Ratio | Target | Met |",
                "|---|---:|---:|---:|---|---|",
                Row("Idle requests/s", naive.IdlePerSecond, adaptive.IdlePerSecond, "0.00", Max(0.2, adaptive.IdlePerSecond, "≤ 0.2")),
                Row("Requests per filled market order", naive.Market.PerOrder, adaptive.Market.PerOrder, "0.0",
                    Max(3, adaptive.Market.PerOrder, "≤ 3")),
                Row("Requests per filled limit order", naive.Limit.PerOrder, adaptive.Limit.PerOrder, "0.0"),
                Row("Requests per cancelled order", naive.Cancelled.PerOrder, adaptive.Cancelled.PerOrder, "0.0"),
                Row("Requests per partially filled order (3 fills)", naive.Partial.PerOrder, adaptive.Partial.PerOrder, "0.0"),
                Row("Order → Submitted p50 (ms)", P(naive.SubmittedMs, 50), P(adaptive.SubmittedMs, 50), "0"),
                Row("Order → Submitted p99 (ms)", P(naive.SubmittedMs, 99), P(adaptive.SubmittedMs, 99), "0"),
                Row("Market order fill → OrderEvent p50 (ms)", P(naive.MarketFillMs, 50), P(adaptive.MarketFillMs, 50), "0"),
                Row("Market order fill → OrderEvent p99 (ms)", P(naive.MarketFillMs, 99), P(adaptive.MarketFillMs, 99), "0"),
                Row("Resting order fill → OrderEvent p50 (ms)", P(naive.RestingFillMs, 50), P(adaptive.RestingFillMs, 50), "0",
                    Max(p50Target, P(adaptive.RestingFillMs, 50), $"≤ {p50Target:0} (interval/2 + RTT)")),
                Row("Resting order fill → OrderEvent p99 (ms)", P(naive.RestingFillMs, 99), P(adaptive.RestingFillMs, 99), "0",
                    Max(p99Target, P(adaptive.RestingFillMs, 99), $"≤ {p99Target:0} (interval + 2 RTT)")),
                Row("Resting fill, no quote subscription, p50 (ms)", P(naive.UnquotedFillMs, 50), P(adaptive.UnquotedFillMs, 50), "0"),
                Row("Resting fill, no quote subscription, p99 (ms)", P(naive.UnquotedFillMs, 99), P(adaptive.UnquotedFillMs, 99), "0"),
                Row($"HTTP 429 at 5 requests/s, 1 order/s for {naive.Budget.Seconds:0} s", naive.Throttled, adaptive.Throttled, "0",
                    Max(0, adaptive.Throttled, "0")),
                Row("Requests/s during that run", naive.Budget.Requests / naive.Budget.Seconds, adaptive.Budget.Requests / adaptive.Budget.Seconds, "0.0"),
                Row("Busiest second of that run (requests)", naive.MaxPerSecond, adaptive.MaxPerSecond, "0")
            };
            lines.Add(string.Empty);
            lines.Add("Requests per order are those the exchange received while the scenario's orders worked (PlaceOrder to their last "
                + "OrderEvent: their own and the polls of those moments), over the orders; every request of the scenario over its orders "
                + "(idle polls and keep-alives included): "
                + Invariant($"market {naive.Market.RawPerOrder:0.0} / {adaptive.Market.RawPerOrder:0.0}, limit {naive.Limit.RawPerOrder:0.0} / {adaptive.Limit.RawPerOrder:0.0}, ")
                + Invariant($"cancelled {naive.Cancelled.RawPerOrder:0.0} / {adaptive.Cancelled.RawPerOrder:0.0}, partially filled {naive.Partial.RawPerOrder:0.0} / {adaptive.Partial.RawPerOrder:0.0} (naive / adaptive)."));
            lines.Add(string.Empty);
            foreach (var result in new[] { naive, adaptive })
            {
                lines.Add($"{result.Name}, requests by path: idle {ByPath(result.Idle)}; market {ByPath(result.Market)}; limit {ByPath(result.Limit)}; "
                    + $"cancelled {ByPath(result.Cancelled)}; partial {ByPath(result.Partial)}.");
            }
            return string.Join(Environment.NewLine, lines) + Environment.NewLine;
        }

        private static string Row(string measure, double naive, double adaptive, string format, (string Target, string Met)? target = null)
        {
            var ratio = naive > 0 && !double.IsNaN(adaptive) ? (adaptive / naive).ToString("0.00", CultureInfo.InvariantCulture) : "–";
            return $"| {measure} | {Show(naive, format)} | {Show(adaptive, format)} | {ratio} | {target?.Target ?? "–"} | {target?.Met ?? "–"} |";
        }

        private static (string, string) Max(double limit, double value, string text) => (text, !double.IsNaN(value) && value <= limit ? "yes" : "**no**");

        private static string Show(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

        private static double P(IReadOnlyList<double> values, double percent) => LatencyStats.Percentile(values, percent);

        private static string ByPath(BenchWindow window)
            => string.Join(", ", window.ByPath.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Split('/').Last()} {p.Value}"));

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
