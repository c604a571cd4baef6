/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Benchmarks
{
    /// <summary>A symbol list the size of a real BTCC account's: 60 instruments, 3 leverage variants each.</summary>
    internal static class BenchmarkInstruments
    {
        public const int Tickers = 60;

        public static readonly int[] Leverages = { 5, 20, 100 };

        public static string Ticker(int i) => $"C{i:000}USDT";

        public static string Path(string ticker, int leverage) => $"GWFX/USDT/GTS/MM/MIN/0/A/{ticker}{leverage}x";

        public static List<BtccSymbolInfo> Create()
        {
            var list = new List<BtccSymbolInfo>();
            var id = 1;
            for (var i = 0; i < Tickers; i++)
            {
                foreach (var leverage in Leverages)
                {
                    list.Add(new BtccSymbolInfo
                    {
                        Id = id,
                        Name = Path(Ticker(i), leverage),
                        CodeId = 3_000_000 + id,
                        Digits = 2,
                        VolumesMin = 0.001m,
                        VolumesStep = 0.001m,
                        VolumesMax = 50m,
                        ContractSize = 1m,
                        Tradable = BtccTradable.Yes
                    });
                    id++;
                }
            }
            return list;
        }
    }
}
