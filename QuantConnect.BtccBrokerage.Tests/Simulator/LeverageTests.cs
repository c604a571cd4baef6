/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>
    /// A symbol path's suffix is the most leverage it allows: <c>multiple</c> is any whole number from 1 to it, kept
    /// on the position, its deals and the pending order, and the margin is the notional over it.
    /// </summary>
    [TestFixture]
    public class LeverageTests : SimulatorTestBase
    {
        [SetUp]
        public Task Login() => Client.LoginAsync();

        private Task<JObject> OpenAsync(int multiple) =>
            Client.PostAsync("/v1/account/openposition", Account(new()
            {
                ["direction"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "0", ["multiple"] = multiple.ToString()
            }));

        [TestCase(1)]
        [TestCase(3)]
        [TestCase(5)]
        public async Task AnyWholeMultipleUpToThePathsSuffixIsTakenAndMarginedAtIt(int multiple)
        {
            var (_, ask) = Simulator.GetQuote("BTCUSDT");

            var position = (await OpenAsync(multiple))["position"]!;

            Assert.That(position.Value<int>("multiple"), Is.EqualTo(multiple));
            Assert.That(position.Value<decimal>("open_margin"), Is.EqualTo(Math.Round(0.1m * ask / multiple, 8)));
            Assert.That(Simulator.Snapshot().Margin, Is.EqualTo(Math.Round(0.1m * ask / multiple, 8)));
            var listed = (await Client.GetAsync("/v1/account/positionlist", Account(new() { ["pageNo"] = "1", ["pageSize"] = "10" })))["positions"]!.Single();
            Assert.That(listed.Value<int>("multiple"), Is.EqualTo(multiple));
            var deal = (await Client.GetAsync("/v1/account/dealTodayList", Account()))["orders"]!.Single();
            Assert.That(deal.Value<int>("multiple"), Is.EqualTo(multiple));
        }

        [TestCase(0)]
        [TestCase(6)]
        [TestCase(-5)]
        public async Task AMultipleOutsideOneToThePathsSuffixIsRefused(int multiple)
        {
            var reply = await OpenAsync(multiple);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.BadLeverage));
            Assert.That(reply.Value<string>("msg"), Is.EqualTo("multiple must be from 1 to 5"));
            Assert.That(Simulator.Snapshot().Positions, Is.Empty);
        }

        [Test]
        public async Task APendingOrdersMultipleIsThatOfThePositionItOpens()
        {
            Simulator.SetPrice("BTCUSDT", 60_000m);
            var order = (await Client.PostAsync("/v1/account/openpending", Account(new()
            {
                ["direction"] = "1", ["type"] = "1", ["symbol"] = Btc5x, ["request_volume"] = "0.1", ["request_price"] = "59000", ["multiple"] = "2"
            })))["order"]!;
            Assert.That(order.Value<int>("multiple"), Is.EqualTo(2));

            Simulator.SetPrice("BTCUSDT", 58_990m);

            var position = Simulator.Snapshot().Positions.Single();
            Assert.That(position.Multiple, Is.EqualTo(2));
            Assert.That(position.OpenMargin, Is.EqualTo(0.1m * 59_000m / 2));
        }
    }

    /// <summary>The symbollist can list one path per pair, at the pair's maximum leverage, as BTCC's live dictionary does.</summary>
    [TestFixture]
    public class OnePathPerPairTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.OnePathPerPair = true;

        [Test]
        public async Task EachPairIsListedOnceAtItsHighestLeverage()
        {
            await Client.LoginAsync();

            var names = (await Client.GetAsync("/v1/config/symbollist"))["symbols"]!.Select(s => s.Value<string>("name")).ToList();

            Assert.That(names.Where(n => n!.Contains("BTCUSDT")), Is.EqualTo(new[] { "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT100x" }));
            Assert.That(names.Where(n => n!.Contains("ETHUSDT")), Is.EqualTo(new[] { "GWFX/USDT/GTS/MM/MIN/0/A/ETHUSDT50x" }));
            Assert.That(names, Has.Count.EqualTo(Simulator.Instruments.Select(i => i.Ticker).Distinct().Count()));
        }
    }
}
