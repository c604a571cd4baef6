/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Bench
{
    /// <summary><c>--app=BTCCBench</c> run in-process at its smallest: both pollers measured, the table printed with every row.</summary>
    [TestFixture, NonParallelizable]
    public class BtccBenchAppTests : ToolBoxFixture
    {
        public BtccBenchAppTests()
            : base("{}")
        {
        }

        [Test]
        public void TheBenchPrintsEveryMeasureForBothPollers()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var (exitCode, output, error) = Run(new[]
            {
                "--app=BTCCBench", $"--config={ConfigPath}", "--bench-latency-ms=10", "--bench-idle-s=1", "--bench-orders=2", "--bench-budget-s=2"
            }, timeout.Token);

            Assert.That(exitCode, Is.AnyOf(0, 2), error);
            Assert.That(output, Does.Contain("| Measure | naive (fixed 500 ms) | adaptive | Ratio | Target | Met |"));
            foreach (var measure in new[]
            {
                "Idle requests/s", "Requests per filled market order", "Requests per filled limit order", "Requests per cancelled order",
                "Requests per partially filled order (3 fills)", "Order → Submitted p50 (ms)", "Market order fill → OrderEvent p50 (ms)",
                "Resting order fill → OrderEvent p50 (ms)", "Resting order fill → OrderEvent p99 (ms)", "HTTP 429 at 5 requests/s"
            })
            {
                Assert.That(output, Does.Contain($"| {measure}"), measure);
            }
            Assert.That(output, Does.Not.Contain("| – | – | – |"), "every measure has figures");
        }

        [Test]
        public void ABadBenchOptionFailsNamingIt()
        {
            var (exitCode, _, error) = Run("--app=BTCCBench", $"--config={ConfigPath}", "--bench-orders=many");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--bench-orders"));
        }
    }
}
