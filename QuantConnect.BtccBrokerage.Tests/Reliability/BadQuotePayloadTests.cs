/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.Api;
using QuantConnect.Brokerages.Btcc.Tests.Api.Integration;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, quote websocket: malformed or truncated messages make the parser throw one of the
    /// exceptions the receive loop handles, and over a real loopback socket the client logs a warning
    /// (or a debug line for an unknown action; nothing for an empty frame, BTCC's live answer to a later
    /// ReqSubcri), raises nothing for the bad message and keeps going: the next good message still arrives.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BadQuotePayloadTests
    {
        public enum Outcome { Warning, Ignored, Quiet }

        private const string WarningText = "WARNING dropped a malformed message";
        private const string IgnoredText = "with an unknown action";

        private ScriptedQuoteServer _server = null!;
        private BtccQuoteWebSocketClient _client = null!;
        private LogCapture _log = null!;
        private readonly ConcurrentQueue<BtccTickInfo> _ticks = new();
        private readonly ConcurrentQueue<BtccDepth> _depths = new();
        private readonly ConcurrentQueue<BtccDealTick> _deals = new();
        private long _sentinel = 7_000_000;

        [OneTimeSetUp]
        public async Task ConnectAsync()
        {
            _log = new LogCapture();
            _server = await ScriptedQuoteServer.StartAsync();
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = _server.Url;
            _client = new BtccQuoteWebSocketClient(settings, "86000402");
            _client.TickReceived += _ticks.Enqueue;
            _client.DepthReceived += _depths.Enqueue;
            _client.DealReceived += _deals.Enqueue;
            await _client.ConnectAsync();
        }

        [OneTimeTearDown]
        public async Task DisconnectAsync()
        {
            await _client.DisposeAsync();
            await _server.DisposeAsync();
            _log.Dispose();
        }

        private static TestCaseData Row(string name, string payload, Outcome outcome = Outcome.Warning)
            => new TestCaseData(payload, outcome).SetName($"Quote message: {name} => {Logged(outcome)}, nothing raised, feed continues");

        private static string Logged(Outcome outcome) => outcome switch
        {
            Outcome.Warning => "warning logged",
            Outcome.Ignored => "debug line",
            _ => "nothing logged"
        };

        public static IEnumerable<TestCaseData> Rows()
        {
            yield return Row("empty", string.Empty, Outcome.Quiet);
            yield return Row("whitespace only", " \r\n", Outcome.Quiet);
            yield return Row("not JSON", "not json at all");
            yield return Row("lone brace", "{");
            yield return Row("top-level array", "[1,2,3]");
            yield return Row("truncated tickinfo", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"1\",\"A\":[\"x\"]");
            yield return Row("tickinfo price not a number", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"1\",\"A\":[\"abc\"],\"B\":[\"1\"],\"T\":1,\"V\":\"1\",\"C\":\"1\"}]}");
            yield return Row("tickinfo data is an object", "{\"action\":\"tickinfo\",\"data\":{\"Y\":\"1\"}}");
            yield return Row("tickinfo without data", "{\"action\":\"tickinfo\"}");
            yield return Row("tickinfo SecID beyond long", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"99999999999999999999999\",\"C\":\"1\"}]}");
            yield return Row("tickinfo fractional SecID", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":1.5,\"C\":\"1\"}]}");
            yield return Row("tickinfo escaped number", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"1\",\"C\":\"1\\u0030\"}]}");
            yield return Row("tickinfo good item then a bad one", "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"111\",\"C\":\"1\"},{\"Y\":\"oops\"}]}");
            yield return Row("tickinfo_deep level not an array", "{\"action\":\"tickinfo_deep\",\"data\":[{\"Y\":\"1\",\"A\":\"27421.5\"}]}");
            yield return Row("dealticksnap Items not an array", "{\"action\":\"dealticksnap\",\"data\":[{\"Y\":1,\"Items\":{\"P\":1}}]}");
            yield return Row("truncated dealticksnap", "{\"action\":\"dealticksnap\",\"data\":[{\"Y\":1,\"Items\":[{\"P\":1,\"V\":");
            yield return Row("Kline msg is a number", "{\"action\":\"Kline\",\"code\":0,\"msg\":5}");
            yield return Row("truncated Kline", "{\"action\":\"Kline\",\"code\":0,\"data\":{\"KdataInfo\":[{\"T\":1,");
            yield return Row("truncated login packet", "{\"data\":{\"LoginResult\":");
            yield return Row("unknown action", "{\"action\":\"brandNew\",\"data\":{}}", Outcome.Ignored);
            yield return Row("action is not a string", "{\"action\":5,\"data\":[]}", Outcome.Ignored);
        }

        /// <summary>What the receive loop does with a message, minus raising events.</summary>
        private static void Parse(byte[] message)
        {
            switch (BtccQuoteMessageParser.GetKind(message))
            {
                case BtccQuoteMessageKind.TickInfo: BtccQuoteMessageParser.ParseTickInfo(message, new List<BtccTickInfo>()); break;
                case BtccQuoteMessageKind.TickInfoDeep: BtccQuoteMessageParser.ParseTickInfoDeep(message, new List<BtccDepth>()); break;
                case BtccQuoteMessageKind.DealTickSnap: BtccQuoteMessageParser.ParseDealTickSnap(message, new List<BtccDealTick>()); break;
                case BtccQuoteMessageKind.Kline: BtccQuoteMessageParser.ParseKline(message); break;
                case BtccQuoteMessageKind.Unknown: throw new NotSupportedException("unknown action");
                case BtccQuoteMessageKind.Empty: break;
                default: throw new InvalidOperationException("not a market-data message");
            }
        }

        [TestCaseSource(nameof(Rows))]
        public void ParserThrowsAHandledException(string payload, Outcome outcome)
        {
            var handled = Throws.InstanceOf<JsonException>().Or.InstanceOf<FormatException>()
                .Or.InstanceOf<InvalidOperationException>().Or.InstanceOf<OverflowException>();

            Assert.That(() => Parse(Encoding.UTF8.GetBytes(payload)), outcome switch
            {
                Outcome.Warning => handled,
                Outcome.Ignored => Throws.TypeOf<NotSupportedException>(),
                _ => Throws.Nothing
            });
        }

        [TestCaseSource(nameof(Rows))]
        public async Task ReceiveLoopLogsAndKeepsGoing(string payload, Outcome outcome)
        {
            var sentinel = Interlocked.Increment(ref _sentinel);
            var warnings = _log.Count(WarningText);
            var ignored = _log.Count(IgnoredText);

            _server.Send(payload);
            _server.Send($"{{\"action\":\"tickinfo\",\"data\":[{{\"Y\":\"{sentinel}\",\"A\":[\"2\"],\"B\":[\"1\"],\"T\":1693383923,\"V\":\"1\",\"C\":\"1.5\"}}]}}");
            await SimulatorHarness.WaitUntilAsync(() => _ticks.Any(t => t.SecId == sentinel), TimeSpan.FromSeconds(10), "the good message after the bad one");

            Assert.That(_client.IsConnected, Is.True);
            Assert.That(_log.Count(WarningText) - warnings, Is.EqualTo(outcome == Outcome.Warning ? 1 : 0), "warnings for this message");
            Assert.That(_log.Count(IgnoredText) - ignored, Is.EqualTo(outcome == Outcome.Ignored ? 1 : 0), "debug lines for this message");
            Assert.That(_ticks.Select(t => t.SecId), Has.All.GreaterThan(7_000_000L), "nothing raised from a bad message");
            Assert.That(_depths, Is.Empty);
            Assert.That(_deals, Is.Empty);
        }
    }
}
