/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Symbols;
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>
    /// The single place BTCC's order rules live: says whether a LEAN order can go to BTCC and, if not,
    /// which rule it breaks. Pure: it looks only at its arguments. Both <see cref="BtccBrokerageModel"/>
    /// (before LEAN submits an order) and the brokerage (before it sends one) call it.
    /// </summary>
    /// <remarks>
    /// Quantities: one LEAN quantity unit is one BTCC volume unit, so the order's absolute quantity is the
    /// <c>request_volume</c> sent to BTCC; each unit holds <c>contract_size</c> units of the base currency,
    /// which LEAN sees as the security's contract multiplier. Checks run in a fixed order and the first
    /// broken rule is reported: connection, security type, market, order type, time in force, quantity, symbol,
    /// tradable side, volume (minimum, step, maximum), price (positive, tick).
    /// </remarks>
    public static class BtccOrderValidator
    {
        /// <summary>Whether BTCC has a request for an order type: Market, Limit and StopMarket.</summary>
        public static bool IsSupportedOrderType(OrderType type)
            => type is OrderType.Market or OrderType.Limit or OrderType.StopMarket;

        /// <summary>Whether an order type rests on BTCC as a pending order that can be updated: Limit and StopMarket.</summary>
        public static bool IsUpdatableOrderType(OrderType type)
            => type is OrderType.Limit or OrderType.StopMarket;

        /// <summary>
        /// Validates an order against a symbollist instrument (null when BTCC does not list the symbol).
        /// </summary>
        public static BtccOrderValidation Validate(Order order, BtccSymbolInfo? instrument, bool isConnected)
        {
            ArgumentNullException.ThrowIfNull(order);
            var ticker = TickerOf(order);
            var rules = instrument == null ? null : BtccInstrumentRules.FromSymbolInfo(ticker, instrument);
            var validation = Validate(order, rules, isConnected);
            if (validation.IsValid && instrument != null
                && BtccMarginFamilies.Refusal(BtccMarginFamilies.Of(instrument, ticker), ticker, instrument.MarginCurrency ?? string.Empty) is { } refusal)
            {
                // the plugin's cash and margin are USDT: a USDC, coin-margined or USDX contract is refused before anything is sent
                return Refuse(BtccOrderRule.UnsupportedMarginFamily, refusal);
            }
            return validation;
        }

        /// <summary>
        /// Validates an order against an instrument's rules (null when the symbol is unknown).
        /// </summary>
        public static BtccOrderValidation Validate(Order order, BtccInstrumentRules? rules, bool isConnected)
        {
            ArgumentNullException.ThrowIfNull(order);
            var ticker = TickerOf(order);

            if (!isConnected)
            {
                return Refuse(BtccOrderRule.NotConnected, $"Not connected to BTCC: the {order.Type} order for {ticker} cannot be sent");
            }
            if (order.SecurityType != SecurityType.CryptoFuture)
            {
                return Refuse(BtccOrderRule.UnsupportedSecurityType,
                    $"BTCC trades CryptoFuture only; {ticker} is {order.SecurityType}");
            }
            var market = order.Symbol.ID.Market;
            if (!BtccMarket.IsBtcc(market))
            {
                return Refuse(BtccOrderRule.UnsupportedMarket,
                    $"BTCC trades symbols of market {BtccMarket.Name} only; {ticker} belongs to market {market ?? "(unregistered)"}");
            }
            if (!IsSupportedOrderType(order.Type))
            {
                return Refuse(BtccOrderRule.UnsupportedOrderType,
                    $"BTCC accepts Market, Limit and StopMarket orders; {order.Type} is not supported");
            }
            if (!BtccTimeInForce.IsSupported(order.Properties?.TimeInForce))
            {
                return Refuse(BtccOrderRule.UnsupportedTimeInForce,
                    $"BTCC carries out GoodTilCanceled, Day and GoodTilDate orders; {BtccTimeInForce.Describe(order.Properties?.TimeInForce)} is not supported");
            }
            if (order.Quantity == 0m)
            {
                return Refuse(BtccOrderRule.ZeroQuantity, $"Order quantity is zero for {ticker}");
            }
            if (rules == null)
            {
                return Refuse(BtccOrderRule.UnknownSymbol, $"Unknown symbol: {ticker} is not in BTCC's instrument list");
            }
            return CheckTradable(order, rules, ticker)
                ?? CheckVolume(order.AbsoluteQuantity, rules, ticker)
                ?? CheckPrice(order, rules, ticker)
                ?? BtccOrderValidation.Valid;
        }

        /// <summary>
        /// Validates an order LEAN has already applied an update to (what the brokerage's UpdateOrder receives):
        /// it must be a pending order type and the updated order must meet every rule.
        /// </summary>
        public static BtccOrderValidation ValidateUpdate(Order updatedOrder, BtccSymbolInfo? instrument, bool isConnected)
        {
            ArgumentNullException.ThrowIfNull(updatedOrder);
            return CheckUpdatable(updatedOrder) ?? Validate(updatedOrder, instrument, isConnected);
        }

        /// <summary>
        /// Validates an update request against an order before LEAN applies it (what the brokerage model sees):
        /// the order must be a pending order type and the order as updated must meet every rule.
        /// </summary>
        public static BtccOrderValidation ValidateUpdate(Order order, UpdateOrderRequest request, BtccInstrumentRules? rules, bool isConnected)
        {
            ArgumentNullException.ThrowIfNull(order);
            ArgumentNullException.ThrowIfNull(request);
            var refusal = CheckUpdatable(order);
            if (refusal != null)
            {
                return refusal;
            }
            var updated = order.Clone();
            updated.ApplyUpdateOrderRequest(request);
            return Validate(updated, rules, isConnected);
        }

        private static BtccOrderValidation? CheckUpdatable(Order order)
            => IsUpdatableOrderType(order.Type)
                ? null
                : Refuse(BtccOrderRule.UpdateNotSupported,
                    $"BTCC can update pending Limit and StopMarket orders only; a {order.Type} order cannot be updated");

        private static BtccOrderValidation? CheckTradable(Order order, BtccInstrumentRules rules, string ticker)
        {
            switch (rules.Tradable)
            {
                case BtccTradable.Yes:
                    return null;
                case BtccTradable.BuyOnly when order.Direction == OrderDirection.Sell:
                    return Refuse(BtccOrderRule.BuyOnly, $"{ticker} is buy-only on BTCC: sell orders are refused");
                case BtccTradable.SellOnly when order.Direction == OrderDirection.Buy:
                    return Refuse(BtccOrderRule.SellOnly, $"{ticker} is sell-only on BTCC: buy orders are refused");
                case BtccTradable.BuyOnly:
                case BtccTradable.SellOnly:
                    return null;
                default:
                    // No = 0 and any value BTCC may add later: refuse rather than guess.
                    return Refuse(BtccOrderRule.NotTradable, $"{ticker} is not tradable on BTCC");
            }
        }

        private static BtccOrderValidation? CheckVolume(decimal volume, BtccInstrumentRules rules, string ticker)
        {
            if (rules.VolumeMin > 0m && volume < rules.VolumeMin)
            {
                return Refuse(BtccOrderRule.VolumeBelowMinimum,
                    $"Order quantity {Format(volume)} is below the minimum volume {Format(rules.VolumeMin)} for {ticker}");
            }
            if (rules.VolumeStep > 0m && volume % rules.VolumeStep != 0m)
            {
                return Refuse(BtccOrderRule.VolumeOffStep,
                    $"Order quantity {Format(volume)} is not a multiple of the volume step {Format(rules.VolumeStep)} for {ticker}");
            }
            if (rules.VolumeMax > 0m && volume > rules.VolumeMax)
            {
                return Refuse(BtccOrderRule.VolumeAboveMaximum,
                    $"Order quantity {Format(volume)} is above the maximum volume {Format(rules.VolumeMax)} for {ticker}");
            }
            return null;
        }

        private static BtccOrderValidation? CheckPrice(Order order, BtccInstrumentRules rules, string ticker)
        {
            var (name, price) = order switch
            {
                LimitOrder limit => ("Limit", limit.LimitPrice),
                StopMarketOrder stop => ("Stop", stop.StopPrice),
                _ => (string.Empty, (decimal?)null)
            };
            if (price == null)
            {
                // Market orders carry no price of their own.
                return null;
            }
            if (price.Value <= 0m)
            {
                return Refuse(BtccOrderRule.NonPositivePrice, $"{name} price {Format(price.Value)} must be positive for {ticker}");
            }
            if (rules.PriceTick > 0m && price.Value % rules.PriceTick != 0m)
            {
                var digits = rules.Digits.HasValue ? $" (digits {rules.Digits.Value.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
                return Refuse(BtccOrderRule.PriceOffTick,
                    $"{name} price {Format(price.Value)} is not a multiple of the price tick {Format(rules.PriceTick)}{digits} for {ticker}");
            }
            return null;
        }

        private static string TickerOf(Order order) => order.Symbol?.Value ?? string.Empty;

        private static BtccOrderValidation Refuse(BtccOrderRule rule, string message) => BtccOrderValidation.Refuse(rule, message);

        /// <summary>Invariant, without trailing zeros: 0.010 → "0.01".</summary>
        internal static string Format(decimal value) => Api.BtccWireFormat.Decimal(value);
    }
}
