/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    public partial class BtccBrokerage
    {
        /// <summary>The account's USDT balance (BTCC's <c>balance</c>: deposits plus realised profit, fees and funding).</summary>
        public override List<CashAmount> GetCashBalance()
        {
            EnsureSession();
            var account = _restClient!.GetAccountAsync().GetAwaiter().GetResult().Account;
            return new List<CashAmount> { new(account.Balance, AccountCurrency) };
        }

        /// <summary>
        /// BTCC's position tickets netted into one LEAN holding per symbol: quantity = long volume − short volume
        /// (hedged tickets net); AveragePrice = volume-weighted open price of the tickets on the net side (the
        /// cost of what remains); UnrealizedPnL = the sum of BTCC's <c>profit</c>; MarketPrice is derived from
        /// BTCC's profit (open ± profit / (volume × contract size)), volume-weighted. Symbols netting to zero are left out.
        /// </summary>
        public override List<Holding> GetAccountHoldings()
        {
            EnsureSession();
            var positions = _restClient!.GetAllPositionsAsync().GetAwaiter().GetResult();
            return NetHoldings(positions);
        }

        /// <summary>Nets tickets into holdings (see <see cref="GetAccountHoldings"/>).</summary>
        internal List<Holding> NetHoldings(IEnumerable<BtccPosition> positions)
        {
            var holdings = new List<Holding>();
            foreach (var group in positions.Where(p => p.Status != BtccPositionStatus.Closed && p.Volume > 0).GroupBy(p => LeanSymbolOf(p.Symbol)))
            {
                if (group.Key is null)
                {
                    OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "UnknownSymbol",
                        $"BTCC positions on {string.Join(", ", group.Select(p => p.Symbol).Distinct())} are not in the symbol list: not reported as holdings"));
                    continue;
                }
                var quantity = group.Sum(p => Sign(p) * p.Volume);
                if (quantity == 0m)
                {
                    continue;
                }
                var netSide = quantity > 0 ? BtccDirection.Buy : BtccDirection.Sell;
                var side = group.Where(p => p.Direction == netSide).ToList();
                var sideVolume = side.Sum(p => p.Volume);
                var averagePrice = side.Sum(p => p.OpenPrice * p.Volume) / sideVolume;
                var marketPrice = group.Sum(p => MarketPriceOf(p) * p.Volume) / group.Sum(p => p.Volume);
                var pnl = group.Sum(p => p.Profit);
                holdings.Add(new Holding
                {
                    Symbol = group.Key,
                    CurrencySymbol = AccountCurrency,
                    Quantity = quantity,
                    AveragePrice = averagePrice,
                    MarketPrice = marketPrice,
                    MarketValue = quantity * marketPrice,
                    UnrealizedPnL = pnl,
                    UnrealizedPnLPercent = averagePrice * Math.Abs(quantity) == 0m ? 0m : pnl / (averagePrice * Math.Abs(quantity)) * 100m
                });
            }
            return holdings;
        }

        /// <summary>
        /// Loads what Connect needs before orders may flow: the account (user part), the tickets (position part)
        /// and the open orders plus the fill ledger's baseline (trade part).
        /// </summary>
        private void LoadAccountState()
        {
            var client = _restClient!;
            var account = client.GetAccountAsync().GetAwaiter().GetResult().Account;
            _lastBalance = account.Balance;
            _readiness.Set(BtccReadinessPart.User);

            var positions = client.GetAllPositionsAsync().GetAwaiter().GetResult();
            _readiness.Set(BtccReadinessPart.Position);

            var orders = client.GetOrderListAsync().GetAwaiter().GetResult().Orders;
            var deals = client.GetDealTodayListAsync().GetAwaiter().GetResult();
            Engine.Baseline(orders, positions, deals);
            _readiness.Set(BtccReadinessPart.Trade);
        }

        private Symbol? LeanSymbolOf(string path)
            => _symbolMapper != null && _symbolMapper.TryGetLeanSymbol(path, out var symbol) ? symbol : null;

        private static int Sign(BtccPosition position) => position.Direction == BtccDirection.Sell ? -1 : 1;

        private decimal MarketPriceOf(BtccPosition position)
        {
            var contractSize = ContractSizeOf(position.Symbol);
            if (position.Volume == 0m || contractSize == 0m)
            {
                return position.OpenPrice;
            }
            return position.OpenPrice + Sign(position) * position.Profit / (position.Volume * contractSize);
        }

        private decimal ContractSizeOf(string path)
        {
            var symbol = LeanSymbolOf(path);
            if (symbol is null || _symbolMapper == null)
            {
                return 1m;
            }
            var instrument = _symbolMapper.GetVariants(symbol).FirstOrDefault(v => v.Name == path);
            return instrument?.ContractSize is > 0m ? instrument.ContractSize : 1m;
        }
    }
}
