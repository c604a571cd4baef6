/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Every frame BTCC's live quote servers were seen to send (Fixtures/WebSocket/live) through the plugin's
    /// parser: what it is taken for and what is read from it.
    /// </summary>
    [TestFixture]
    public class LiveFrameFixtureTests
    {
        private static TestCaseData Row(string file, BtccQuoteMessageKind kind, string outcome)
            => new TestCaseData(file, kind, outcome).SetName($"Live frame {file} is read as {kind}: {outcome}");

        public static IEnumerable<TestCaseData> Frames()
        {
            yield return Row("login_result.json", BtccQuoteMessageKind.LoginResult, "LoginResult 0, Result 0, Seq 0, server time 1790138529");
            yield return Row("dictionary.json", BtccQuoteMessageKind.Dictionary,
                "Num 384: 3289142 BTC/USDT.100x, 65 BTC/USDC.500x, 3290417 1000BONK/USDT.20x, 3291003 BTC/USD.100x, 3592201 XAUUSD/USDX.500x");
            yield return Row("all_products.json", BtccQuoteMessageKind.AllProducts, "XAUUSD day 1 0-1379 1440-1440; BTCUSDT day 1 0-1439");
            yield return Row("tickinfo.json", BtccQuoteMessageKind.TickInfo, "3289142 bid 112834.4 ask 112834.5 last 112834.4 x 0.012 at 1790138530");
            yield return Row("tickinfo_deep.json", BtccQuoteMessageKind.TickInfoDeep,
                "3289142 7x7 levels, bid 112834.4 x 0.980, ask 112834.5 x 1.204, last 112834.4 x 0.012 at 1790138531");
            yield return Row("dealticksnap.json", BtccQuoteMessageKind.DealTickSnap, "20 trades of 3289142, newest 112834.4 x 0.012 at 1790138530");
            yield return Row("dealticksnap_unknown_id.json", BtccQuoteMessageKind.DealTickSnap, "no trades");
            yield return Row("keeplive.json", BtccQuoteMessageKind.KeepAlive, "heartbeat");
            yield return Row("reqsubcri_reply.txt", BtccQuoteMessageKind.Empty, "nothing");
        }

        [TestCaseSource(nameof(Frames))]
        public void LiveFrameIsRecognisedAndRead(string file, BtccQuoteMessageKind kind, string outcome)
        {
            var frame = Fixture.LiveWebSocket(file);

            Assert.That(BtccQuoteMessageParser.GetKind(frame), Is.EqualTo(kind));
            Assert.That(Read(kind, frame), Is.EqualTo(outcome));
        }

        [Test]
        public void LiveLoginReplyKeepsItsActionAndEnvelope()
        {
            var envelope = Envelope<BtccQuoteLoginResult>(Fixture.LiveWebSocket("login_result.json"));

            Assert.That((envelope.Code, envelope.Action, envelope.Msg, envelope.Uid), Is.EqualTo((0, "Login", "", "")));
            Assert.That((envelope.Data!.Year, envelope.Data.Month, envelope.Data.Day), Is.EqualTo((2026, 9, 23)));
        }

        [Test]
        public void TickInfoDeepWithNullBookFieldsReadsThemAsNoLevels()
        {
            var frame = Encoding.UTF8.GetBytes("{\"action\":\"tickinfo_deep\",\"data\":[{\"Y\":\"7\",\"A\":[\"2\"],\"B\":null,\"U\":[\"1\"],\"M\":null,\"T\":null,\"V\":null,\"C\":null,\"L\":null,\"I\":null,\"R\":null,\"E\":null}]}");
            var depths = new List<BtccDepth>();

            BtccQuoteMessageParser.ParseTickInfoDeep(frame, depths);

            var depth = depths.Single();
            Assert.That((depth.SecId, depth.Time, depth.Volume, depth.Last), Is.EqualTo((7L, 0L, 0m, 0m)));
            Assert.That(depth.AskPrices, Is.EqualTo(new[] { 2m }));
            Assert.That(depth.BidPrices, Is.Empty);
            Assert.That(depth.BidVolumes, Is.Empty);
        }

        [TestCase("{\"action\":\"Login\",\"data\":{\"LoginResult\":0}}", BtccQuoteMessageKind.LoginResult)]
        [TestCase("{\"data\":{\"LoginResult\":3},\"code\":0}", BtccQuoteMessageKind.LoginResult)]
        [TestCase("{\"action\":\"somethingElse\",\"data\":{\"LoginResult\":0}}", BtccQuoteMessageKind.LoginResult)]
        [TestCase("{\"action\":\"Dict\",\"data\":{\"Num\":0,\"DictInfo\":[]}}", BtccQuoteMessageKind.Dictionary)]
        [TestCase("{\"action\":\"All Products\",\"data\":[]}", BtccQuoteMessageKind.AllProducts)]
        [TestCase("{\"action\":\"AllProducts\",\"data\":[]}", BtccQuoteMessageKind.AllProducts)]
        [TestCase("{\"data\":[{\"weekday\":0,\"szname\":\"BTCUSDT\",\"schedule\":[]}]}", BtccQuoteMessageKind.AllProducts)]
        [TestCase("{\"data\":[{\"Y\":\"1\",\"A\":[\"2\"],\"B\":[\"1\"],\"U\":null,\"M\":null}]}", BtccQuoteMessageKind.TickInfo)]
        [TestCase("{\"data\":[{\"Y\":\"1\",\"A\":[\"2\"],\"U\":[\"3\"]}]}", BtccQuoteMessageKind.TickInfoDeep)]
        [TestCase("{\"data\":[{\"Y\":1,\"ItemCount\":0,\"Items\":null}]}", BtccQuoteMessageKind.DealTickSnap)]
        [TestCase("{\"action\":\"Login\",\"data\":{}}", BtccQuoteMessageKind.Unknown)]
        [TestCase("{\"action\":\"Dict\"}", BtccQuoteMessageKind.Unknown)]
        [TestCase(" \r\n", BtccQuoteMessageKind.Empty)]
        public void PacketIsRecognisedByItsDataWhateverItsAction(string frame, BtccQuoteMessageKind kind)
        {
            Assert.That(BtccQuoteMessageParser.GetKind(Encoding.UTF8.GetBytes(frame)), Is.EqualTo(kind));
        }

        private static string Read(BtccQuoteMessageKind kind, byte[] frame)
        {
            switch (kind)
            {
                case BtccQuoteMessageKind.LoginResult:
                    var login = Envelope<BtccQuoteLoginResult>(frame).Data!;
                    return $"LoginResult {login.LoginResult}, Result {login.Result}, Seq {login.Seq}, server time {login.Time}";
                case BtccQuoteMessageKind.Dictionary:
                    var dictionary = Envelope<BtccQuoteDictionary>(frame).Data!;
                    return $"Num {dictionary.Num}: " + string.Join(", ", dictionary.DictInfo.Select(p => $"{p.SecId} {p.ShortName}"));
                case BtccQuoteMessageKind.AllProducts:
                    return string.Join("; ", Envelope<List<BtccProductSchedule>>(frame).Data!.Select(d =>
                        $"{d.SzName} day {d.Weekday} " + string.Join(" ", d.Schedule.Select(s => $"{s.Begin}-{s.End}"))));
                case BtccQuoteMessageKind.TickInfo:
                    var ticks = new List<BtccTickInfo>();
                    BtccQuoteMessageParser.ParseTickInfo(frame, ticks);
                    return string.Join("; ", ticks.Select(t => $"{t.SecId} bid {D(t.Bid)} ask {D(t.Ask)} last {D(t.Last)} x {D(t.Volume)} at {t.Time}"));
                case BtccQuoteMessageKind.TickInfoDeep:
                    var depths = new List<BtccDepth>();
                    BtccQuoteMessageParser.ParseTickInfoDeep(frame, depths);
                    return string.Join("; ", depths.Select(d => $"{d.SecId} {d.BidPrices.Length}x{d.AskPrices.Length} levels, "
                        + $"bid {D(d.BidPrices[0])} x {D(d.BidVolumes[0])}, ask {D(d.AskPrices[0])} x {D(d.AskVolumes[0])}, last {D(d.Last)} x {D(d.Volume)} at {d.Time}"));
                case BtccQuoteMessageKind.DealTickSnap:
                    var deals = new List<BtccDealTick>();
                    BtccQuoteMessageParser.ParseDealTickSnap(frame, deals);
                    return deals.Count == 0 ? "no trades"
                        : $"{deals.Count} trades of {string.Join(",", deals.Select(d => d.SecId).Distinct())}, newest {D(deals[0].Price)} x {D(deals[0].Volume)} at {deals[0].Time}";
                case BtccQuoteMessageKind.KeepAlive:
                    return "heartbeat";
                case BtccQuoteMessageKind.Empty:
                    return "nothing";
                default:
                    return kind.ToString();
            }
        }

        private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static BtccQuoteEnvelope<T> Envelope<T>(byte[] frame)
            => JsonConvert.DeserializeObject<BtccQuoteEnvelope<T>>(Encoding.UTF8.GetString(frame),
                new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore })!;
    }
}
