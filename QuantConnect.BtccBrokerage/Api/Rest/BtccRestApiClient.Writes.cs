/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// Writes. None is re-sent blindly: after an ambiguous failure (HTTP 5xx, timeout, dropped connection)
    /// the exchange's lists are read to see whether the write took effect, and only when they show it did
    /// not is the write sent again (at most WriteResendCount times, and for opens and closes only when the request
    /// allows it: a list that lags shows nothing although the write took effect). HTTP 429 and token-invalid replies
    /// mean "not processed" and are re-sent directly. When the outcome stays unknown a
    /// <see cref="BtccAmbiguousResultException"/> reaches the caller, whose list polling settles it.
    /// </summary>
    public sealed partial class BtccRestApiClient
    {
        /// <summary>
        /// Market open (<c>POST /v1/account/openposition</c>). Matching rule after an ambiguous failure: an
        /// open position whose <c>order_refid</c> equals <see cref="BtccOpenPositionRequest.RefId"/>, so the
        /// refid must be unique per request. (A position opened and already closed again would not be seen.)
        /// </summary>
        public Task<BtccPosition> OpenPositionAsync(BtccOpenPositionRequest request, CancellationToken cancellationToken = default)
        {
            if (request.RefId <= 0) throw new ArgumentException("RefId must be a positive client id, unique per request.", nameof(request));
            return WriteAsync(
                BtccEndpoint.OpenPosition,
                async ct => (await SendAsync<BtccPositionResponse>(BtccEndpoint.OpenPosition, (p, s) => p
                    .Add("accountid", s.AccountId)
                    .Add("direction", (long)request.Direction)
                    .Add("symbol", request.Symbol)
                    .Add("request_volume", request.Volume)
                    .Add("request_price", request.Price)
                    .Add("multiple", request.Multiple)
                    .Add("refid", request.RefId)
                    .AddOptional("stop_loss", request.StopLoss)
                    .AddOptional("take_profit", request.TakeProfit), ct).ConfigureAwait(false)).Position,
                async (_, ct) =>
                {
                    var positions = await GetAllPositionsAsync(request.Symbol, ct).ConfigureAwait(false);
                    var match = positions.FirstOrDefault(p => p.OrderRefId == request.RefId);
                    return (match != null, match!);
                },
                request.ResendWhenNotListed,
                cancellationToken);
        }

        /// <summary>
        /// Market close of one ticket (<c>POST /v1/account/closeposition</c>). Returns the reply's position,
        /// or null when an ambiguous close was found done because the ticket left positionlist. Matching
        /// rule: the ticket is gone; or, when <see cref="BtccClosePositionRequest.PositionVolume"/> is given, its
        /// volume shrank by the requested volume from it (nothing else: an earlier close of the same volume left
        /// a deal that would pass for this one); otherwise dealTodayList has a closing deal (reason 2) on it with
        /// the requested volume executed since the request.
        /// </summary>
        public Task<BtccPosition?> ClosePositionAsync(BtccClosePositionRequest request, CancellationToken cancellationToken = default)
            => WriteAsync<BtccPosition?>(
                BtccEndpoint.ClosePosition,
                async ct => (await SendAsync<BtccPositionResponse>(BtccEndpoint.ClosePosition, (p, s) => p
                    .Add("accountid", s.AccountId)
                    .Add("positionid", request.PositionId)
                    .Add("direction", (long)request.Direction)
                    .Add("symbol", request.Symbol)
                    .Add("request_volume", request.Volume)
                    .Add("request_price", request.Price)
                    .AddOptional("refid", request.RefId), ct).ConfigureAwait(false)).Position,
                async (sentAt, ct) =>
                {
                    var page = await GetPositionListAsync(1, _settings.PageSize, null, request.PositionId, ct).ConfigureAwait(false);
                    var position = page.Positions.FirstOrDefault(p => p.Id == request.PositionId);
                    if (position == null || position.Status == BtccPositionStatus.Closed)
                    {
                        return (true, position);
                    }
                    if (request.PositionVolume is { } before)
                    {
                        // the listed ticket's volume is the whole truth: a closing deal of the same volume on it
                        // may be an earlier close's, so dealTodayList must not decide here
                        return (position.Volume <= before - request.Volume, position);
                    }
                    var deals = await GetDealTodayListAsync(null, ct).ConfigureAwait(false);
                    var closed = deals.Orders.Any(d => d.PositionId == request.PositionId && d.Reason == BtccDealReason.Close
                        && d.ExecVolume == request.Volume && d.ExecTime >= sentAt);
                    return (closed, position);
                },
                request.ResendWhenNotListed,
                cancellationToken);

        /// <summary>
        /// Places a pending order (<c>POST /v1/account/openpending</c>, types 1-5). BTCC echoes no client id
        /// on orders, so the matching rule is: a working order in orderList with the same symbol, direction,
        /// type, volume and price whose request_time is not before the request (minus the clock tolerance) and that is
        /// not one of <see cref="BtccOpenPendingRequest.ExistingOrderIds"/>; the newest wins. An order that triggered at
        /// once has left orderList and would be sent again (unless <see cref="BtccOpenPendingRequest.ResendWhenNotListed"/> is off).
        /// </summary>
        public Task<BtccOrder> OpenPendingAsync(BtccOpenPendingRequest request, CancellationToken cancellationToken = default)
        {
            if (request.Type is BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketStopLoss or BtccPendingOrderType.MarketTakeProfit
                && request.PositionId is null or 0)
            {
                throw new ArgumentException($"A {request.Type} pending order needs the position id.", nameof(request));
            }
            return WriteAsync(
                BtccEndpoint.OpenPending,
                async ct => (await SendAsync<BtccOrderResponse>(BtccEndpoint.OpenPending, (p, s) => p
                    .Add("accountid", s.AccountId)
                    .Add("direction", (long)request.Direction)
                    .Add("type", (long)request.Type)
                    .Add("symbol", request.Symbol)
                    .Add("request_volume", request.Volume)
                    .Add("request_price", request.Price)
                    .AddOptional("stop_loss", request.StopLoss)
                    .AddOptional("take_profit", request.TakeProfit)
                    .Add("multiple", request.Multiple)
                    .AddOptional("positionid", request.PositionId), ct).ConfigureAwait(false)).Order,
                async (sentAt, ct) =>
                {
                    var orders = await GetOrderListAsync(null, ct).ConfigureAwait(false);
                    var match = orders.Orders
                        .Where(o => o.Symbol == request.Symbol && o.Direction == request.Direction && o.Type == request.Type
                            && o.RequestVolume == request.Volume && o.RequestPrice == request.Price && o.RequestTime >= sentAt
                            && request.ExistingOrderIds?.Contains(o.Id) != true)
                        .OrderByDescending(o => o.RequestTime).ThenByDescending(o => o.Id)
                        .FirstOrDefault();
                    return (match != null, match!);
                },
                request.ResendWhenNotListed,
                cancellationToken);
        }

        /// <summary>
        /// Changes a pending order (<c>POST /v1/account/updatepending</c>; type 0 limit, 1 stop). Matching
        /// rule: the order in orderList carries the requested price and volume (and SL/TP when given).
        /// </summary>
        public Task<BtccOrder> UpdatePendingAsync(BtccUpdatePendingRequest request, CancellationToken cancellationToken = default)
            => WriteAsync(
                BtccEndpoint.UpdatePending,
                async ct => (await SendAsync<BtccOrderResponse>(BtccEndpoint.UpdatePending, (p, s) => p
                    .Add("accountid", s.AccountId)
                    .Add("id", request.OrderId)
                    .Add("direction", (long)request.Direction)
                    .Add("type", (long)request.Type)
                    .AddOptional("symbol", request.Symbol)
                    .Add("request_volume", request.Volume)
                    .Add("request_price", request.Price)
                    .AddOptional("stop_loss", request.StopLoss)
                    .AddOptional("take_profit", request.TakeProfit), ct).ConfigureAwait(false)).Order,
                async (_, ct) =>
                {
                    var orders = await GetOrderListAsync(request.OrderId, ct).ConfigureAwait(false);
                    var order = orders.Orders.FirstOrDefault(o => o.Id == request.OrderId);
                    if (order == null)
                    {
                        // filled or cancelled meanwhile: the update cannot apply any more
                        throw new BtccApiException(-1, $"pending order {request.OrderId} is no longer working", BtccEndpoint.UpdatePending.Path);
                    }
                    var applied = order.RequestPrice == request.Price && order.RequestVolume == request.Volume
                        && (request.StopLoss is null || order.StopLoss == request.StopLoss)
                        && (request.TakeProfit is null || order.TakeProfit == request.TakeProfit);
                    return (applied, order);
                },
                resend: true,
                cancellationToken);

        /// <summary>
        /// Cancels a pending order (<c>POST /v1/account/cancelpending</c>). Returns the reply's order, or null
        /// when an ambiguous cancel was found done. Matching rule: orderList shows the order cancelled; or it
        /// left orderList and getHisOrder shows it cancelled (status 5). Gone from orderList alone proves
        /// nothing: it may have triggered (then a <see cref="BtccApiException"/> says it is no longer pending)
        /// or not be listed yet (then nothing shows the cancel arrived, and it is sent again).
        /// </summary>
        public Task<BtccOrder?> CancelPendingAsync(long orderId, CancellationToken cancellationToken = default)
            => WriteAsync<BtccOrder?>(
                BtccEndpoint.CancelPending,
                async ct => (await SendAsync<BtccOrderResponse>(BtccEndpoint.CancelPending, (p, s) => p
                    .Add("accountid", s.AccountId)
                    .Add("id", orderId), ct).ConfigureAwait(false)).Order,
                async (_, ct) =>
                {
                    var orders = await GetOrderListAsync(orderId, ct).ConfigureAwait(false);
                    var order = orders.Orders.FirstOrDefault(o => o.Id == orderId);
                    if (order != null)
                    {
                        return (order.Status is BtccOrderStatus.Cancelled, order);
                    }
                    var item = await GetHisOrderItemAsync(orderId, ct).ConfigureAwait(false);
                    if (item == null)
                    {
                        return (false, null);
                    }
                    if (item.StatusValue is BtccOrderStatus.Cancelled)
                    {
                        return (true, null);
                    }
                    throw new BtccApiException(-1, $"pending order {orderId} is no longer pending (status {item.Status})", BtccEndpoint.CancelPending.Path);
                },
                resend: true,
                cancellationToken);

        /// <summary>
        /// Sends a write; after an ambiguous failure looks up its effect (<paramref name="lookUp"/> gets the
        /// request's send time on the exchange clock, minus the tolerance) and re-sends only if it is absent.
        /// </summary>
        private async Task<T> WriteAsync<T>(BtccEndpoint endpoint, Func<CancellationToken, Task<T>> send,
            Func<long, CancellationToken, Task<(bool Found, T Result)>> lookUp, bool resend, CancellationToken cancellationToken)
        {
            for (var attempt = 0; ; attempt++)
            {
                var sentAt = ServerNowSeconds() - (long)Math.Ceiling(_settings.WriteMatchClockTolerance.TotalSeconds);
                BtccAmbiguousResultException ambiguous;
                try
                {
                    return await send(cancellationToken).ConfigureAwait(false);
                }
                catch (BtccAmbiguousResultException error)
                {
                    ambiguous = error;
                }

                BtccLog.Trace("BtccRestApiClient", "Write", $"{endpoint.Path}: outcome unknown ({ambiguous.BtccMessage}); checking the exchange's lists before deciding");
                (bool Found, T Result) effect;
                try
                {
                    effect = await lookUp(sentAt, cancellationToken).ConfigureAwait(false);
                }
                catch (BtccApiException lookUpError) when (lookUpError.Endpoint != endpoint.Path)
                {
                    // the effect could not be checked, so the outcome stays unknown: never let the look-up's
                    // own failure (e.g. an unreadable list) pass for a refusal of the write; a refusal the look-up
                    // established (named after the write's endpoint, e.g. "no longer pending") reaches the caller
                    BtccLog.Trace("BtccRestApiClient", "Write", $"{endpoint.Path}: the look-up failed too ({lookUpError.Endpoint}: {lookUpError.BtccMessage}); outcome unknown");
                    throw ambiguous;
                }
                if (effect.Found)
                {
                    BtccLog.Trace("BtccRestApiClient", "Write", $"{endpoint.Path}: the exchange shows the request took effect");
                    return effect.Result;
                }
                if (!resend)
                {
                    BtccLog.Trace("BtccRestApiClient", "Write", $"{endpoint.Path}: the request's effect is not visible yet; not sent again, the caller settles it from the lists");
                    throw ambiguous;
                }
                if (attempt >= _settings.WriteResendCount)
                {
                    BtccLog.Error("BtccRestApiClient", "Write", $"{endpoint.Path}: the request's effect is not visible and no re-send is left; outcome unknown");
                    throw ambiguous;
                }
                BtccLog.Trace("BtccRestApiClient", "Write", $"{endpoint.Path}: the exchange shows no effect; sending the request again");
            }
        }
    }
}
