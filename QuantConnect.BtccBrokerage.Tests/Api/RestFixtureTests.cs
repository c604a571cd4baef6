using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Converters;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>Every documented REST reply read into the wire models, field by field, as printed by BTCC.</summary>
    [TestFixture]
    public class RestFixtureTests
    {
        [Test]
        public void LoginReplyCarriesTokenAccountAndServerTime()
        {
            var reply = Fixture.RestModel<BtccLoginResponse>("login.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("LoginSuccess"));
            Assert.That(reply.Token, Is.EqualTo("00000013411571637727917"));
            Assert.That(reply.ServerTime, Is.EqualTo(1571637727));
            var account = reply.Account;
            Assert.That(account.Id, Is.EqualTo(320));
            Assert.That(account.UserId, Is.EqualTo(1341));
            Assert.That(account.AccountGroupId, Is.EqualTo(13));
            Assert.That(account.Balance, Is.EqualTo(0m));
            Assert.That(account.Equity, Is.EqualTo(0m));
            Assert.That(account.Margin, Is.EqualTo(0m));
            Assert.That(account.FreeMargin, Is.EqualTo(0m));
            Assert.That(account.MarginLevel, Is.EqualTo(0m));
            Assert.That(account.MarginStopout, Is.EqualTo(0m));
            Assert.That(account.AccountNo, Is.EqualTo("86000402"));
            Assert.That(account.Positions, Is.EqualTo(0));
            Assert.That(account.Bonus, Is.EqualTo(0m));
            Assert.That(account.Status, Is.EqualTo(0));
        }

        [Test]
        public void KeepAliveReplyCarriesAccountIdAndServerTime()
        {
            var reply = Fixture.RestModel<BtccKeepAliveResponse>("keepalive.json");

            Assert.That(reply.AccountId, Is.EqualTo(320));
            Assert.That(reply.ServerTime, Is.EqualTo(0));
            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo(""));
        }

        [Test]
        public void AccountReplyReadsEveryAccountField()
        {
            var reply = Fixture.RestModel<BtccAccountResponse>("account.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            var account = reply.Account;
            Assert.That(account.AccountGroupId, Is.EqualTo(0));
            Assert.That(account.AccountNo, Is.EqualTo("string"));
            Assert.That(account.Balance, Is.EqualTo(0m));
            Assert.That(account.Equity, Is.EqualTo(0m));
            Assert.That(account.FreeMargin, Is.EqualTo(0m));
            Assert.That(account.Id, Is.EqualTo(0));
            Assert.That(account.Margin, Is.EqualTo(0m));
            Assert.That(account.MarginLevel, Is.EqualTo(0m));
            Assert.That(account.MarginStopout, Is.EqualTo(0m));
            Assert.That(account.Positions, Is.EqualTo(0));
            Assert.That(account.Bonus, Is.EqualTo(0m));
            Assert.That(account.Status, Is.EqualTo(0));
            Assert.That(account.UserId, Is.EqualTo(0));
        }

        [Test]
        public void AccountGroupReplyReadsEveryField()
        {
            var reply = Fixture.RestModel<BtccAccountGroupResponse>("accountgroup.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            var group = reply.AccountGroup;
            Assert.That(group.CompanyId, Is.EqualTo(0));
            Assert.That(group.Currency, Is.EqualTo("string"));
            Assert.That(group.Enable, Is.True);
            Assert.That(group.Id, Is.EqualTo(0));
            Assert.That(group.MarginCallLevel, Is.EqualTo(0m));
            Assert.That(group.Name, Is.EqualTo("string"));
            Assert.That(group.Platform, Is.EqualTo("string"));
            Assert.That(group.Status, Is.EqualTo(0));
            Assert.That(group.StopOutLevel, Is.EqualTo(0m));
            Assert.That(group.Digits, Is.EqualTo(2));
        }

        [Test]
        public void SymbolListReplyReadsInstrumentMarginLevelsAndCommissions()
        {
            var reply = Fixture.RestModel<BtccSymbolListResponse>("symbollist.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo(""));
            Assert.That(reply.Symbols, Has.Count.EqualTo(1));
            var symbol = reply.Symbols[0];
            Assert.That(symbol.Id, Is.EqualTo(364));
            Assert.That(symbol.Uuid, Is.EqualTo(1148));
            Assert.That(symbol.Name, Is.EqualTo("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x"));
            Assert.That(symbol.Enable, Is.False);
            Assert.That(symbol.Digits, Is.EqualTo(2));
            Assert.That(symbol.VolumesMin, Is.EqualTo(0.01m));
            Assert.That(symbol.VolumesStep, Is.EqualTo(0.01m));
            Assert.That(symbol.VolumesMax, Is.EqualTo(10m));
            Assert.That(symbol.BaseCurrency, Is.EqualTo("BTC"));
            Assert.That(symbol.ProfitCurrency, Is.EqualTo("USDT"));
            Assert.That(symbol.MarginCurrency, Is.EqualTo("USDT"));
            Assert.That(symbol.Tradable, Is.EqualTo(BtccTradable.Yes));
            Assert.That(symbol.StartTime, Is.EqualTo(1567995643));
            Assert.That(symbol.ExpiryTime, Is.EqualTo(1567996380));
            Assert.That(symbol.CreateTime, Is.EqualTo(1567996380));
            Assert.That(symbol.Status, Is.EqualTo(0));
            Assert.That(symbol.ContractSize, Is.EqualTo(1m));
            Assert.That(symbol.LongSwap, Is.EqualTo(1.0m));
            Assert.That(symbol.ShortSwap, Is.EqualTo(1.0m));
            Assert.That(symbol.StopLevel, Is.EqualTo(1m));
            Assert.That(symbol.MaxStopLevel, Is.EqualTo(1m));
            Assert.That(symbol.ThreeDaysSwap, Is.EqualTo(1m));
            Assert.That(symbol.PipsRatio, Is.EqualTo(1m));
            Assert.That(symbol.Spread, Is.EqualTo(0m));
            Assert.That(symbol.SpreadBalance, Is.EqualTo(0m));
            Assert.That(symbol.RangeInit, Is.EqualTo(0m));
            Assert.That(symbol.CodeId, Is.EqualTo(1430475842));
            Assert.That(symbol.PositionVolumesMax, Is.EqualTo(40m));
            Assert.That(symbol.MarginInitial, Is.EqualTo(0m));
            Assert.That(symbol.CalcMarginType, Is.EqualTo(2));
            Assert.That(symbol.DefaultFirst, Is.EqualTo(0));
            Assert.That(symbol.VolumesList, Is.EqualTo("0.1;0.5;1;20"));
            Assert.That(symbol.MaxPosValue, Is.EqualTo(0m));
            Assert.That(symbol.GapValue, Is.EqualTo(0m));

            var level = symbol.SymbolMarginLevel.Single();
            Assert.That(level.SymbolId, Is.EqualTo(599));
            Assert.That(level.RangeMin, Is.EqualTo(0m));
            Assert.That(level.RangeMax, Is.EqualTo(20m));
            Assert.That(level.MarginInitial, Is.EqualTo(32000.12m));
            Assert.That(level.MarginMaintenance, Is.EqualTo(32000m));
            Assert.That(level.MarginStopout, Is.EqualTo(9600m));
            Assert.That(level.MarginHedged, Is.EqualTo(100m));
            Assert.That(level.SpecialMarginInitial, Is.EqualTo(0m));
            Assert.That(level.SpecialMarginMaintenance, Is.EqualTo(0m));
            Assert.That(level.SpecialMarginStopout, Is.EqualTo(0m));
            Assert.That(level.SpecialMarginHedged, Is.EqualTo(0m));
            Assert.That(level.HolidayMarginInitial, Is.EqualTo(1600m));
            Assert.That(level.HolidayMarginMaintenance, Is.EqualTo(1600m));
            Assert.That(level.HolidayMarginStopout, Is.EqualTo(480m));
            Assert.That(level.HolidayMarginHedged, Is.EqualTo(25m));
            Assert.That(level.CreateTime, Is.EqualTo(1571658525));
            Assert.That(level.CreateUserId, Is.EqualTo(2));
            Assert.That(level.ModiTime, Is.EqualTo(1665455763));
            Assert.That(level.ModiUserId, Is.EqualTo(2));
            Assert.That(level.Status, Is.EqualTo(0));

            var commission = symbol.Commissions.Single();
            Assert.That(commission.SymbolId, Is.EqualTo(599));
            Assert.That(commission.CommissionRebate, Is.EqualTo(0m));
            Assert.That(commission.TriggerMode, Is.EqualTo(2));
            Assert.That(commission.Type, Is.EqualTo(1));
            Assert.That(commission.Method, Is.EqualTo(1));
            Assert.That(commission.RangeMin, Is.EqualTo(0.001m));
            Assert.That(commission.RangeMax, Is.EqualTo(999999m));
            Assert.That(commission.Value, Is.EqualTo(0.18m));
            Assert.That(commission.CurrencyType, Is.EqualTo(0));
            Assert.That(commission.Currency, Is.EqualTo("USDT"));
            Assert.That(commission.Comment, Is.EqualTo(""));
            Assert.That(commission.Status, Is.EqualTo(0));
        }

        [Test]
        public void PositionListItemsCarryDealIdButNoSymbolIdOrPosType()
        {
            var reply = Fixture.RestModel<BtccPositionListResponse>("positionlist.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            Assert.That(reply.Total, Is.EqualTo(1));
            var position = reply.Positions.Single();
            AssertZeroPosition(position);
            Assert.That(position.DealId, Is.EqualTo(0));
            Assert.That(position.Multiple, Is.EqualTo(0));
            Assert.That(position.SymbolId, Is.Null);
            Assert.That(position.PosType, Is.Null);
        }

        [Test]
        public void PositionReplyCarriesSymbolIdAndPosTypeButNoDealId()
        {
            var reply = Fixture.RestModel<BtccPositionResponse>("position.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            AssertZeroPosition(reply.Position);
            Assert.That(reply.Position.SymbolId, Is.EqualTo(0));
            Assert.That(reply.Position.Multiple, Is.EqualTo(2));
            Assert.That(reply.Position.PosType, Is.EqualTo(1));
            Assert.That(reply.Position.DealId, Is.Null);
        }

        [Test]
        public void OrderReplyUsesExecuteFieldsAndOpenPendingTypeCoding()
        {
            var reply = Fixture.RestModel<BtccOrderResponse>("order.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            AssertZeroOrder(reply.Order);
            Assert.That(reply.Order.Type, Is.EqualTo(BtccPendingOrderType.LimitOpen));
            Assert.That(reply.Order.Multiple, Is.EqualTo(2));
        }

        [Test]
        public void OrderListReplyReadsOrdersWithoutTotal()
        {
            var reply = Fixture.RestModel<BtccOrderListResponse>("orderList.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            var order = reply.Orders.Single();
            AssertZeroOrder(order);
            Assert.That(order.Type, Is.EqualTo(BtccPendingOrderType.None));
            Assert.That(order.Multiple, Is.EqualTo(2));
        }

        [Test]
        public void DealTodayListReplyKeepsFillsUnderOrdersWithSettlementTime()
        {
            var reply = Fixture.RestModel<BtccDealListResponse>("dealTodayList.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            Assert.That(reply.SettlementTime, Is.EqualTo(0));
            var deal = reply.Orders.Single();
            Assert.That(deal.AccountId, Is.EqualTo(0));
            Assert.That(deal.GroupId, Is.EqualTo(0));
            Assert.That(deal.Direction, Is.EqualTo(BtccDirection.Buy));
            Assert.That(deal.ExecPrice, Is.EqualTo(0m));
            Assert.That(deal.ExecTime, Is.EqualTo(0));
            Assert.That(deal.ExecVolume, Is.EqualTo(0m));
            Assert.That(deal.Id, Is.EqualTo(0));
            Assert.That(deal.PositionId, Is.EqualTo(0));
            Assert.That(deal.Profit, Is.EqualTo(0m));
            Assert.That(deal.Reason, Is.EqualTo(BtccDealReason.None));
            Assert.That(deal.SrcPrice, Is.EqualTo(0m));
            Assert.That(deal.SrcTime, Is.EqualTo(0));
            Assert.That(deal.SrcVolume, Is.EqualTo(0m));
            Assert.That(deal.Status, Is.EqualTo(0));
            Assert.That(deal.Swap, Is.EqualTo(0m));
            Assert.That(deal.Symbol, Is.EqualTo("string"));
            Assert.That(deal.OrderType, Is.EqualTo(BtccDealOrderType.None));
            Assert.That(deal.Commission, Is.EqualTo(0.0m));
            Assert.That(deal.Multiple, Is.EqualTo(0));
        }

        [Test]
        public void TradeReportKeepsStringIdsAndStringAmountsAndMillisecondTimes()
        {
            var reply = Fixture.RestModel<BtccTradeReportResponse>("getTradeReport.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("SUCC"));
            Assert.That(reply.SubtotalVolume, Is.EqualTo(1m));
            Assert.That(reply.TotalVolume, Is.EqualTo(5m));
            Assert.That(reply.PageNo, Is.EqualTo(1));
            Assert.That(reply.PageSize, Is.EqualTo(2));
            Assert.That(reply.TotalPage, Is.EqualTo(1));
            Assert.That(reply.TotalSize, Is.EqualTo(10));
            var item = reply.List.Single();
            Assert.That(item.ExecTime, Is.EqualTo(1551258517000));
            Assert.That(item.DealId, Is.EqualTo("10000030"));
            Assert.That(item.DealIdValue, Is.EqualTo(10000030));
            Assert.That(item.Symbol, Is.EqualTo("GWFX/USD/GTS/MM/STD/0/A/BTCUSD"));
            Assert.That(item.OrderType, Is.EqualTo(1));
            Assert.That(item.ReportType, Is.EqualTo("OPEN"));
            Assert.That(item.Direction, Is.EqualTo("BUY"));
            Assert.That(item.DirectionValue, Is.EqualTo(BtccDirection.Buy));
            Assert.That(item.ExecPrice, Is.EqualTo(3810.4m));
            Assert.That(item.ExecVolume, Is.EqualTo(1m));
            Assert.That(item.PositionId, Is.EqualTo("10000012"));
            Assert.That(item.PositionIdValue, Is.EqualTo(10000012));
            Assert.That(item.Commission, Is.EqualTo(0m));
            Assert.That(item.Remark, Is.EqualTo(""));
            Assert.That(item.Digits, Is.EqualTo(2));
            Assert.That(item.Multiple, Is.EqualTo(10));
            Assert.That(item.ProductName, Is.EqualTo(""));
            Assert.That(item.Currency, Is.EqualTo(""));
            Assert.That(item.StopLoss, Is.EqualTo(""));
            Assert.That(item.TakeProfit, Is.EqualTo(""));
            Assert.That(item.Profit, Is.EqualTo(""));
            Assert.That(item.ProfitValue, Is.Null);
            Assert.That(item.StopTime, Is.EqualTo(0));
            Assert.That(item.OpenMargin, Is.EqualTo(""));
            Assert.That(item.OpenPrice, Is.EqualTo(""));
            Assert.That(item.ClosePrice, Is.EqualTo(""));
            Assert.That(item.Swap, Is.EqualTo(""));
            Assert.That(item.SwapValue, Is.Null);
        }

        [Test]
        public void HisOrderKeepsNumericOrderIdAndStringPrices()
        {
            var reply = Fixture.RestModel<BtccHisOrderResponse>("getHisOrder.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("SUCC"));
            Assert.That(reply.TotalPage, Is.EqualTo(2));
            Assert.That(reply.PageNo, Is.EqualTo(1));
            Assert.That(reply.PageSize, Is.EqualTo(2));
            Assert.That(reply.TotalSize, Is.EqualTo(10));
            var item = reply.List.Single();
            Assert.That(item.ExpireType, Is.EqualTo(1));
            Assert.That(item.RequestTime, Is.EqualTo(1551258517000));
            Assert.That(item.OrderId, Is.EqualTo(10000030));
            Assert.That(item.Symbol, Is.EqualTo("GWFX/USD/GTS/MM/STD/0/A/BTCUSD"));
            Assert.That(item.Kind, Is.EqualTo(1));
            Assert.That(item.Type, Is.EqualTo("OPEN"));
            Assert.That(item.Direction, Is.EqualTo("BUY"));
            Assert.That(item.DirectionValue, Is.EqualTo(BtccDirection.Buy));
            Assert.That(item.RequestVolume, Is.EqualTo("3810.4"));
            Assert.That(item.RequestVolumeValue, Is.EqualTo(3810.4m));
            Assert.That(item.ExecPrice, Is.EqualTo("0.00"));
            Assert.That(item.ExecPriceValue, Is.EqualTo(0m));
            Assert.That(item.Digits, Is.EqualTo(2));
            Assert.That(item.RequestPrice, Is.EqualTo("0.00"));
            Assert.That(item.RequestPriceValue, Is.EqualTo(0m));
            Assert.That(item.Status, Is.EqualTo(""));
            Assert.That(item.StopLoss, Is.EqualTo("0.00"));
            Assert.That(item.DealId, Is.EqualTo("0.00"));
            Assert.That(item.ExecTime, Is.EqualTo(0));
            Assert.That(item.Multiple, Is.EqualTo(10));
            Assert.That(item.ProductName, Is.EqualTo(""));
            Assert.That(item.Currency, Is.EqualTo("usdt"));
            Assert.That(item.Commission, Is.EqualTo("0.00"));
        }

        [Test]
        public void ProfitReportReadsStringDealIdAndStringDirection()
        {
            var reply = Fixture.RestModel<BtccProfitReportResponse>("getProfitReport.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("SUCC"));
            Assert.That(reply.PageNo, Is.EqualTo(1));
            Assert.That(reply.PageSize, Is.EqualTo(2));
            Assert.That(reply.TotalSize, Is.EqualTo(10));
            Assert.That(reply.TotalPage, Is.EqualTo(0));
            Assert.That(reply.SubTradeVolume, Is.EqualTo(0m));
            Assert.That(reply.SubSwap, Is.EqualTo(0m));
            Assert.That(reply.SubProfit, Is.EqualTo(0m));
            Assert.That(reply.SubCommission, Is.EqualTo(0m));
            Assert.That(reply.TotalTradeVolume, Is.EqualTo(0m));
            Assert.That(reply.TotalSwap, Is.EqualTo(0m));
            Assert.That(reply.TotalProfit, Is.EqualTo(0m));
            Assert.That(reply.TotalCommission, Is.EqualTo(0m));
            var item = reply.List.Single();
            Assert.That(item.DealId, Is.EqualTo("10000033"));
            Assert.That(item.Symbol, Is.EqualTo("GWFX/USD/GTS/MM/STD/0/A/BCHUSD"));
            Assert.That(item.OrderType, Is.EqualTo(1));
            Assert.That(item.OpenDirection, Is.EqualTo("BUY"));
            Assert.That(item.OpenPrice, Is.EqualTo(132.1m));
            Assert.That(item.TradeVolume, Is.EqualTo(0.1m));
            Assert.That(item.TradePrice, Is.EqualTo(132.1m));
            Assert.That(item.Digits, Is.EqualTo(2));
            Assert.That(item.Swap, Is.EqualTo(0m));
            Assert.That(item.Commission, Is.EqualTo(0m));
            Assert.That(item.Profit, Is.EqualTo(0m));
            Assert.That(item.OpenNo, Is.EqualTo("10000013"));
            Assert.That(item.OpenTime, Is.EqualTo(0));
            Assert.That(item.TradeTime, Is.EqualTo(0));
            Assert.That(item.Remark, Is.EqualTo(""));
            Assert.That(item.Multiple, Is.EqualTo(10));
            Assert.That(item.ProductName, Is.EqualTo("btc"));
            Assert.That(item.Currency, Is.EqualTo("usdt"));
        }

        [Test]
        public void ReportDealReadsLedgerItemAndStringTotals()
        {
            var reply = Fixture.RestModel<BtccReportDealResponse>("getReportDeal.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("SUCC"));
            Assert.That(reply.TotalIncome, Is.EqualTo(""));
            Assert.That(reply.TotalExpenditure, Is.EqualTo(""));
            Assert.That(reply.SubIncome, Is.EqualTo("0"));
            Assert.That(reply.SubExpenditure, Is.EqualTo("0"));
            Assert.That(reply.PageNo, Is.EqualTo(1));
            Assert.That(reply.PageSize, Is.EqualTo(2));
            Assert.That(reply.TotalPage, Is.EqualTo(1));
            Assert.That(reply.TotalSize, Is.EqualTo(10));
            var item = reply.List.Single();
            Assert.That(item.JoinTime, Is.EqualTo(1551258494000));
            Assert.That(item.ReportType, Is.EqualTo(102));
            Assert.That(item.AmountSrc, Is.EqualTo(0m));
            Assert.That(item.AmountDst, Is.EqualTo(146900m));
            Assert.That(item.Income, Is.EqualTo(146900m));
            Assert.That(item.Expenditure, Is.EqualTo(146900m));
            Assert.That(item.ProposalNo, Is.EqualTo("TD190227A00638"));
            Assert.That(item.Remark, Is.EqualTo("N/A"));
            Assert.That(item.AdjustSubType, Is.EqualTo(""));
            Assert.That(item.CoinType, Is.EqualTo(""));
            Assert.That(item.DealType, Is.EqualTo(""));
            Assert.That(item.Currency, Is.EqualTo(""));
        }

        [Test]
        public void SymbolDetailReadsEveryStringField()
        {
            var reply = Fixture.RestModel<BtccSymbolDetailResponse>("getSymbolDetail.json");

            Assert.That(reply.Code, Is.EqualTo(0));
            Assert.That(reply.Msg, Is.EqualTo("string"));
            Assert.That(new[] { reply.BlockQuery, reply.Content, reply.CurrentCount, reply.FundingPrice, reply.IssueCount,
                reply.IssueDate, reply.OfficialWebsite, reply.SymbolName, reply.WhiteBook }, Is.All.EqualTo("string"));
        }

        private static void AssertZeroPosition(BtccPosition position)
        {
            Assert.That(position.AccountId, Is.EqualTo(0));
            Assert.That(position.ClosePrice, Is.EqualTo(0m));
            Assert.That(position.CloseTime, Is.EqualTo(0));
            Assert.That(position.Commission, Is.EqualTo(0m));
            Assert.That(position.Direction, Is.EqualTo(BtccDirection.None));
            Assert.That(position.ExecCommission, Is.EqualTo(0m));
            Assert.That(position.ExecPrice, Is.EqualTo(0m));
            Assert.That(position.ExecProfit, Is.EqualTo(0m));
            Assert.That(position.ExecSwap, Is.EqualTo(0m));
            Assert.That(position.ExecTime, Is.EqualTo(0));
            Assert.That(position.ExecVolume, Is.EqualTo(0m));
            Assert.That(position.GroupId, Is.EqualTo(0));
            Assert.That(position.Id, Is.EqualTo(0));
            Assert.That(position.InitVolume, Is.EqualTo(0m));
            Assert.That(position.Msg, Is.EqualTo("string"));
            Assert.That(position.OpenPrice, Is.EqualTo(0m));
            Assert.That(position.OpenTime, Is.EqualTo(0));
            Assert.That(position.OrderRefId, Is.EqualTo(0));
            Assert.That(position.Profit, Is.EqualTo(0m));
            Assert.That(position.Rate, Is.EqualTo(0m));
            Assert.That(position.RefAccId, Is.EqualTo(0));
            Assert.That(position.Status, Is.EqualTo(BtccPositionStatus.Initial));
            Assert.That(position.StopLoss, Is.EqualTo(0m));
            Assert.That(position.Swap, Is.EqualTo(0m));
            Assert.That(position.Symbol, Is.EqualTo("string"));
            Assert.That(position.TakeProfit, Is.EqualTo(0m));
            Assert.That(position.Volume, Is.EqualTo(0m));
            Assert.That(position.OpenMargin, Is.EqualTo(0.0m));
        }

        private static void AssertZeroOrder(BtccOrder order)
        {
            Assert.That(order.AccountId, Is.EqualTo(0));
            Assert.That(order.Direction, Is.EqualTo(BtccDirection.None));
            Assert.That(order.ExecutePrice, Is.EqualTo(0m));
            Assert.That(order.ExecuteTime, Is.EqualTo(0));
            Assert.That(order.ExecuteVolume, Is.EqualTo(0m));
            Assert.That(order.ExpireTime, Is.EqualTo(0));
            Assert.That(order.ExpireType, Is.EqualTo(0));
            Assert.That(order.GroupId, Is.EqualTo(0));
            Assert.That(order.Id, Is.EqualTo(0));
            Assert.That(order.InitVolume, Is.EqualTo(0m));
            Assert.That(order.RequestPrice, Is.EqualTo(0m));
            Assert.That(order.RequestTime, Is.EqualTo(0));
            Assert.That(order.RequestVolume, Is.EqualTo(0m));
            Assert.That(order.Status, Is.EqualTo(BtccOrderStatus.Initial));
            Assert.That(order.StopLoss, Is.EqualTo(0m));
            Assert.That(order.Symbol, Is.EqualTo("string"));
            Assert.That(order.TakeProfit, Is.EqualTo(0m));
        }
    }
}
