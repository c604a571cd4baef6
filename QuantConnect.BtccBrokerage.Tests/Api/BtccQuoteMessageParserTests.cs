/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    public class BtccQuoteMessageParserTests
    {
        [Test]
        public void ActionAfterDataIsStillRecognised()
        {
            var message = Encoding.UTF8.GetBytes("{\"data\":[{\"Y\":\"7\",\"A\":[\"2\"],\"B\":[\"1\"],\"T\":5,\"V\":\"3\",\"C\":\"1.5\"}],\"action\":\"tickinfo\"}");
            var ticks = new List<BtccTickInfo>();

            Assert.That(BtccQuoteMessageParser.GetKind(message), Is.EqualTo(BtccQuoteMessageKind.TickInfo));
            BtccQuoteMessageParser.ParseTickInfo(message, ticks);
            Assert.That(ticks.Single(), Is.EqualTo(new BtccTickInfo(7, 2m, 1m, 5, 3m, 1.5m)));
        }

        [Test]
        public void NumbersAreAcceptedWhereBtccDocumentsStrings()
        {
            var message = Encoding.UTF8.GetBytes("{\"action\":\"tickinfo\",\"data\":[{\"Y\":7,\"A\":[2.5],\"B\":[2.25],\"T\":\"5\",\"V\":1,\"C\":2.4}]}");
            var ticks = new List<BtccTickInfo>();

            BtccQuoteMessageParser.ParseTickInfo(message, ticks);

            Assert.That(ticks.Single(), Is.EqualTo(new BtccTickInfo(7, 2.5m, 2.25m, 5, 1m, 2.4m)));
        }

        [Test]
        public void UnknownActionIsReportedAsUnknown()
        {
            Assert.That(BtccQuoteMessageParser.GetKind("{\"action\":\"somethingNew\",\"data\":{}}"u8), Is.EqualTo(BtccQuoteMessageKind.Unknown));
        }

        [Test]
        public void TruncatedMessageThrowsJsonException()
        {
            var whole = Fixture.WebSocket("tickinfo.json");
            var truncated = whole.AsSpan(0, whole.Length / 2).ToArray();

            Assert.That(() => BtccQuoteMessageParser.ParseTickInfo(truncated, new List<BtccTickInfo>()), Throws.InstanceOf<JsonException>());
        }

        [Test]
        public void NonNumericPriceThrowsFormatException()
        {
            var message = Encoding.UTF8.GetBytes("{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"7\",\"A\":[\"abc\"],\"B\":[\"1\"],\"T\":5,\"V\":\"3\",\"C\":\"1\"}]}");

            Assert.That(() => BtccQuoteMessageParser.ParseTickInfo(message, new List<BtccTickInfo>()), Throws.InstanceOf<FormatException>());
        }
    }
}
