/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>
    /// The CPU cost of placing an order, without the network: a LEAN limit order is validated
    /// (<see cref="BtccOrderValidator"/>), translated (<see cref="BtccOrderTranslator"/>), its openpending
    /// parameters are formatted, signed (<see cref="BtccRequestSigner"/>) and written as the query string.
    /// The baseline validates and translates the same way but formats and signs naively (string.Format,
    /// a Dictionary sorted with LINQ, string.Join, MD5.Create, BitConverter).
    /// </summary>
    [MemoryDiagnoser]
    public class OrderPlacementBenchmarks
    {
        private const string Secret = "e8d24af2-1274-4fa1-a666-5a4ca7740afd";
        private const string Token = "00000011391572680255209";

        private LimitOrder _order = null!;
        private BtccSymbolInfo _instrument = null!;

        [GlobalSetup]
        public void Setup()
        {
            var market = BtccMarket.Register();
            _instrument = BenchmarkInstruments.Create()[0];
            var ticker = BenchmarkInstruments.Ticker(0);
            _order = new LimitOrder(Symbol.Create(ticker, SecurityType.CryptoFuture, market), 0.25m, 27_421.5m, new DateTime(2025, 1, 2));
        }

        private BtccOpenPendingStep Plan()
        {
            var verdict = BtccOrderValidator.Validate(_order, _instrument, isConnected: true);
            if (!verdict.IsValid)
            {
                throw new InvalidOperationException(verdict.Message);
            }
            return (BtccOpenPendingStep)BtccOrderTranslator.Translate(_order, Array.Empty<BtccTicket>())[0];
        }

        [Benchmark(Baseline = true)]
        public string Naive()
        {
            var step = Plan();
            var parameters = new Dictionary<string, string>
            {
                ["token"] = Token,
                ["accountid"] = string.Format(CultureInfo.InvariantCulture, "{0}", 320),
                ["symbol"] = _instrument.Name,
                ["direction"] = string.Format(CultureInfo.InvariantCulture, "{0}", step.Direction),
                ["type"] = string.Format(CultureInfo.InvariantCulture, "{0}", (int)step.Type),
                ["request_volume"] = string.Format(CultureInfo.InvariantCulture, "{0}", step.Volume.ToString("0.############################", CultureInfo.InvariantCulture)),
                ["request_price"] = string.Format(CultureInfo.InvariantCulture, "{0}", step.Price.ToString("0.############################", CultureInfo.InvariantCulture)),
                ["multiple"] = string.Format(CultureInfo.InvariantCulture, "{0}", 5)
            };
            var signed = string.Join("&", parameters.Append(new KeyValuePair<string, string>("secret_key", Secret))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
            using var md5 = MD5.Create();
            var sign = BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(signed))).Replace("-", string.Empty).ToLowerInvariant();
            parameters["sign"] = sign;
            return string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        }

        [Benchmark]
        public string Plugin()
        {
            var step = Plan();
            var parameters = new List<KeyValuePair<string, string>>(9)
            {
                new("token", Token),
                new("accountid", BtccWireFormat.Integer(320)),
                new("symbol", _instrument.Name),
                new("direction", BtccWireFormat.Integer((long)step.Direction)),
                new("type", BtccWireFormat.Integer((int)step.Type)),
                new("request_volume", BtccWireFormat.Decimal(step.Volume)),
                new("request_price", BtccWireFormat.Decimal(step.Price)),
                new("multiple", BtccWireFormat.Integer(5))
            };
            parameters.Add(new(BtccRequestSigner.SignName, BtccRequestSigner.Sign(parameters, Secret)));
            var query = new StringBuilder(256);
            foreach (var (name, value) in parameters)
            {
                if (query.Length > 0)
                {
                    query.Append('&');
                }
                query.Append(name).Append('=');
                BtccUrlEncoder.Append(query, value);
            }
            return query.ToString();
        }
    }
}
