/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// What the console shows, as one JSON document: the exchange's true state (account, tickets with their floating
    /// profit, pending orders, today's deals, prices), the REST traffic per endpoint and every fault knob.
    /// </summary>
    internal static class ConsoleState
    {
        /// <summary>Most of today's deals the state carries (newest first); the count says how many there are.</summary>
        public const int MaxDeals = 100;

        /// <summary>The state right now.</summary>
        public static JObject Of(BtccSimulator simulator)
        {
            var engine = simulator.Engine;
            var snapshot = simulator.Snapshot();
            var account = engine.Account();
            var today = snapshot.Deals.Where(d => !d.Settled).ToList();
            return new JObject
            {
                ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                ["rest"] = simulator.RestUrl.ToString(),
                ["websocket"] = simulator.WebSocketUrl.ToString(),
                ["dialect"] = simulator.Options.QuoteDialect.ToString().ToLowerInvariant(),
                ["quoteSockets"] = simulator.QuoteSocketCount,
                ["settlementTime"] = engine.SettlementTime.ToUnixTimeMilliseconds(),
                ["account"] = new JObject
                {
                    ["balance"] = account.Balance,
                    ["equity"] = account.Equity,
                    ["margin"] = account.Margin,
                    ["freeMargin"] = account.FreeMargin,
                    ["marginLevel"] = account.MarginLevel
                },
                ["positions"] = new JArray(snapshot.Positions.Select(p => Position(p, engine.Profit(p)))),
                ["pendingOrders"] = new JArray(snapshot.PendingOrders.Select(Order)),
                ["dealsToday"] = today.Count,
                ["deals"] = new JArray(today.AsEnumerable().Reverse().Take(MaxDeals).Select(Deal)),
                ["prices"] = new JArray(simulator.Instruments.GroupBy(i => i.Ticker).Select(g => Price(simulator, g.First()))),
                ["requests"] = Requests(simulator),
                ["faults"] = ConsoleFaults.Of(simulator.Faults)
            };
        }

        private static JObject Position(SimulatedPosition p, decimal profit) => new()
        {
            ["id"] = p.Id,
            ["ticker"] = p.Instrument.Ticker,
            ["symbol"] = p.Instrument.Path,
            ["side"] = p.Direction == 1 ? "long" : "short",
            ["volume"] = p.Volume,
            ["openPrice"] = p.OpenPrice,
            ["leverage"] = p.Multiple,
            ["margin"] = p.OpenMargin,
            ["profit"] = profit,
            ["swap"] = p.Swap,
            ["commission"] = p.Commission,
            ["stopLoss"] = p.StopLoss,
            ["takeProfit"] = p.TakeProfit,
            ["openTime"] = p.OpenTime.ToUnixTimeMilliseconds()
        };

        private static JObject Order(SimulatedOrder o) => new()
        {
            ["id"] = o.Id,
            ["ticker"] = o.Instrument.Ticker,
            ["side"] = o.Direction == 1 ? "buy" : "sell",
            ["type"] = o.Type,
            ["typeName"] = PendingTypeName(o.Type),
            ["volume"] = o.RequestVolume,
            ["filled"] = o.ExecuteVolume,
            ["price"] = o.RequestPrice,
            ["status"] = o.Status,
            ["leverage"] = o.Multiple,
            ["positionId"] = o.PositionId,
            ["requestTime"] = o.RequestTime.ToUnixTimeMilliseconds()
        };

        private static JObject Deal(SimulatedDeal d) => new()
        {
            ["id"] = d.Id,
            ["positionId"] = d.PositionId,
            ["ticker"] = d.Instrument.Ticker,
            ["side"] = d.Direction == 1 ? "buy" : "sell",
            ["price"] = d.ExecPrice,
            ["volume"] = d.ExecVolume,
            ["profit"] = d.Profit,
            ["commission"] = d.Commission,
            ["orderType"] = d.OrderType,
            ["orderTypeName"] = DealOrderTypeName(d.OrderType),
            ["orderId"] = d.OrderId,
            ["time"] = d.ExecTime.ToUnixTimeMilliseconds()
        };

        private static JObject Price(BtccSimulator simulator, SimulatedInstrument instrument)
        {
            var (bid, ask) = simulator.GetQuote(instrument.Ticker);
            return new JObject
            {
                ["ticker"] = instrument.Ticker,
                ["bid"] = bid,
                ["ask"] = ask,
                ["digits"] = instrument.Digits,
                ["tradable"] = instrument.Tradable
            };
        }

        private static JObject Requests(BtccSimulator simulator) => new()
        {
            ["total"] = simulator.Requests.Total,
            ["maxPerSecond"] = simulator.Requests.MaxRequestsPerSecond,
            ["rateWindowSeconds"] = RequestTraffic.RateWindow.TotalSeconds,
            ["endpoints"] = new JArray(simulator.Traffic.Endpoints().Select(e => new JObject
            {
                ["path"] = e.Path,
                ["requests"] = e.Requests,
                ["perSecond"] = Math.Round(e.PerSecond, 2),
                ["ok"] = e.Ok,
                ["throttled"] = e.Throttled,
                ["serverErrors"] = e.ServerErrors,
                ["noReply"] = e.NoReply,
                ["other"] = e.Other
            }))
        };

        /// <summary>BTCC's name of an openpending <c>type</c>.</summary>
        public static string PendingTypeName(int type) => type switch
        {
            PendingType.LimitOpen => "limit open",
            PendingType.StopOpen => "stop open",
            PendingType.LimitClose => "limit close",
            PendingType.StopLoss => "stop-loss",
            PendingType.TakeProfit => "take-profit",
            _ => $"type {type}"
        };

        /// <summary>BTCC's name of a deal's <c>order_type</c>.</summary>
        public static string DealOrderTypeName(int orderType) => orderType switch
        {
            DealOrderType.MarketOpen => "market open",
            DealOrderType.LimitOpen => "limit open",
            DealOrderType.StopOpen => "stop open",
            DealOrderType.MarketClose => "market close",
            DealOrderType.LimitClose => "limit close",
            DealOrderType.StopLossClose => "stop-loss",
            DealOrderType.Liquidation => "liquidation",
            DealOrderType.TakeProfitClose => "take-profit",
            _ => $"type {orderType}"
        };
    }
}
