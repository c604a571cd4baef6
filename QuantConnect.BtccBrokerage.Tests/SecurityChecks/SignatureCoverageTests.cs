/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net.Http;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Brokerages.Btcc.Tests.Simulator;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.SecurityChecks
{
    /// <summary>
    /// The MD5 signature covers every parameter actually sent: requests of every endpoint the client uses
    /// are captured at a loopback proxy and their sign recomputed, independently of the client's signer,
    /// over every query parameter except sign; and changing or dropping any single parameter of a captured
    /// request makes the simulator refuse it as wrongly signed.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class SignatureCoverageTests
    {
        private SimulatorHarness _harness = null!;
        private RecordingProxy _proxy = null!;
        private RecordingProxy.Captured[] _captured = null!;

        [OneTimeSetUp]
        public async Task CaptureASessionAsync()
        {
            _harness = await SimulatorHarness.StartAsync();
            _proxy = await RecordingProxy.StartAsync(_harness.Simulator.RestUrl);
            var settings = _harness.Settings;
            settings.RestUrl = _proxy.Url;
            using var client = new BtccRestApiClient(settings);
            var btc = _harness.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT");
            var (bid, _) = _harness.Simulator.GetQuote("BTCUSDT");

            await client.LoginAsync();
            await client.KeepAliveAsync();
            await client.GetSymbolListAsync();
            await client.GetAccountGroupAsync();
            await client.GetAccountAsync();
            var position = await client.OpenPositionAsync(new BtccOpenPositionRequest(btc.Path, BtccDirection.Buy, 0.01m, 0m, btc.Leverage, 77));
            await client.GetPositionListAsync(1, 10);
            await client.ClosePositionAsync(new BtccClosePositionRequest(position.Id, BtccDirection.Sell, btc.Path, 0.01m, 0m) { RefId = 78 });
            var pending = await client.OpenPendingAsync(new BtccOpenPendingRequest(btc.Path, BtccDirection.Buy, BtccPendingOrderType.LimitOpen, 0.01m, Math.Round(bid * 0.5m, 2), btc.Leverage));
            await client.UpdatePendingAsync(new BtccUpdatePendingRequest(pending.Id, BtccDirection.Buy, BtccPendingUpdateType.Limit, 0.02m, Math.Round(bid * 0.4m, 2)) { Symbol = btc.Path });
            await client.GetOrderListAsync();
            await client.CancelPendingAsync(pending.Id);
            await client.GetDealTodayListAsync();
            await client.GetProfitTodayListAsync();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var query = new BtccHistoryQuery { BeginTime = now - 86_400_000, EndTime = now, Symbol = btc.Path };
            await client.GetTradeReportAsync(query);
            await client.GetHisOrderAsync(query);
            await client.GetProfitReportAsync(query);
            _captured = _proxy.Requests.ToArray();
        }

        [OneTimeTearDown]
        public async Task StopAsync()
        {
            await _proxy.DisposeAsync();
            await _harness.DisposeAsync();
        }

        private static List<KeyValuePair<string, string>> ParseQuery(string raw)
            => raw.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('=', 2))
                .Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : string.Empty)))
                .ToList();

        private static string BuildQuery(IEnumerable<KeyValuePair<string, string>> parameters)
            => string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

        [Test]
        public void EveryEndpointTheClientUsesWasCaptured()
        {
            var paths = _captured.Select(c => c.Path).Distinct().ToList();

            Assert.That(paths, Is.SupersetOf(new[]
            {
                "/v1/user/login", "/v1/user/keepalive", "/v1/config/symbollist", "/v1/config/accountgroup", "/v1/account/account",
                "/v1/account/openposition", "/v1/account/positionlist", "/v1/account/closeposition",
                "/v1/account/openpending", "/v1/account/updatepending", "/v1/account/orderList", "/v1/account/cancelpending",
                "/v1/account/dealTodayList", "/v1/account/profitTodayList", "/v1/user/getTradeReport", "/v1/user/getHisOrder",
                "/v1/user/getProfitReport"
            }));
        }

        [Test]
        public void SignatureOfEveryCapturedRequestCoversEverySentParameter()
        {
            Assert.That(_captured, Is.Not.Empty);
            foreach (var request in _captured)
            {
                var parameters = ParseQuery(request.RawQuery);
                var signs = parameters.Where(p => p.Key == "sign").ToList();
                Assert.That(signs, Has.Count.EqualTo(1), $"{request.Path}: exactly one sign");
                Assert.That(parameters.Select(p => p.Key), Has.No.Member("secret_key"), $"{request.Path}: the secret is never sent");
                Assert.That(parameters.Select(p => p.Key), Is.Unique, $"{request.Path}: no parameter sent twice");
                Assert.That(request.BodyLength, Is.Zero, $"{request.Path}: every parameter is in the query");

                var unsigned = parameters.Where(p => p.Key != "sign").ToDictionary(p => p.Key, p => p.Value);
                Assert.That(signs[0].Value, Is.EqualTo(TestSigner.Sign(unsigned, _harness.Settings.ApiSecret)),
                    $"{request.Method} {request.Path}: sign recomputed over [{string.Join(", ", unsigned.Keys)}]");
            }
        }

        public static IEnumerable<TestCaseData> TamperedPaths()
        {
            foreach (var path in new[]
            {
                "/v1/user/login", "/v1/user/keepalive", "/v1/account/account", "/v1/account/openposition", "/v1/account/closeposition",
                "/v1/account/openpending", "/v1/account/updatepending", "/v1/account/cancelpending", "/v1/user/getTradeReport"
            })
            {
                yield return new TestCaseData(path).SetName($"Signature: changing or dropping any parameter of {path} => refused (code 202 wrong sign)");
            }
        }

        [TestCaseSource(nameof(TamperedPaths))]
        public async Task TamperingAnySingleParameterIsRefused(string path)
        {
            var request = _captured.First(c => c.Path == path);
            var parameters = ParseQuery(request.RawQuery);
            using var http = new HttpClient { BaseAddress = _harness.Simulator.RestUrl };
            var tradesBefore = _harness.Simulator.Snapshot().Deals.Count;

            foreach (var target in parameters.Where(p => p.Key != "sign").Select(p => p.Key))
            {
                var changed = parameters.Select(p => p.Key == target ? new KeyValuePair<string, string>(p.Key, Tamper(p.Value)) : p);
                var dropped = parameters.Where(p => p.Key != target);
                foreach (var (what, query) in new[] { ("changed", BuildQuery(changed)), ("dropped", BuildQuery(dropped)) })
                {
                    using var message = new HttpRequestMessage(new HttpMethod(request.Method), $"{path}?{query}");
                    using var reply = await http.SendAsync(message);
                    var code = JObject.Parse(await reply.Content.ReadAsStringAsync()).Value<int>("code");
                    // login looks the api_key up before it can check a signature made with that key's secret
                    var expected = target == "api_key"
                        ? Is.EqualTo(SimulatorErrorCodes.WrongSign).Or.EqualTo(SimulatorErrorCodes.WrongApiKey).Or.EqualTo(SimulatorErrorCodes.InvalidParameter)
                        : Is.EqualTo(SimulatorErrorCodes.WrongSign);
                    Assert.That(code, expected, $"{path}: '{target}' {what}");
                }
            }
            Assert.That(_harness.Simulator.Snapshot().Deals, Has.Count.EqualTo(tradesBefore), "no tampered request traded");
        }

        [Test]
        public async Task AnUntamperedReplayOfACapturedReadIsAccepted()
        {
            // the control for the tampering rows: the same request, unchanged, passes the signature check
            var request = _captured.Last(c => c.Path == "/v1/config/symbollist");
            using var http = new HttpClient { BaseAddress = _harness.Simulator.RestUrl };

            using var reply = await http.GetAsync($"{request.Path}?{request.RawQuery}");

            Assert.That(JObject.Parse(await reply.Content.ReadAsStringAsync()).Value<int>("code"), Is.Not.EqualTo(SimulatorErrorCodes.WrongSign));
        }

        private static string Tamper(string value)
            => value.Length > 0 && char.IsAsciiDigit(value[^1])
                ? value[..^1] + (char)('0' + (value[^1] - '0' + 1) % 10)
                : value + "x";
    }
}
