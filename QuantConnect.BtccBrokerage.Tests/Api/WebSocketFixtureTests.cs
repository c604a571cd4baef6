/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Every documented quote-websocket message the plugin reads parsed field by field, and every request it sends
    /// written as documented. The board snapshot (ReqRealPanel and its Panel reply) is documented but never asked for.
    /// </summary>
    [TestFixture]
    public class WebSocketFixtureTests
    {
        [Test]
        public void TickInfoReadsStringValuesAndOneElementAskBidArrays()
        {
            var message = Fixture.WebSocket("tickinfo.json");
            var ticks = new List<BtccTickInfo>();

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.TickInfo));
            Assert.That(BtccQuoteMessageParser.ParseTickInfo(message, ticks), Is.EqualTo(1));
            Assert.That(ticks[0], Is.EqualTo(new BtccTickInfo(3159350, 27421.52m, 27421.02m, 1693383923, 1.34m, 27421.27m)));
        }

        [Test]
        public void TickInfoDeepReadsSevenLevelsOfEveryArray()
        {
            var message = Fixture.WebSocket("tickinfo_deep.json");
            var depths = new List<BtccDepth>();

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.TickInfoDeep));
            Assert.That(BtccQuoteMessageParser.ParseTickInfoDeep(message, depths), Is.EqualTo(1));
            var depth = depths[0];
            Assert.That(depth.SecId, Is.EqualTo(12856));
            Assert.That(depth.Time, Is.EqualTo(1676960685));
            Assert.That(depth.Volume, Is.EqualTo(36.00m));
            Assert.That(depth.Last, Is.EqualTo(315.41m));
            Assert.That(depth.AskPrices, Is.EqualTo(new[] { 316.04m, 316.07m, 316.20m, 316.26m, 316.29m, 316.38m, 316.43m }));
            Assert.That(depth.BidPrices, Is.EqualTo(new[] { 314.78m, 314.74m, 314.69m, 314.63m, 314.59m, 314.53m, 314.47m }));
            Assert.That(depth.AskVolumes, Is.EqualTo(new[] { 651m, 451m, 613m, 684m, 594m, 684m, 417m }));
            Assert.That(depth.BidVolumes, Is.EqualTo(new[] { 1105m, 467m, 479m, 638m, 723m, 752m, 463m }));
            Assert.That(depth.AskCumulativeVolumes, Is.EqualTo(new[] { 651m, 1102m, 1715m, 2399m, 2993m, 3677m, 4094m }));
            Assert.That(depth.BidCumulativeVolumes, Is.EqualTo(new[] { 1105m, 1572m, 2051m, 2689m, 3412m, 4164m, 4627m }));
            Assert.That(depth.AskCumulativeRatios, Is.EqualTo(new[] { 0.11m, 0.19m, 0.30m, 0.42m, 0.53m, 0.65m, 0.72m }));
            Assert.That(depth.BidCumulativeRatios, Is.EqualTo(new[] { 0.16m, 0.23m, 0.30m, 0.40m, 0.51m, 0.62m, 0.69m }));
        }

        [Test]
        public void DealTickSnapReadsNumericTradesOfTheItem()
        {
            var message = Fixture.WebSocket("dealticksnap.json");
            var deals = new List<BtccDealTick>();

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.DealTickSnap));
            Assert.That(BtccQuoteMessageParser.ParseDealTickSnap(message, deals), Is.EqualTo(2));
            Assert.That(deals, Is.EqualTo(new[]
            {
                new BtccDealTick(3223607, 27417.81m, 0.25m, 1693383923),
                new BtccDealTick(3223607, 27417.81m, 0.19m, 1693383922)
            }));
        }

        [Test]
        public void DealTickSnapItemWhoseSecIdFollowsItsTradesStillNamesEveryTrade()
        {
            var message = System.Text.Encoding.UTF8.GetBytes(
                "{\"action\":\"dealticksnap\",\"data\":[{\"ItemCount\":2,\"Items\":[{\"P\":1.5,\"V\":2,\"T\":10},{\"P\":1.6,\"V\":3,\"T\":11}],\"Y\":42}," +
                "{\"Y\":43,\"Items\":[{\"P\":7,\"V\":1,\"T\":12}]}]}");
            var deals = new List<BtccDealTick>();

            Assert.That(BtccQuoteMessageParser.ParseDealTickSnap(message, deals), Is.EqualTo(3));
            Assert.That(deals, Is.EqualTo(new[]
            {
                new BtccDealTick(42, 1.5m, 2m, 10),
                new BtccDealTick(42, 1.6m, 3m, 11),
                new BtccDealTick(43, 7m, 1m, 12)
            }));
        }

        [Test]
        public void KlineReplyReadsHeaderAndBars()
        {
            var message = Fixture.WebSocket("kline.json");

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.Kline));
            var reply = BtccQuoteMessageParser.ParseKline(message);
            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo(""));
            Assert.That(reply.Uid, Is.EqualTo("tradeChart"));
            Assert.That(reply.Seq, Is.EqualTo(0));
            Assert.That(reply.StartTime, Is.EqualTo(1693364160));
            Assert.That(reply.CodeId, Is.EqualTo(3355958));
            Assert.That(reply.Interval, Is.EqualTo((int)BtccKlineInterval.Minute));
            Assert.That(reply.Count, Is.EqualTo(1));
            Assert.That(reply.Bars, Is.EqualTo(new[] { new BtccKline(1566721800, 0.27365m, 0.27375m, 0.2735m, 0.27355m, 0m) }));
        }

        [Test]
        public void KeepAliveReplyIsRecognisedByItsLowerCaseAction()
        {
            Assert.That(BtccQuoteMessageParser.GetKind(Fixture.WebSocket("keeplive.json")), Is.EqualTo(BtccQuoteMessageKind.KeepAlive));
        }

        [Test]
        public void LoginResultPacketWithoutActionIsRecognisedAndRead()
        {
            var message = Fixture.WebSocket("login_result.json");

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.LoginResult));
            var envelope = JsonConvert.DeserializeObject<BtccQuoteEnvelope<BtccQuoteLoginResult>>(System.Text.Encoding.UTF8.GetString(message))!;
            Assert.That(envelope.Code, Is.EqualTo(0));
            Assert.That(envelope.Msg, Is.EqualTo(""));
            Assert.That(envelope.Action, Is.Null);
            var data = envelope.Data!;
            Assert.That(data.Result, Is.EqualTo(4));
            Assert.That(data.DataSourceState, Is.EqualTo(0));
            Assert.That(data.LoginResult, Is.EqualTo(0));
            Assert.That(data.Reserve, Is.EqualTo(0));
            Assert.That(data.Token, Is.EqualTo(""));
            Assert.That(data.Seq, Is.EqualTo(1234));
            Assert.That(data.Year, Is.EqualTo(2019));
            Assert.That(data.Month, Is.EqualTo(10));
            Assert.That(data.Day, Is.EqualTo(24));
            Assert.That(data.Time, Is.EqualTo(1571910061));
        }

        [Test]
        public void DictionaryPacketWithoutActionIsRecognisedAndRead()
        {
            var message = Fixture.WebSocket("dictionary.json");

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.Dictionary));
            var envelope = JsonConvert.DeserializeObject<BtccQuoteEnvelope<BtccQuoteDictionary>>(System.Text.Encoding.UTF8.GetString(message))!;
            Assert.That(envelope.Code, Is.EqualTo(0));
            Assert.That(envelope.Msg, Is.EqualTo(""));
            Assert.That(envelope.Data!.Num, Is.EqualTo(151));
            var product = envelope.Data.DictInfo.Single();
            Assert.That(product.SecId, Is.EqualTo(3158070));
            Assert.That(product.ShortName, Is.EqualTo("BCH/USDTW"));
            Assert.That(product.Big, Is.EqualTo("10;11;12;"));
            Assert.That(product.Gb, Is.EqualTo(" "));
            Assert.That(product.Digit, Is.EqualTo(2));
            Assert.That(product.Pips, Is.EqualTo(0));
            Assert.That(product.Zone, Is.EqualTo(6));
            Assert.That(product.Type, Is.EqualTo(8));
            Assert.That(product.TimeType, Is.EqualTo(1));
            Assert.That(product.CompanyType, Is.EqualTo(1));
            Assert.That(product.CallOrPutFlag, Is.EqualTo(0));
            Assert.That(product.New64CompanyType, Is.EqualTo(1));
            Assert.That(product.XlsStartEndTimeRange.StartTime, Is.EqualTo(0));
            Assert.That(product.XlsStartEndTimeRange.EndTime, Is.EqualTo(1440));
            Assert.That(product.DlsStartEndTimeRange.StartTime, Is.EqualTo(0));
            Assert.That(product.DlsStartEndTimeRange.EndTime, Is.EqualTo(1440));
        }

        [Test]
        public void AllProductsPacketReadsWeekdaySchedules()
        {
            var message = Fixture.WebSocket("all_products.json");

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.AllProducts));
            var envelope = JsonConvert.DeserializeObject<BtccQuoteEnvelope<List<BtccProductSchedule>>>(System.Text.Encoding.UTF8.GetString(message))!;
            Assert.That(envelope.Action, Is.EqualTo("AllProducts"));
            var days = envelope.Data!;
            Assert.That(days.Select(d => d.Weekday), Is.EqualTo(new[] { 0, 1, 3 }));
            Assert.That(days.Select(d => d.XlsOrDls), Is.All.EqualTo(0));
            Assert.That(days.Select(d => d.SzName), Is.All.EqualTo("AAPLUSDT"));
            Assert.That(days.Select(d => (d.Schedule.Single().Begin, d.Schedule.Single().End)), Is.EqualTo(new[] { (0, 1439), (0, 1439), (0, 0) }));
        }

        [Test]
        public void APanelReplyThePluginNeverAsksForReadsAsUnknown()
        {
            // the plugin sends no ReqRealPanel; should a board snapshot arrive, its rows (CodeId, prices) are no tick
            Assert.That(BtccQuoteMessageParser.GetKind(Fixture.WebSocket("panel.json")), Is.EqualTo(BtccQuoteMessageKind.Unknown));
        }

        [Test]
        public void LoginRequestIsWrittenAsDocumentedWithoutAction()
        {
            var documented = Json(Fixture.WebSocket("login_request.json"));
            var written = Json(BtccQuoteRequests.Login("86000402", "55117c2a-84cb-44b1-b179-24273a304c48"));

            Assert.That(JToken.DeepEquals(written, documented), Is.True, written.ToString());
            Assert.That(written["action"], Is.Null);
        }

        [Test]
        public void KeepAliveRequestIsWrittenAsDocumented()
        {
            Assert.That(JToken.DeepEquals(Json(BtccQuoteRequests.KeepAlive()), Json(Fixture.WebSocket("keeplive_request.json"))), Is.True);
        }

        [Test]
        public void SubscribeRequestSendsSecIdsAsStringsWithDepth()
        {
            var written = Json(BtccQuoteRequests.Subscribe(new long[] { 3223607, 3159350, 3355958, 3487030 }, 3223607));

            Assert.That(JToken.DeepEquals(written, Json(Fixture.WebSocket("reqsubcri_request.json"))), Is.True, written.ToString());
        }

        [Test]
        public void SubscribeRequestAddsTheDepthSecIdToTheSymbols()
        {
            var written = Json(BtccQuoteRequests.Subscribe(new long[] { 1 }, 2));

            Assert.That(written["symbols"]!.Values<string>(), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(written["deep"]!.Value<string>(), Is.EqualTo("2"));
        }

        [Test]
        public void KlineRequestSendsNumericCode()
        {
            var written = Json(BtccQuoteRequests.Kline(3355958, 35, 1693366559, 1693384559));

            Assert.That(JToken.DeepEquals(written, Json(Fixture.WebSocket("reqkline_request.json"))), Is.True, written.ToString());
        }

        private static JToken Json(byte[] utf8) => JToken.Parse(System.Text.Encoding.UTF8.GetString(utf8));
    }
}
