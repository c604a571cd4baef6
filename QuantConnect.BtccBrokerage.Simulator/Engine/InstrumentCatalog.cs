/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>
    /// The simulator's symbollist: realistic USDT perpetuals under the account group segment <c>MIN</c>,
    /// including several leverage paths of one ticker and one instrument of each restricted trading mode. BTCC's
    /// live dictionary lists one contract per pair at its maximum leverage; whether an account's symbollist does too
    /// is unknown, so both shapes are offered.
    /// </summary>
    public static class InstrumentCatalog
    {
        private const string Prefix = "GWFX/USDT/GTS/MM/MIN/0/A/";

        /// <summary>
        /// Builds the instrument list (same ids every time): one path per leverage, or with
        /// <paramref name="onePathPerPair"/> only each pair's highest-leverage path.
        /// </summary>
        public static IReadOnlyList<SimulatedInstrument> Create(bool onePathPerPair = false)
        {
            var all = CreateAll();
            return onePathPerPair
                ? all.GroupBy(i => i.Ticker).Select(g => g.MaxBy(i => i.Leverage)!).ToList()
                : all;
        }

        private static IReadOnlyList<SimulatedInstrument> CreateAll() =>
        [
            Make(364, "BTCUSDT", 5, 1430475842, 2, 0.001m, 0.001m, 50m, 1, "BTC", 60_000m, "0.01;0.1;0.5;1"),
            Make(365, "BTCUSDT", 20, 1430475842, 2, 0.001m, 0.001m, 50m, 1, "BTC", 60_000m, "0.01;0.1;0.5;1"),
            Make(366, "BTCUSDT", 100, 1430475842, 2, 0.001m, 0.001m, 20m, 1, "BTC", 60_000m, "0.01;0.1;0.5;1"),
            Make(371, "ETHUSDT", 5, 1430475877, 2, 0.01m, 0.01m, 500m, 1, "ETH", 3_000m, "0.1;0.5;1;20"),
            Make(372, "ETHUSDT", 50, 1430475877, 2, 0.01m, 0.01m, 200m, 1, "ETH", 3_000m, "0.1;0.5;1;20"),
            Make(381, "SOLUSDT", 10, 1430476010, 3, 0.1m, 0.1m, 5_000m, 1, "SOL", 150m, "1;5;10;50"),
            // Buy-only, sell-only and suspended markets, so restricted trading modes can be exercised.
            Make(391, "DOGEUSDT", 20, 1430476155, 5, 100m, 100m, 1_000_000m, 1, "DOGE", 0.15m, "100;1000;5000;10000", tradable: 2),
            Make(392, "XRPUSDT", 20, 1430476201, 4, 10m, 10m, 500_000m, 1, "XRP", 0.6m, "10;100;500;1000", tradable: 3),
            Make(393, "LTCUSDT", 10, 1430476288, 2, 0.1m, 0.1m, 5_000m, 1, "LTC", 80m, "1;5;10;50", tradable: 0),
        ];

        private static SimulatedInstrument Make(int id, string ticker, int leverage, long codeId, int digits, decimal min,
            decimal step, decimal max, decimal contractSize, string baseCurrency, decimal price, string volumesList, int tradable = 1) =>
            new(id, $"{Prefix}{ticker}{leverage}x", ticker, leverage, codeId, digits, min, step, max, contractSize, tradable,
                baseCurrency, price, volumesList);
    }
}
