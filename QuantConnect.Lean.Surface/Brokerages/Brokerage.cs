/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;
using QuantConnect.Data;
using QuantConnect.Interfaces;
using QuantConnect.Logging;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages
{
    /// <summary>
    /// Base of brokerage implementations: declares the events LEAN listens to and the protected raisers
    /// a brokerage calls (stand-in for QuantConnect.Brokerages.Brokerage; LEAN's OAuth and cross-zero
    /// order helpers are not modelled).
    /// </summary>
    public abstract class Brokerage : IBrokerage
    {
        // Cash sync runs once a day after this New York time, as in LEAN.
        private static readonly TimeSpan CashSyncTimeOfDay = new(7, 45, 0);

        /// <summary>Raised when the brokerage assigns new ids to an order.</summary>
        public event EventHandler<BrokerageOrderIdChangedEvent> OrderIdChanged;

        /// <summary>Raised when orders change state.</summary>
        public event EventHandler<List<OrderEvent>> OrdersStatusChanged;

        /// <summary>Raised when the brokerage updates an order's fields.</summary>
        public event EventHandler<OrderUpdateEvent> OrderUpdated;

        /// <summary>Raised when an option position is assigned.</summary>
        public event EventHandler<OrderEvent> OptionPositionAssigned;

        /// <summary>Raised for option position notifications.</summary>
        public event EventHandler<OptionNotificationEventArgs> OptionNotification;

        /// <summary>Raised when an order is created at the brokerage outside LEAN.</summary>
        public event EventHandler<NewBrokerageOrderNotificationEventArgs> NewBrokerageOrderNotification;

        /// <summary>Raised when a security is delisted.</summary>
        public event EventHandler<DelistingNotificationEventArgs> DelistingNotification;

        /// <summary>Raised when the account's cash changes.</summary>
        public event EventHandler<AccountEvent> AccountChanged;

        /// <summary>Raised for informational, warning and error messages.</summary>
        public event EventHandler<BrokerageMessageEvent> Message;

        /// <summary>Creates a brokerage; the account currency defaults to USD.</summary>
        protected Brokerage(string name)
        {
            Name = name;
            AccountBaseCurrency = Currencies.USD;
        }

        /// <summary>The brokerage's name.</summary>
        public string Name { get; }

        /// <summary>Whether the brokerage is connected.</summary>
        public abstract bool IsConnected { get; }

        /// <summary>Whether orders may be handled concurrently.</summary>
        public virtual bool ConcurrencyEnabled { get; set; }

        /// <summary>Whether the account is updated right after fills: no by default.</summary>
        public virtual bool AccountInstantlyUpdated => false;

        /// <summary>The account's base currency.</summary>
        public virtual string AccountBaseCurrency { get; protected set; }

        /// <summary>When the last cash sync happened (UTC).</summary>
        public DateTime LastSyncDateTimeUtc { get; private set; }

        /// <summary>The New York date of the last cash sync.</summary>
        protected DateTime LastSyncDate => LastSyncDateTimeUtc.ConvertFromUtc(TimeZones.NewYork).Date;

        /// <summary>Places an order.</summary>
        public abstract bool PlaceOrder(Order order);

        /// <summary>Updates an order.</summary>
        public abstract bool UpdateOrder(Order order);

        /// <summary>Cancels an order.</summary>
        public abstract bool CancelOrder(Order order);

        /// <summary>Connects.</summary>
        public abstract void Connect();

        /// <summary>Disconnects.</summary>
        public abstract void Disconnect();

        /// <summary>The orders open at the brokerage.</summary>
        public abstract List<Order> GetOpenOrders();

        /// <summary>The account's holdings.</summary>
        public abstract List<Holding> GetAccountHoldings();

        /// <summary>The account's cash balances.</summary>
        public abstract List<CashAmount> GetCashBalance();

        /// <summary>Nothing to release.</summary>
        public virtual void Dispose()
        {
        }

        /// <summary>No history by default.</summary>
        public virtual IEnumerable<BaseData> GetHistory(HistoryRequest request) => Enumerable.Empty<BaseData>();

        /// <summary>Raises <see cref="OrdersStatusChanged"/>; a failing handler is logged, not propagated.</summary>
        protected virtual void OnOrderEvents(List<OrderEvent> orderEvents)
        {
            try
            {
                OrdersStatusChanged?.Invoke(this, orderEvents);
            }
            catch (Exception error)
            {
                Log.Error(error);
            }
        }

        /// <summary>Raises <see cref="OrdersStatusChanged"/> with one event.</summary>
        protected virtual void OnOrderEvent(OrderEvent e) => OnOrderEvents(new List<OrderEvent> { e });

        /// <summary>Raises <see cref="OrderUpdated"/>.</summary>
        protected virtual void OnOrderUpdated(OrderUpdateEvent e) => Raise(OrderUpdated, e);

        /// <summary>Raises <see cref="OrderIdChanged"/>.</summary>
        protected virtual void OnOrderIdChangedEvent(BrokerageOrderIdChangedEvent e) => Raise(OrderIdChanged, e);

        /// <summary>Raises <see cref="OptionPositionAssigned"/>.</summary>
        protected virtual void OnOptionPositionAssigned(OrderEvent e) => Raise(OptionPositionAssigned, e);

        /// <summary>Raises <see cref="OptionNotification"/>.</summary>
        protected virtual void OnOptionNotification(OptionNotificationEventArgs e) => Raise(OptionNotification, e);

        /// <summary>Raises <see cref="NewBrokerageOrderNotification"/>.</summary>
        protected virtual void OnNewBrokerageOrderNotification(NewBrokerageOrderNotificationEventArgs e) => Raise(NewBrokerageOrderNotification, e);

        /// <summary>Raises <see cref="DelistingNotification"/>.</summary>
        protected virtual void OnDelistingNotification(DelistingNotificationEventArgs e) => Raise(DelistingNotification, e);

        /// <summary>Raises <see cref="AccountChanged"/>.</summary>
        protected virtual void OnAccountChanged(AccountEvent e) => Raise(AccountChanged, e);

        /// <summary>Logs the message (errors as errors, the rest as trace) and raises <see cref="Message"/>.</summary>
        protected virtual void OnMessage(BrokerageMessageEvent e)
        {
            try
            {
                if (e.Type == BrokerageMessageType.Error)
                {
                    Log.Error("Brokerage.OnMessage(): " + e);
                }
                else
                {
                    Log.Trace("Brokerage.OnMessage(): " + e);
                }
                Message?.Invoke(this, e);
            }
            catch (Exception error)
            {
                Log.Error(error);
            }
        }

        /// <summary>
        /// Holdings handed over in the job's brokerage data under "live-holdings". Their JSON carries LEAN's
        /// serialized symbols, which this stand-in cannot read, so it returns an empty list.
        /// </summary>
        protected virtual List<Holding> GetAccountHoldings(Dictionary<string, string> brokerageData, IEnumerable<Security> securities)
            => new List<Holding>();

        /// <summary>Cash handed over in the job's brokerage data under "live-cash-balance" (a JSON list of amounts).</summary>
        protected virtual List<CashAmount> GetCashBalance(Dictionary<string, string> brokerageData, CashBook cashBook)
        {
            if (brokerageData != null && brokerageData.TryGetValue("live-cash-balance", out var value) && !string.IsNullOrEmpty(value))
            {
                return JsonConvert.DeserializeObject<List<CashAmount>>(value) ?? new List<CashAmount>();
            }
            return new List<CashAmount>();
        }

        /// <summary>Whether an order in a direction opens or closes a position.</summary>
        protected static OrderPosition GetOrderPosition(OrderDirection orderDirection, decimal holdingsQuantity)
        {
            return orderDirection switch
            {
                OrderDirection.Buy => holdingsQuantity < 0 ? OrderPosition.BuyToClose : OrderPosition.BuyToOpen,
                OrderDirection.Sell => holdingsQuantity > 0 ? OrderPosition.SellToClose : OrderPosition.SellToOpen,
                _ => throw new ArgumentOutOfRangeException(nameof(orderDirection), orderDirection, "Invalid order direction")
            };
        }

        /// <summary>True once a day after 7:45 New York time, unless the account updates itself instantly.</summary>
        public virtual bool ShouldPerformCashSync(DateTime currentTimeUtc)
        {
            if (AccountInstantlyUpdated)
            {
                return false;
            }
            var now = currentTimeUtc.ConvertFromUtc(TimeZones.NewYork);
            return now.Date != LastSyncDate && now.TimeOfDay >= CashSyncTimeOfDay;
        }

        /// <summary>Copies the brokerage's cash balances into the algorithm's cash book.</summary>
        public virtual bool PerformCashSync(IAlgorithm algorithm, DateTime currentTimeUtc, Func<TimeSpan> getTimeSinceLastFill)
        {
            try
            {
                foreach (var balance in GetCashBalance())
                {
                    algorithm.Portfolio.SetCash(balance.Currency, balance.Amount,
                        algorithm.Portfolio.CashBook.TryGetValue(balance.Currency, out var existing) ? existing.ConversionRate : 0m);
                }
                LastSyncDateTimeUtc = currentTimeUtc;
                return true;
            }
            catch (Exception error)
            {
                Log.Error(error, "Brokerage.PerformCashSync(): cash sync failed");
                return false;
            }
        }

        private void Raise<T>(EventHandler<T> handler, T e)
        {
            try
            {
                handler?.Invoke(this, e);
            }
            catch (Exception error)
            {
                Log.Error(error);
            }
        }
    }
}
