/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Tests.Symbols
{
    /// <summary>Instrument lists for symbol tests: BTCC's documented symbollist and built ones.</summary>
    internal static class BtccInstruments
    {
        /// <summary>The items of Fixtures/Rest/symbollist.json.</summary>
        public static IReadOnlyList<BtccSymbolInfo> FromFixture()
        {
            var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Rest", "symbollist.json");
            return JObject.Parse(File.ReadAllText(path))["symbols"]!.ToObject<List<BtccSymbolInfo>>()!;
        }

        /// <summary>One instrument of an account in group <paramref name="group"/>.</summary>
        public static BtccSymbolInfo Create(string code, int leverage, long id, long codeId, string group = "MIN",
            BtccTradable tradable = BtccTradable.Yes, int status = 0, int digits = 2, decimal volumesMin = 0.01m,
            decimal volumesStep = 0.01m, decimal contractSize = 1m, string profitCurrency = "USDT")
            => new()
            {
                Id = id,
                Name = $"GWFX/USDT/GTS/MM/{group}/0/A/{code}{leverage}x",
                CodeId = codeId,
                Tradable = tradable,
                Status = status,
                Digits = digits,
                VolumesMin = volumesMin,
                VolumesStep = volumesStep,
                VolumesMax = 100,
                ContractSize = contractSize,
                BaseCurrency = code.Replace(profitCurrency, string.Empty),
                ProfitCurrency = profitCurrency,
                MarginCurrency = profitCurrency,
                VolumesList = "0.1;0.5;1;20"
            };

        /// <summary>
        /// Several instruments with several leverage variants, listed out of order, in account group
        /// <paramref name="group"/>.
        /// </summary>
        public static List<BtccSymbolInfo> Multi(string group = "STD") => new()
        {
            Create("BTCUSDT", 20, 11, 1001, group),
            Create("ETHUSDT", 50, 21, 2002, group, digits: 2, volumesMin: 0.1m, volumesStep: 0.1m),
            Create("BTCUSDT", 100, 12, 1002, group),
            Create("BTCUSDT", 5, 10, 1000, group, volumesMin: 0.001m, volumesStep: 0.001m),
            Create("ETHUSDT", 5, 20, 2001, group, volumesMin: 0.1m, volumesStep: 0.1m),
            Create("SOLUSDT", 10, 30, 3001, group, digits: 3)
        };
    }
}
