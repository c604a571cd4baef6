/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.Playwright;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration;
using static Microsoft.Playwright.Assertions;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>
    /// The console in a real headless Chromium while a brokerage session trades on the simulator: what the session does
    /// shows up in the page, and a fault flipped from the page shows up in its request log.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class ConsoleBrowserTests : BtccBrokerageTestBase
    {
        private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 20_000 };
        private HeadlessChromium _chromium = null!;
        private IPage _page = null!;

        [OneTimeSetUp]
        public async Task LaunchChromium() => _chromium = await HeadlessChromium.LaunchAsync();

        [OneTimeTearDown]
        public async Task CloseChromium()
        {
            if (_chromium != null) await _chromium.DisposeAsync();
        }

        // prices move, as in a live session
        private protected override void ConfigureSimulator(BtccSimulatorOptions options) => options.PriceInterval = TimeSpan.FromMilliseconds(250);

        [SetUp]
        public async Task OpenConsole()
        {
            _page = await _chromium.Context.NewPageAsync();
            await _page.GotoAsync(Simulator.ConsoleUrl.ToString());
            await Expect(_page.Locator("#live.on")).ToBeVisibleAsync(Visible);
        }

        [TearDown]
        public async Task ClosePage() => await _page.CloseAsync();

        [Test]
        public async Task ATicketTheSessionOpensAppearsInTheConsole()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            var ticket = Simulator.Snapshot().Positions.Single();

            var row = _page.Locator($"#positions tr[data-position-id='{ticket.Id}']");

            await Expect(row).ToBeVisibleAsync(Visible);
            await Expect(row).ToContainTextAsync("BTCUSDT");
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("long");
        }

        [Test]
        public async Task A5xxRateSetFromTheConsoleShowsAs5xxInItsRequestLog()
        {
            PlaceOrderWaitForStatus(Market(DefaultQuantity));
            PlaceOrderWaitForStatus(Limit(DefaultQuantity, BtcPrice * 0.95m), OrderStatus.Submitted);
            await Expect(_page.Locator("#orders tbody tr")).ToBeVisibleAsync(Visible);

            await _page.FillAsync("#knob-serverErrorRate", "0.2");
            await _page.ClickAsync("#set-serverErrorRate");

            await Expect(_page.Locator("#requests td.server-errors.alert").First).ToBeVisibleAsync(Visible);
            Assert.That(Simulator.Faults.ServerErrorRate, Is.EqualTo(0.2));
            var shown = int.Parse(await _page.Locator("#total-5xx").InnerTextAsync());
            Assert.That(shown, Is.Positive.And.LessThanOrEqualTo(Simulator.Traffic.Endpoints().Sum(e => e.ServerErrors)));

            var png = Path.Combine(TestContext.CurrentContext.WorkDirectory, "simulator-console.png");
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            TestContext.Progress.WriteLine($"console screenshot: {ConsoleScreenshot.Publish(png)}");
        }
    }
}
