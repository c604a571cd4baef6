/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>A symbollist item with every documented field (including the undocumented-meaning ones BTCC sends).</summary>
    internal static class SymbolFormat
    {
        private const long Created = 1_567_996_380;

        /// <summary>The symbollist item of <paramref name="i"/>.</summary>
        public static JObject Symbol(SimulatedInstrument i) => new()
        {
            ["id"] = i.Id,
            ["uuid"] = i.Id + 784,
            ["name"] = i.Path,
            ["enable"] = false,
            ["digits"] = i.Digits,
            ["volumes_min"] = i.VolumesMin,
            ["volumes_step"] = i.VolumesStep,
            ["volumes_max"] = i.VolumesMax,
            ["base_currency"] = i.BaseCurrency,
            ["profit_currency"] = "USDT",
            ["margin_currency"] = "USDT",
            ["tradable"] = i.Tradable,
            ["start_time"] = Created,
            ["expiry_time"] = 0,
            ["create_time"] = Created,
            ["status"] = 0,
            ["contract_size"] = i.ContractSize,
            ["symbol_margin_level"] = new JArray(MarginLevel(i)),
            // Commission values in percent of notional: taker 0.048, maker 0.030 (BTCC VIP0).
            ["commissions"] = new JArray(Commission(i, 1, ExchangeEngine.TakerRate * 100), Commission(i, 2, ExchangeEngine.MakerRate * 100)),
            ["long_swap"] = 1.0m,
            ["short_swap"] = 1.0m,
            ["stop_level"] = 1,
            ["maxstop_level"] = 1,
            ["three_days_swap"] = 1,
            ["pips_ratio"] = 1,
            ["spread"] = 0,
            ["spread_balance"] = 0,
            ["range_init"] = 0,
            ["code_id"] = i.CodeId,
            ["position_volumes_max"] = i.VolumesMax * 4,
            ["margin_initial"] = 0,
            ["calc_margin_type"] = 2,
            ["default_first"] = 0,
            ["volumes_list"] = i.VolumesList,
            ["max_pos_value"] = 0,
            ["gap_value"] = 0
        };

        private static JObject MarginLevel(SimulatedInstrument i)
        {
            // Margin rates in percent of notional implied by the path's leverage.
            var initial = Math.Round(100m / i.Leverage, 4);
            return new JObject
            {
                ["symbol_id"] = i.Id,
                ["range_min"] = 0,
                ["range_max"] = i.VolumesMax,
                ["margin_initial"] = initial,
                ["margin_maintenance"] = initial / 2,
                ["margin_stopout"] = Math.Round(initial * 0.3m, 4),
                ["margin_hedged"] = 100,
                ["special_margin_initial"] = 0,
                ["special_margin_maintenance"] = 0,
                ["special_margin_stopout"] = 0,
                ["special_margin_hedged"] = 0,
                ["holiday_margin_initial"] = initial,
                ["holiday_margin_maintenance"] = initial / 2,
                ["holiday_margin_stopout"] = Math.Round(initial * 0.3m, 4),
                ["holiday_margin_hedged"] = 25,
                ["create_time"] = Created,
                ["create_user_id"] = 2,
                ["modi_time"] = Created,
                ["modi_user_id"] = 2,
                ["status"] = 0
            };
        }

        private static JObject Commission(SimulatedInstrument i, int type, decimal percent) => new()
        {
            ["symbol_id"] = i.Id,
            ["commission_rebate"] = 0,
            ["trigger_mode"] = 2,
            ["type"] = type,
            ["method"] = 1,
            ["range_min"] = i.VolumesMin,
            ["range_max"] = 999999,
            ["value"] = percent,
            ["currency_type"] = 0,
            ["currency"] = "USDT",
            ["comment"] = type == 1 ? "taker" : "maker",
            ["status"] = 0
        };
    }
}
