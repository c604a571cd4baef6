using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    public partial class BtccBrokerage
    {
        private decimal _lastBalance;
        private bool IsPollerHealthy => true;
        private void LoadAccountState() { _readiness.Set(BtccReadinessPart.Position | BtccReadinessPart.Trade); }
        private void StartExecution() { }
        private void StopExecution() { }
        /// <summary>Places an order.</summary>
        public override bool PlaceOrder(Order order) => false;
        /// <summary>Updates an order.</summary>
        public override bool UpdateOrder(Order order) => false;
        /// <summary>Cancels an order.</summary>
        public override bool CancelOrder(Order order) => false;
        /// <summary>Open orders.</summary>
        public override List<Order> GetOpenOrders() => new();
        /// <summary>Holdings.</summary>
        public override List<Holding> GetAccountHoldings() => new();
        /// <summary>Cash.</summary>
        public override List<CashAmount> GetCashBalance() => new();
    }
}
