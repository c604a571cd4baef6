/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Newtonsoft.Json.Linq;
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>
    /// Quote-websocket message bytes to LEAN ticks: the plugin's path (<see cref="BtccQuoteMessageParser.Read"/>, one pass
    /// over the UTF-8 bytes for the kind and the items, + <see cref="BtccTickConverter"/>) against a JObject-per-message baseline (decode, JObject.Parse,
    /// field access, Tick construction), for a <c>tickinfo</c> and a 20-trade <c>dealticksnap</c> message.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class QuoteMessageToTickBenchmarks
    {
        private const string TickInfoCategory = "tickinfo";
        private const string DealTickSnapCategory = "dealticksnap";

        private readonly BtccQuoteItems _items = new();
        private Symbol _symbol = null!;
        private DateTimeZone _timeZone = null!;
        private byte[] _tickInfo = null!;
        private byte[] _dealTickSnap = null!;

        /// <summary>Builds the messages in BTCC's documented shapes.</summary>
        [GlobalSetup]
        public void Setup()
        {
            BtccMarket.Register();
            _symbol = Symbol.Create("BTCUSDT", SecurityType.CryptoFuture, BtccMarket.Name);
            _timeZone = DateTimeZone.Utc;
            _tickInfo = Encoding.UTF8.GetBytes(
                "{\"action\":\"tickinfo\",\"data\":[{\"Y\":\"3159350\",\"A\":[\"27421.52\"],\"B\":[\"27421.02\"],\"T\":1693383923,\"V\":\"1.34\",\"C\":\"27421.27\"}]}");
            var items = string.Join(",", Enumerable.Range(0, 20).Select(i =>
                $"{{\"P\":{(27417.81m + i * 0.5m).ToString(CultureInfo.InvariantCulture)},\"V\":{(0.01m * (i + 1)).ToString(CultureInfo.InvariantCulture)},\"T\":{1693383923 - i}}}"));
            _dealTickSnap = Encoding.UTF8.GetBytes($"{{\"action\":\"dealticksnap\",\"data\":[{{\"Y\":3223607,\"ItemCount\":20,\"Items\":[{items}]}}]}}");
        }

        /// <summary>tickinfo through a JObject per message.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(TickInfoCategory)]
        public Tick? TickInfoJObject()
        {
            var message = JObject.Parse(Encoding.UTF8.GetString(_tickInfo));
            if ((string?)message["action"] != "tickinfo") return null;
            Tick? last = null;
            foreach (var item in (JArray)message["data"]!)
            {
                var time = DateTime.UnixEpoch.AddSeconds((long)item["T"]!).ConvertFromUtc(_timeZone);
                var bid = decimal.Parse((string)item["B"]![0]!, CultureInfo.InvariantCulture);
                var ask = decimal.Parse((string)item["A"]![0]!, CultureInfo.InvariantCulture);
                last = new Tick(time, _symbol, string.Empty, BtccTickConverter.ExchangeName, 0m, bid, 0m, ask);
            }
            return last;
        }

        /// <summary>tickinfo through the plugin's parser and converter.</summary>
        [Benchmark, BenchmarkCategory(TickInfoCategory)]
        public Tick? TickInfoParser()
        {
            if (BtccQuoteMessageParser.Read(_tickInfo, _items) != BtccQuoteMessageKind.TickInfo) return null;
            Tick? last = null;
            foreach (var item in _items.Ticks)
            {
                last = BtccTickConverter.ToQuoteTick(item, _symbol, _timeZone);
            }
            return last;
        }

        /// <summary>dealticksnap (20 trades) through a JObject per message.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(DealTickSnapCategory)]
        public Tick? DealTickSnapJObject()
        {
            var message = JObject.Parse(Encoding.UTF8.GetString(_dealTickSnap));
            if ((string?)message["action"] != "dealticksnap") return null;
            Tick? last = null;
            foreach (var item in (JArray)message["data"]!)
            {
                foreach (var trade in (JArray)item["Items"]!)
                {
                    var time = DateTime.UnixEpoch.AddSeconds((long)trade["T"]!).ConvertFromUtc(_timeZone);
                    last = new Tick(time, _symbol, string.Empty, BtccTickConverter.ExchangeName, (decimal)trade["V"]!, (decimal)trade["P"]!);
                }
            }
            return last;
        }

        /// <summary>dealticksnap (20 trades) through the plugin's parser and converter.</summary>
        [Benchmark, BenchmarkCategory(DealTickSnapCategory)]
        public Tick? DealTickSnapParser()
        {
            if (BtccQuoteMessageParser.Read(_dealTickSnap, _items) != BtccQuoteMessageKind.DealTickSnap) return null;
            Tick? last = null;
            foreach (var deal in _items.Deals)
            {
                last = BtccTickConverter.ToTradeTick(deal, _symbol, _timeZone);
            }
            return last;
        }
    }
}
