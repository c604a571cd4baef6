/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages;
using QuantConnect.Data;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Interfaces
{
    /// <summary>
    /// A brokerage connection: order routing, account state and its events
    /// (stand-in for QuantConnect.Interfaces.IBrokerage).
    /// </summary>
    public interface IBrokerage : IBrokerageCashSynchronizer, IDisposable
    {
        /// <summary>Raised when the brokerage assigns new ids to an order.</summary>
        event EventHandler<BrokerageOrderIdChangedEvent> OrderIdChanged;

        /// <summary>Raised when orders change state (submitted, filled, canceled...).</summary>
        event EventHandler<List<OrderEvent>> OrdersStatusChanged;

        /// <summary>Raised when the brokerage updates an order's fields.</summary>
        event EventHandler<OrderUpdateEvent> OrderUpdated;

        /// <summary>Raised when an option position is assigned.</summary>
        event EventHandler<OrderEvent> OptionPositionAssigned;

        /// <summary>Raised for option position notifications.</summary>
        event EventHandler<OptionNotificationEventArgs> OptionNotification;

        /// <summary>Raised when an order is created at the brokerage outside LEAN.</summary>
        event EventHandler<NewBrokerageOrderNotificationEventArgs> NewBrokerageOrderNotification;

        /// <summary>Raised when a security is delisted.</summary>
        event EventHandler<DelistingNotificationEventArgs> DelistingNotification;

        /// <summary>Raised when the account's cash changes.</summary>
        event EventHandler<AccountEvent> AccountChanged;

        /// <summary>Raised for informational, warning and error messages.</summary>
        event EventHandler<BrokerageMessageEvent> Message;

        /// <summary>The brokerage's name.</summary>
        string Name { get; }

        /// <summary>Whether the brokerage is connected.</summary>
        bool IsConnected { get; }

        /// <summary>The orders open at the brokerage.</summary>
        List<Order> GetOpenOrders();

        /// <summary>The account's holdings.</summary>
        List<Holding> GetAccountHoldings();

        /// <summary>The account's cash balances.</summary>
        List<CashAmount> GetCashBalance();

        /// <summary>Places an order; true when the brokerage accepted the request.</summary>
        bool PlaceOrder(Order order);

        /// <summary>Updates an order; true when the brokerage accepted the request.</summary>
        bool UpdateOrder(Order order);

        /// <summary>Cancels an order; true when the brokerage accepted the request.</summary>
        bool CancelOrder(Order order);

        /// <summary>Connects to the brokerage.</summary>
        void Connect();

        /// <summary>Disconnects from the brokerage.</summary>
        void Disconnect();

        /// <summary>Whether the account is updated right after fills.</summary>
        bool AccountInstantlyUpdated { get; }

        /// <summary>The account's base currency.</summary>
        string AccountBaseCurrency { get; }

        /// <summary>Historical data from the brokerage.</summary>
        IEnumerable<BaseData> GetHistory(HistoryRequest request);

        /// <summary>Whether orders may be handled concurrently.</summary>
        bool ConcurrencyEnabled { get; set; }
    }
}
