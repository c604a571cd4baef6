/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Engine;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>The six POST trading endpoints: positions (open/close/update) and pending orders (open/update/cancel).</summary>
    internal static class TradingEndpoints
    {
        /// <summary>Maps the endpoints.</summary>
        public static void Map(WebApplication app, RestContext c)
        {
            c.Post(app, "/v1/account/openposition", call =>
            {
                call.RequiredLong("accountid");
                call.RequiredDecimal("request_price");
                var position = c.Engine.OpenPosition(
                    call.Required("symbol"),
                    (int)call.RequiredLong("direction"),
                    call.RequiredDecimal("request_volume"),
                    (int)call.RequiredLong("multiple"),
                    call.OptionalLong("refid"),
                    call.OptionalLong("ref_accid"),
                    call.OptionalDecimal("stop_loss"),
                    call.OptionalDecimal("take_profit"));
                return PositionReply(c, position);
            });

            c.Post(app, "/v1/account/closeposition", call =>
            {
                call.RequiredLong("accountid");
                call.RequiredDecimal("request_price");
                var position = c.Engine.ClosePosition(
                    call.RequiredLong("positionid"),
                    call.Required("symbol"),
                    (int)call.RequiredLong("direction"),
                    call.RequiredDecimal("request_volume"),
                    call.OptionalLong("refid"));
                return PositionReply(c, position);
            });

            c.Post(app, "/v1/account/updateposition", call =>
            {
                call.RequiredLong("accountid");
                var position = c.Engine.UpdatePosition(
                    call.RequiredLong("id"),
                    call.Required("symbol"),
                    call.RequiredDecimal("stop_loss"),
                    call.RequiredDecimal("take_profit"));
                return PositionReply(c, position);
            });

            c.Post(app, "/v1/account/openpending", call =>
            {
                call.RequiredLong("accountid");
                var order = c.Engine.OpenPending(
                    call.Required("symbol"),
                    (int)call.RequiredLong("direction"),
                    (int)call.RequiredLong("type"),
                    call.RequiredDecimal("request_volume"),
                    call.RequiredDecimal("request_price"),
                    call.OptionalDecimal("stop_loss"),
                    call.OptionalDecimal("take_profit"),
                    (int)call.RequiredLong("multiple"),
                    call.OptionalLong("positionid"));
                return OrderReply(c, order);
            });

            c.Post(app, "/v1/account/updatepending", call =>
            {
                call.RequiredLong("accountid");
                var order = c.Engine.UpdatePending(
                    call.RequiredLong("id"),
                    call.Optional("symbol"),
                    (int)call.RequiredLong("direction"),
                    (int)call.RequiredLong("type"),
                    call.RequiredDecimal("request_volume"),
                    call.RequiredDecimal("request_price"),
                    call.OptionalDecimal("stop_loss"),
                    call.OptionalDecimal("take_profit"));
                return OrderReply(c, order);
            });

            c.Post(app, "/v1/account/cancelpending", call =>
            {
                call.RequiredLong("accountid");
                return OrderReply(c, c.Engine.CancelPending(call.RequiredLong("id")));
            });
        }

        private static JObject PositionReply(RestContext c, SimulatedPosition position) => new()
        {
            ["position"] = WireFormat.Position(c.Options, position, c.Engine.Profit(position), listItem: false)
        };

        private static JObject OrderReply(RestContext c, SimulatedOrder order) => new()
        {
            ["order"] = WireFormat.Order(c.Options, order)
        };
    }
}
