/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Tests.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Data
{
    /// <summary>BTCC's documented quote payloads to LEAN ticks.</summary>
    [TestFixture]
    public class BtccTickConverterTests
    {
        private static readonly Symbol Btc = DataFeedHarness.Btc;

        [OneTimeSetUp]
        public void RegisterMarket() => BtccMarket.Register();

        [Test]
        public void TickInfoBecomesAQuoteTickWithoutSizesAtTheExchangeSecond()
        {
            var items = new List<BtccTickInfo>();
            BtccQuoteMessageParser.ParseTickInfo(Fixture.WebSocket("tickinfo.json"), items);

            var tick = BtccTickConverter.ToQuoteTick(items[0], Btc, DateTimeZone.Utc);

            Assert.That(tick.TickType, Is.EqualTo(TickType.Quote));
            Assert.That((tick.BidPrice, tick.AskPrice), Is.EqualTo((27421.02m, 27421.52m)));
            Assert.That((tick.BidSize, tick.AskSize), Is.EqualTo((0m, 0m)));
            Assert.That(tick.Time, Is.EqualTo(new DateTime(2023, 8, 30, 8, 25, 23)));
            Assert.That(tick.Symbol, Is.EqualTo(Btc));
        }

        [Test]
        public void DepthBecomesAQuoteTickWithLevelZeroSizes()
        {
            var items = new List<BtccDepth>();
            BtccQuoteMessageParser.ParseTickInfoDeep(Fixture.WebSocket("tickinfo_deep.json"), items);

            var tick = BtccTickConverter.ToQuoteTick(items[0], Btc, DateTimeZone.Utc);

            Assert.That((tick.BidPrice, tick.BidSize), Is.EqualTo((314.78m, 1105.00m)));
            Assert.That((tick.AskPrice, tick.AskSize), Is.EqualTo((316.04m, 651.00m)));
            Assert.That(tick.Time, Is.EqualTo(DateTime.UnixEpoch.AddSeconds(1676960685)));
        }

        [Test]
        public void DealsBecomeTradeTicks()
        {
            var items = new List<BtccDealTick>();
            BtccQuoteMessageParser.ParseDealTickSnap(Fixture.WebSocket("dealticksnap.json"), items);

            var ticks = items.Select(d => BtccTickConverter.ToTradeTick(d, Btc, DateTimeZone.Utc)).ToList();

            Assert.That(ticks.Select(t => t.TickType), Is.All.EqualTo(TickType.Trade));
            Assert.That(ticks.Select(t => (t.Price, t.Quantity)), Is.EqualTo(new[] { (27417.81m, 0.25m), (27417.81m, 0.19m) }));
            Assert.That(ticks.Select(t => t.Time), Is.EqualTo(new[] { DateTime.UnixEpoch.AddSeconds(1693383923), DateTime.UnixEpoch.AddSeconds(1693383922) }));
        }

        [Test]
        public void TimesFollowTheExchangeTimeZone()
        {
            var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
            var deal = new BtccDealTick(1, 100m, 1m, 1693383923);

            var tick = BtccTickConverter.ToTradeTick(deal, Btc, newYork);

            Assert.That(tick.Time, Is.EqualTo(new DateTime(2023, 8, 30, 4, 25, 23)), "EDT is UTC-4");
        }
    }
}
