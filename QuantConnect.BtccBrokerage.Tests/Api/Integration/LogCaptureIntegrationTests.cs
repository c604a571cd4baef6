/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api.Integration
{
    /// <summary>Everything the API layer logs during a busy session carries no credential, token or signature.</summary>
    [TestFixture]
    [NonParallelizable]
    public class LogCaptureIntegrationTests
    {
        [Test]
        public async Task LogsHoldNoPasswordKeySecretTokenOrSignature()
        {
            using var capture = new LogCapture(debugging: true);
            var tokens = new ConcurrentBag<string>();
            await using var harness = await SimulatorHarness.StartAsync();
            var settings = harness.Settings;
            using var rest = new BtccRestApiClient(settings);
            rest.LoggedIn += (_, session) => tokens.Add(session.Token);
            await rest.LoginAsync();
            await rest.KeepAliveAsync();
            harness.Simulator.ExpireTokens();
            await rest.GetAccountAsync();
            var path = harness.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT").Path;
            var leverage = harness.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT").Leverage;
            await rest.OpenPositionAsync(new BtccOpenPositionRequest(path, BtccDirection.Buy, 0.01m, 0m, leverage, 5));
            harness.Simulator.Faults.ServerErrorRate = 0.5;
            await rest.GetOrderListAsync();
            harness.Simulator.Faults.ServerErrorRate = 0;
            await using (var quotes = new BtccQuoteWebSocketClient(settings, rest.Session!.AccountNo))
            {
                await quotes.ConnectAsync();
                harness.Simulator.DropWebSockets();
                await SimulatorHarness.WaitUntilAsync(() => quotes.ReconnectCount == 1, TimeSpan.FromSeconds(10), "reconnect");
            }
            Assert.That(() => new BtccRestApiClient(new BtccApiSettings { RestUrl = "http://example.com", UserName = "u", Password = settings.Password, ApiKey = "k", ApiSecret = "s" }),
                Throws.ArgumentException.With.Message.Not.Contain(settings.Password));

            var lines = capture.Texts;
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines, Has.Some.StartWith("BtccRestApiClient.Login(): logged in"));
            Assert.That(lines, Has.Some.Contain("password=***&").And.Some.Contain("sign=***"), "requests are logged, redacted");
            foreach (var secret in new[] { settings.Password, settings.ApiKey, settings.ApiSecret, settings.UserName }.Concat(tokens))
            {
                Assert.That(lines, Has.None.Contain(secret), "a secret reached the log");
            }
            Assert.That(lines, Has.None.Match("[0-9a-f]{32}"), "a signature reached the log");
            Assert.That(lines.Where(l => l.Contains("?")), Has.All.Contain("token=***").Or.Not.Contain("token="));
        }
    }
}
