/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// The trading endpoints' objects, field for field as BTCC documents them (snake_case, JSON numbers except
    /// <c>account_no</c> and <c>symbol</c>). Written by hand, independent of the plugin's wire models.
    /// </summary>
    internal static class WireFormat
    {
        /// <summary>An <c>account</c> object (login and account endpoints carry the same fields).</summary>
        public static JObject Account(BtccSimulatorOptions options, AccountState state) => new()
        {
            ["id"] = options.AccountId,
            ["userid"] = SessionStore.UserId,
            ["account_groupid"] = SessionStore.AccountGroupId,
            ["balance"] = state.Balance,
            ["equity"] = state.Equity,
            ["margin"] = state.Margin,
            ["free_margin"] = state.FreeMargin,
            ["margin_level"] = state.MarginLevel,
            ["margin_stopout"] = AccountGroupStopOut,
            ["account_no"] = options.AccountNo,
            ["positions"] = state.Positions,
            ["bonus"] = 0m,
            ["status"] = 0
        };

        /// <summary>Stop-out margin level in percent.</summary>
        public const int AccountGroupStopOut = 50;

        /// <summary>
        /// A position. The single-position replies (open/close/update) carry <c>symbolid</c> and <c>pos_type</c>;
        /// positionlist items carry <c>deal_id</c> instead — exactly as the docs print them.
        /// </summary>
        public static JObject Position(BtccSimulatorOptions options, SimulatedPosition p, decimal profit, bool listItem)
        {
            var json = new JObject
            {
                ["accountid"] = options.AccountId,
                ["close_price"] = p.ClosePrice,
                ["close_time"] = p.CloseTime?.ToUnixTimeSeconds() ?? 0,
                ["commission"] = p.Commission,
                ["direction"] = p.Direction,
                ["exec_commission"] = p.ExecCommission,
                ["exec_price"] = p.ExecPrice,
                ["exec_profit"] = p.ExecProfit,
                ["exec_swap"] = p.Swap,
                ["exec_time"] = p.ExecTime.ToUnixTimeSeconds(),
                ["exec_volume"] = p.ExecVolume,
                ["groupid"] = SessionStore.AccountGroupId,
                ["id"] = p.Id,
                ["init_volume"] = p.InitVolume,
                ["msg"] = "",
                ["open_price"] = p.OpenPrice,
                ["open_time"] = p.OpenTime.ToUnixTimeSeconds(),
                ["order_refid"] = p.OrderRefId,
                ["profit"] = profit,
                ["rate"] = 1m,
                ["ref_accid"] = p.RefAccountId,
                ["status"] = p.Status,
                ["stop_loss"] = p.StopLoss,
                ["swap"] = p.Swap,
                ["symbol"] = p.Instrument.Path
            };
            if (!listItem) json["symbolid"] = p.Instrument.Id;
            json["take_profit"] = p.TakeProfit;
            json["volume"] = p.Volume;
            if (listItem) json["deal_id"] = p.DealId;
            json["open_margin"] = p.OpenMargin;
            json["multiple"] = p.Multiple;
            if (!listItem) json["pos_type"] = 1;
            return json;
        }

        /// <summary>A pending order (openpending/updatepending/cancelpending reply and orderList item). No position link.</summary>
        public static JObject Order(BtccSimulatorOptions options, SimulatedOrder o) => new()
        {
            ["accountid"] = options.AccountId,
            ["direction"] = o.Direction,
            ["execute_price"] = o.ExecutePrice,
            ["execute_time"] = o.ExecuteTime?.ToUnixTimeSeconds() ?? 0,
            ["execute_volume"] = o.ExecuteVolume,
            ["expire_time"] = 0,
            ["expire_type"] = 3,
            ["groupid"] = SessionStore.AccountGroupId,
            ["id"] = o.Id,
            ["init_volume"] = o.InitVolume,
            ["request_price"] = o.RequestPrice,
            ["request_time"] = o.RequestTime.ToUnixTimeSeconds(),
            ["request_volume"] = o.RequestVolume,
            ["status"] = o.Status,
            ["stop_loss"] = o.StopLoss,
            ["symbol"] = o.Instrument.Path,
            ["take_profit"] = o.TakeProfit,
            ["type"] = o.Type,
            ["multiple"] = o.Multiple
        };

        /// <summary>A dealTodayList/profitTodayList item. <c>direction</c> is the executed side; status is always 1.</summary>
        public static JObject Deal(BtccSimulatorOptions options, SimulatedDeal d) => new()
        {
            ["accountid"] = options.AccountId,
            ["groupid"] = SessionStore.AccountGroupId,
            ["direction"] = d.Direction,
            ["exec_price"] = d.ExecPrice,
            ["exec_time"] = d.ExecTime.ToUnixTimeSeconds(),
            ["exec_volume"] = d.ExecVolume,
            ["id"] = d.Id,
            ["positionid"] = d.PositionId,
            ["profit"] = d.Profit,
            ["reason"] = d.Reason,
            ["src_price"] = d.SrcPrice,
            ["src_time"] = d.SrcTime.ToUnixTimeSeconds(),
            ["src_volume"] = d.SrcVolume,
            ["status"] = 1,
            ["swap"] = d.Swap,
            ["symbol"] = d.Instrument.Path,
            ["order_type"] = d.OrderType,
            ["commission"] = d.Commission,
            ["multiple"] = d.Multiple
        };
    }
}
