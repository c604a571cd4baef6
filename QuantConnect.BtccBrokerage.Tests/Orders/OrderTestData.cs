/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Data.Market;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Orders
{
    /// <summary>Symbols, instruments, orders and securities shared by the order and model tests.</summary>
    internal static class OrderTestData
    {
        public static readonly DateTime Time = new(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc);

        public static Symbol Btc => Future("BTCUSDT");

        public static Symbol Future(string ticker) => Symbol.Create(ticker, SecurityType.CryptoFuture, BtccMarket.Register());

        /// <summary>A BTCUSDT-like instrument: 2 price digits, volume 0.01 to 10 in steps of 0.01.</summary>
        public static BtccSymbolInfo Instrument(BtccTradable tradable = BtccTradable.Yes, int digits = 2,
            decimal min = 0.01m, decimal step = 0.01m, decimal max = 10m)
            => new()
            {
                Name = "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT10x",
                Digits = digits,
                VolumesMin = min,
                VolumesStep = step,
                VolumesMax = max,
                ContractSize = 1m,
                Tradable = tradable
            };

        public static MarketOrder Market(decimal quantity, Symbol? symbol = null) => new(symbol ?? Btc, quantity, Time);

        public static LimitOrder Limit(decimal quantity, decimal price, Symbol? symbol = null) => new(symbol ?? Btc, quantity, price, Time);

        public static StopMarketOrder Stop(decimal quantity, decimal price, Symbol? symbol = null) => new(symbol ?? Btc, quantity, price, Time);

        public static UpdateOrderRequest Update(Order order, decimal? quantity = null, decimal? limitPrice = null, decimal? stopPrice = null)
            => new(Time, order.Id, new UpdateOrderFields { Quantity = quantity, LimitPrice = limitPrice, StopPrice = stopPrice });

        /// <summary>A USDT-quoted security, optionally with a last trade price.</summary>
        public static Security Security(Symbol? symbol = null, decimal contractMultiplier = 1m, decimal tick = 0.1m, decimal lotSize = 0.001m,
            decimal? minimumOrderSize = null, decimal? price = null)
        {
            symbol ??= Btc;
            var security = new Security(symbol, SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), new Cash("USDT", 0, 1),
                new SymbolProperties(symbol.Value, "USDT", contractMultiplier, tick, lotSize, symbol.Value, minimumOrderSize),
                ErrorCurrencyConverter.Instance, RegisteredSecurityDataTypesProvider.Null, new SecurityCache());
            if (price.HasValue)
            {
                security.SetMarketPrice(new Tick(Time, symbol, string.Empty, string.Empty, 1m, price.Value));
            }
            return security;
        }
    }
}
