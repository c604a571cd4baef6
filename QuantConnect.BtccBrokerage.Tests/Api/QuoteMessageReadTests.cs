/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Buffers.Text;
using System.Text;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// <see cref="BtccQuoteMessageParser.Read"/>, the one pass over a quote message: the kind <see cref="BtccQuoteMessageParser.GetKind"/>
    /// names and the items the per-kind parsers read, for every recorded frame of both dialects; and its number reading.
    /// </summary>
    [TestFixture]
    public class QuoteMessageReadTests
    {
        public static IEnumerable<TestCaseData> Frames()
        {
            foreach (var file in new[] { "tickinfo.json", "tickinfo_deep.json", "dealticksnap.json", "kline.json", "keeplive.json", "login_result.json",
                         "dictionary.json", "all_products.json", "panel.json" })
            {
                yield return new TestCaseData(Fixture.WebSocket(file)).SetName($"PDF {file}");
            }
            foreach (var file in new[] { "tickinfo.json", "tickinfo_deep.json", "dealticksnap.json", "dealticksnap_unknown_id.json", "keeplive.json",
                         "login_result.json", "dictionary.json", "all_products.json", "reqsubcri_reply.txt" })
            {
                yield return new TestCaseData(Fixture.LiveWebSocket(file)).SetName($"live {file}");
            }
            foreach (var frame in new[]
                     {
                         "{\"data\":{\"LoginResult\":3},\"code\":0}", "{\"action\":\"somethingElse\",\"data\":{\"LoginResult\":0}}",
                         "{\"data\":[{\"Y\":\"1\",\"A\":[\"2\"],\"B\":[\"1\"],\"U\":null,\"M\":null}]}", "{\"data\":[{\"Y\":\"1\",\"A\":[\"2\"],\"U\":[\"3\"]}]}",
                         "{\"data\":[{\"Y\":1,\"ItemCount\":0,\"Items\":null}]}", "{\"action\":\"Login\",\"data\":{}}", "{\"action\":\"Dict\"}"
                     })
            {
                yield return new TestCaseData(Encoding.UTF8.GetBytes(frame)).SetName($"frame {frame}");
            }
        }

        [TestCaseSource(nameof(Frames))]
        public void OnePassNamesEveryFrameAsGetKindDoesAndReadsTheItemsTheParsersRead(byte[] frame)
        {
            var items = new BtccQuoteItems();

            var kind = BtccQuoteMessageParser.Read(frame, items);

            Assert.That(kind, Is.EqualTo(BtccQuoteMessageParser.GetKind(frame)));
            Assert.That(Show(items), Is.EqualTo(Show(Parsed(kind, frame))));
        }

        [Test]
        public void DataBeforeTheActionIsReadFromWhereItStarts()
        {
            var items = new BtccQuoteItems();

            var kind = BtccQuoteMessageParser.Read("{\"data\":[{\"Y\":\"7\",\"A\":[\"2.5\"],\"B\":[\"2.4\"],\"T\":5,\"V\":\"1\",\"C\":\"2.45\"}],\"action\":\"tickinfo\"}"u8, items);

            Assert.That(kind, Is.EqualTo(BtccQuoteMessageKind.TickInfo));
            Assert.That(items.Ticks, Is.EqualTo(new[] { new BtccTickInfo(7, 2.5m, 2.4m, 5, 1m, 2.45m) }));
        }

        [Test]
        public void EachReadStartsFromNoItems()
        {
            var items = new BtccQuoteItems();
            BtccQuoteMessageParser.Read(Fixture.WebSocket("tickinfo.json"), items);

            BtccQuoteMessageParser.Read(Fixture.WebSocket("keeplive.json"), items);

            Assert.That(items.Ticks, Is.Empty);
        }

        [TestCase("27421.52")]
        [TestCase("-0.5")]
        [TestCase("1.50")]
        [TestCase("0")]
        [TestCase("112834")]
        [TestCase("0.00000001")]
        [TestCase("123456789012345678")]
        [TestCase("1234567890123456789012")]
        [TestCase("1e5")]
        [TestCase("12.")]
        [TestCase("1.2.3")]
        [TestCase("-")]
        [TestCase("12a")]
        [TestCase(" 1")]
        public void DecimalsReadAsUtf8ParserReadsThemValueAndScale(string text)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var expected = Utf8Parser.TryParse(utf8, out decimal slow, out var consumed) && consumed == utf8.Length;

            var read = BtccQuoteMessageParser.TryParseDecimal(utf8, out var fast);

            Assert.That(read, Is.EqualTo(expected));
            if (expected)
            {
                Assert.That(decimal.GetBits(fast), Is.EqualTo(decimal.GetBits(slow)), $"{fast} and {slow}");
            }
        }

        private static BtccQuoteItems Parsed(BtccQuoteMessageKind kind, byte[] frame)
        {
            var items = new BtccQuoteItems();
            switch (kind)
            {
                case BtccQuoteMessageKind.TickInfo:
                    BtccQuoteMessageParser.ParseTickInfo(frame, items.Ticks);
                    break;
                case BtccQuoteMessageKind.TickInfoDeep:
                    BtccQuoteMessageParser.ParseTickInfoDeep(frame, items.Depths);
                    break;
                case BtccQuoteMessageKind.DealTickSnap:
                    BtccQuoteMessageParser.ParseDealTickSnap(frame, items.Deals);
                    break;
            }
            return items;
        }

        private static string Show(BtccQuoteItems items)
            => string.Join("; ", items.Ticks.Select(t => t.ToString())
                .Concat(items.Depths.Select(d => $"{d.SecId} {d.Time} {d.Volume} {d.Last} {string.Join(",", d.AskPrices)}/{string.Join(",", d.BidPrices)}/{string.Join(",", d.AskVolumes)}/{string.Join(",", d.BidVolumes)}"))
                .Concat(items.Deals.Select(d => d.ToString())));
    }
}
