using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Simulator;
using QuantConnect.Orders;
using OrderStatus = QuantConnect.Orders.OrderStatus;

namespace QuantConnect.Brokerages.Btcc.Tests.BrokerageIntegration
{
    /// <summary>
    /// The fill engine under the faults real exchanges have: replies lost after a write took effect, lists that lag,
    /// fills racing cancels, updates of partly filled orders, settlement while a catch-up fails. The simulator's own
    /// state is the truth every outcome is checked against.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class FillEngineFaultTests : BtccBrokerageTestBase
    {
        private const string DealTodayList = "/v1/account/dealTodayList";
        private const string TradeReport = "/v1/user/getTradeReport";

        [Test]
        public void FillMissedAtASettlementIsCaughtUpOnceTheTradeReportAnswersAgain()
        {
            // the deal never shows in dealTodayList: it settles while that list still hides it
            Simulator.Faults.SetListLag(DealTodayList, TimeSpan.FromMinutes(1));
            Simulator.OpenExternalPosition("BTCUSDT", 1, 0.02m);
            // every attempt (and its read retries) of the first catch-ups fails
            Simulator.Faults.FailNext(TradeReport, RequestFault.ServerErrorBeforeApplying, 12);
            Simulator.Settle();

            WaitUntil(() => Messages.Any(m => m.Code == "ExternalFill"), "the missed fill to be reported once the trade report answers");

            Assert.That(Messages.Count(m => m.Code == "ExternalFill"), Is.EqualTo(1));
            Assert.That(Messages.Where(m => m.Type == BrokerageMessageType.Error), Is.Empty);
        }
    }
}
