/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration;
using QuantConnect.Brokerages.Btcc.Tests.Data;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Data.Market;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.SecurityChecks
{
    /// <summary>
    /// A whole brokerage session against the simulator (login, heartbeats, market and limit orders, a
    /// cancel, quote streaming, an expired token forcing a new login, a dropped quote socket) with every
    /// log line captured at debug level: no line holds the password, user name, API key or secret, any
    /// session token, or anything shaped like an MD5 signature.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class SecretsNeverLoggedTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
        private static readonly Regex Md5Hex = new("[0-9a-fA-F]{32}", RegexOptions.Compiled);

        /// <summary>The brokerage, with its REST client's session tokens collected as they are issued.</summary>
        private sealed class TokenWatchingBrokerage : BtccBrokerage
        {
            public TokenWatchingBrokerage(BtccBrokerageSettings settings, Data.CollectingDataAggregator aggregator, TestOrderProvider orders)
                : base(settings, null, orders, aggregator, null)
            {
            }

            public ConcurrentBag<string> Tokens { get; } = new();

            private protected override BtccRestApiClient CreateRestClient(BtccBrokerageSettings settings)
            {
                var client = base.CreateRestClient(settings);
                client.LoggedIn += (_, session) => Tokens.Add(session.Token);
                return client;
            }
        }

        private static void WaitUntil(Func<bool> condition, string what)
            => Api.Integration.SimulatorHarness.WaitUntilAsync(condition, Wait, what).GetAwaiter().GetResult();

        [Test]
        public async Task NoLogLineOfAFullSessionHoldsASecret()
        {
            using var log = new LogCapture(debugging: true);
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions
            {
                PriceInterval = TimeSpan.FromMilliseconds(50),
                Password = "p4ss-w0rd-secret",
                ApiKey = "key-7f3a9c-secret",
                ApiSecret = "secret-b1e2d3-secret",
                UserName = "trader.secret@example.com"
            });
            var settings = BtccBrokerageTestBase.SettingsFor(simulator);
            settings.Api.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            var orders = new TestOrderProvider();
            var aggregator = new Data.CollectingDataAggregator();
            var events = new ConcurrentQueue<OrderEvent>();
            var symbol = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Register());

            using (var brokerage = new TokenWatchingBrokerage(settings, aggregator, orders))
            {
                brokerage.OrdersStatusChanged += (_, e) => e.ForEach(events.Enqueue);
                brokerage.Connect();
                WaitUntil(() => simulator.Requests.Count("/v1/user/keepalive") >= 2, "heartbeats");

                var market = orders.Add(new MarketOrder(symbol, 0.01m, DateTime.UtcNow));
                Assert.That(brokerage.PlaceOrder(market), Is.True);
                WaitUntil(() => events.Any(e => e.OrderId == market.Id && e.Status == OrderStatus.Filled), "the market order's fill");

                var (bid, _) = simulator.GetQuote("BTCUSDT");
                var limit = orders.Add(new LimitOrder(symbol, 0.01m, Math.Round(bid * 0.5m, 2), DateTime.UtcNow));
                Assert.That(brokerage.PlaceOrder(limit), Is.True);
                Assert.That(brokerage.CancelOrder(limit), Is.True);
                WaitUntil(() => events.Any(e => e.OrderId == limit.Id && e.Status == OrderStatus.Canceled), "the cancel");

                Assert.That(brokerage.Subscribe(DataFeedHarness.Config(symbol, TickType.Quote), (_, _) => { }), Is.Not.Null);
                WaitUntil(() => aggregator.TicksOf(symbol, TickType.Quote).Count > 0, "quotes");

                simulator.ExpireTokens();
                simulator.DropWebSockets();
                aggregator.Clear();
                var reversal = orders.Add(new MarketOrder(symbol, -0.01m, DateTime.UtcNow));
                Assert.That(brokerage.PlaceOrder(reversal), Is.True);
                WaitUntil(() => events.Any(e => e.OrderId == reversal.Id && e.Status == OrderStatus.Filled), "the fill after a new login");
                WaitUntil(() => aggregator.TicksOf(symbol, TickType.Quote).Count > 0, "quotes after the socket came back");
                Assert.That(brokerage.Tokens, Has.Count.GreaterThanOrEqualTo(2), "the expired token forced a new login");

                brokerage.Disconnect();

                var lines = log.Lines;
                Assert.That(lines, Has.Some.Contain("TRACE BtccRestApiClient.Login(): logged in"), "the session was logged");
                Assert.That(lines, Has.Some.Contain("sign=***"), "requests were logged at debug level, redacted");
                var secrets = new[] { simulator.Options.Password, simulator.Options.ApiKey, simulator.Options.ApiSecret, simulator.Options.UserName }
                    .Concat(brokerage.Tokens).ToArray();
                foreach (var line in lines)
                {
                    foreach (var secret in secrets)
                    {
                        Assert.That(line, Does.Not.Contain(secret), "a credential or token reached the log");
                    }
                    Assert.That(Md5Hex.IsMatch(line), Is.False, $"a signature-shaped value reached the log: {line}");
                }
            }
        }
    }
}
