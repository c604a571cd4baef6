/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// The console API's one-shot actions under <c>/console/api/actions/</c>: what happens to the exchange or its
    /// connections behind the client's back (dropped quote sockets, expired tokens, a price jump, the daily
    /// settlement, funding, a liquidation) and trades placed as if from BTCC's own app.
    /// </summary>
    internal static class ConsoleActions
    {
        /// <summary>Maps the actions.</summary>
        public static void Map(WebApplication app, BtccSimulator simulator)
        {
            Action(app, "drop-quote-sockets", _ =>
            {
                var sockets = simulator.QuoteSocketCount;
                simulator.DropWebSockets();
                return new JObject { ["dropped"] = sockets };
            });
            Action(app, "expire-tokens", _ =>
            {
                simulator.ExpireTokens();
                return new JObject();
            });
            Action(app, "jump-price", body => JumpPrice(simulator, ConsoleHttp.RequiredString(body, "ticker"), ConsoleHttp.RequiredDecimal(body, "percent")));
            Action(app, "settle", _ =>
            {
                simulator.Settle();
                return new JObject();
            });
            Action(app, "charge-funding", body =>
            {
                var rate = ConsoleHttp.RequiredDecimal(body, "rate");
                if (Math.Abs(rate) >= 1) throw ConsoleHttp.BadRequest("rate must be a fraction of notional below 1 (0.0001 = 0.01 %)");
                simulator.ApplyFunding(rate);
                return new JObject { ["rate"] = rate };
            });
            Action(app, "liquidate", body =>
            {
                var positionId = ConsoleHttp.RequiredLong(body, "positionId");
                simulator.Liquidate(positionId);
                return new JObject { ["positionId"] = positionId };
            });
            Action(app, "open-position", body =>
            {
                var id = simulator.OpenExternalPosition(ConsoleHttp.RequiredString(body, "ticker"), ConsoleHttp.Direction(body),
                    ConsoleHttp.RequiredDecimal(body, "volume"));
                return new JObject { ["positionId"] = id };
            });
            Action(app, "close-position", body =>
            {
                var positionId = ConsoleHttp.RequiredLong(body, "positionId");
                simulator.ClosePositionExternally(positionId, ConsoleHttp.OptionalDecimal(body, "volume"));
                return new JObject { ["positionId"] = positionId };
            });
            Action(app, "place-order", body =>
            {
                var type = ConsoleHttp.RequiredString(body, "type").ToLowerInvariant() switch
                {
                    "limit" => PendingType.LimitOpen,
                    "stop" => PendingType.StopOpen,
                    _ => throw ConsoleHttp.BadRequest("type must be limit or stop")
                };
                var id = simulator.PlaceExternalPendingOrder(ConsoleHttp.RequiredString(body, "ticker"), ConsoleHttp.Direction(body), type,
                    ConsoleHttp.RequiredDecimal(body, "volume"), ConsoleHttp.RequiredDecimal(body, "price"));
                return new JObject { ["orderId"] = id };
            });
            Action(app, "cancel-order", body =>
            {
                var orderId = ConsoleHttp.RequiredLong(body, "orderId");
                simulator.CancelPendingExternally(orderId);
                return new JObject { ["orderId"] = orderId };
            });
            ConsoleHttp.Post(app, "/console/api/requests/reset", _ =>
            {
                simulator.Traffic.Reset();
                return new JObject();
            });
        }

        /// <summary>Moves a ticker's mid by <paramref name="percent"/> % at once (triggers run, quotes push).</summary>
        private static JObject JumpPrice(BtccSimulator simulator, string ticker, decimal percent)
        {
            if (percent <= -100) throw ConsoleHttp.BadRequest("percent must be above -100");
            var (bid, ask) = simulator.GetQuote(ticker);
            simulator.SetPrice(ticker, (bid + ask) / 2 * (1 + percent / 100));
            (bid, ask) = simulator.GetQuote(ticker);
            return new JObject { ["ticker"] = ticker.ToUpperInvariant(), ["bid"] = bid, ["ask"] = ask };
        }

        private static void Action(WebApplication app, string name, Func<JObject, JObject> act) =>
            ConsoleHttp.Post(app, $"/console/api/actions/{name}", body =>
            {
                var reply = act(body);
                reply["ok"] = true;
                return reply;
            });
    }
}
