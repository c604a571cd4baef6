/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.Tests.Symbols
{
    /// <summary>
    /// A path's suffix is the most leverage BTCC allows on it; an order's <c>multiple</c> is chosen within that,
    /// on either symbollist shape (one path per pair, one per leverage), never silently the maximum.
    /// </summary>
    [TestFixture]
    public class BtccLeverageChoiceTests
    {
        private static (BtccSymbolInfo, decimal)[] Paths(params int[] maxima)
            => maxima.Select((max, i) => (BtccInstruments.Create("BTCUSDT", max, 100 + i, 1000), (decimal)max)).ToArray();

        private static TestCaseData Row(string shape, int[] maxima, double? leverage, int path, int multiple)
            => new TestCaseData(maxima, leverage, path, multiple)
                .SetName($"{shape}: {(leverage == null ? "unset" : leverage + "x")} => path {path}x, multiple {multiple}");

        public static IEnumerable<TestCaseData> Choices()
        {
            yield return Row("one path per pair", [100], null, 100, 10);
            yield return Row("one path per pair", [100], 25, 100, 25);
            yield return Row("one path per pair", [100], 100, 100, 100);
            yield return Row("one path per pair", [100], 1, 100, 1);
            yield return Row("one path per pair, maximum below 10x", [5], null, 5, 5);
            yield return Row("one path per leverage", [5, 20, 100], null, 20, 10);
            yield return Row("one path per leverage", [20, 100, 5], 5, 5, 5);
            yield return Row("one path per leverage", [5, 20, 100], 20, 20, 20);
            yield return Row("one path per leverage", [5, 20, 100], 1, 5, 1);
            yield return Row("one path per leverage", [5, 20, 100], 50, 100, 50);
        }

        [TestCaseSource(nameof(Choices))]
        public void TheOrderGoesToTheTightestMaximumThatAllowsItsLeverage(int[] maxima, double? leverage, int path, int multiple)
        {
            var chosen = BtccLeverageChoice.TryChoose("BTCUSDT", Paths(maxima), (decimal?)leverage, out var choice, out var error);

            Assert.That(chosen, Is.True, error);
            Assert.That(choice!.Instrument.Name, Does.EndWith($"BTCUSDT{path}x"));
            Assert.That(choice.Multiple, Is.EqualTo(multiple));
        }

        [TestCase(150, "BTCUSDT allows at most 100x on BTCC, not 150x (listed paths: 5x, 20x, 100x)")]
        [TestCase(2.5, "BTCC takes a whole leverage of at least 1x as multiple, not 2.5x")]
        [TestCase(0, "not 0x")]
        public void ALeverageBtccCannotTakeIsRefusedNamingTheSetting(double leverage, string reason)
        {
            var chosen = BtccLeverageChoice.TryChoose("BTCUSDT", Paths(5, 20, 100), (decimal)leverage, out var choice, out var error);

            Assert.That(chosen, Is.False);
            Assert.That(choice, Is.Null);
            Assert.That(error, Does.Contain(reason).And.Contain("btcc-leverage").And.Contain("the security's leverage"));
        }

        [Test]
        public void PathsOfTheSameMaximumResolveToTheLowestProductId()
        {
            var paths = new[] { (BtccInstruments.Create("BTCUSDT", 20, 12, 1000, "VIP"), 20m), (BtccInstruments.Create("BTCUSDT", 20, 11, 1000), 20m) };

            BtccLeverageChoice.TryChoose("BTCUSDT", paths, 20m, out var choice, out _);

            Assert.That(choice!.Instrument.Id, Is.EqualTo(11));
        }

        [Test]
        public void TheUnsetLeverageIsTheBrokerageModelsDefault()
            => Assert.That(BtccLeverageChoice.UnsetLeverage, Is.EqualTo(BtccBrokerageModel.DefaultLeverage).And.EqualTo(10m));
    }
}
