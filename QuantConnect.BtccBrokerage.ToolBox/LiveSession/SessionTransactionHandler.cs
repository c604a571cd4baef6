/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using QuantConnect.Interfaces;
using QuantConnect.Orders;
using QuantConnect.Securities;
using LeanLimitOrder = QuantConnect.Orders.LimitOrder;
using LeanMarketOrder = QuantConnect.Orders.MarketOrder;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The live session's transaction handler, in the role of LEAN's BrokerageTransactionHandler: numbers orders,
    /// sends them to the brokerage, keeps every order the session knows (an <see cref="IOrderProvider"/>), applies
    /// fills to the local holdings, follows the cash the brokerage reports, adopts orders the brokerage announces
    /// (NewBrokerageOrderNotification) and prints each event as it happens. Brokerage events arrive on the
    /// brokerage's threads; they are recorded and printed there and handed to the strategy through
    /// <c>onOrderEvent</c>, never answered with a brokerage call on that thread.
    /// </summary>
    internal sealed class SessionTransactionHandler : IOrderProvider, ISessionOrders, IDisposable
    {
        private IBrokerage _brokerage = null!;
        private readonly LiveSessionConsole _console;
        private readonly Action<OrderEvent> _onOrderEvent;
        private readonly ConcurrentDictionary<int, SessionOrderRecord> _records = new();
        private readonly object _cashSync = new();
        private int _nextOrderId;
        private decimal? _cash;
        private string _cashCurrency = BtccBrokerage.AccountCurrency;

        /// <summary>Creates the handler and subscribes to the brokerage's events.</summary>
        public SessionTransactionHandler(IBrokerage brokerage, LiveSessionConsole console, Action<OrderEvent> onOrderEvent)
            : this(console, onOrderEvent)
        {
            Attach(brokerage);
        }

        /// <summary>
        /// Creates the handler before the brokerage exists: as LEAN's transaction handler, it is the order provider
        /// the brokerage is created with, and is attached to the brokerage afterwards.
        /// </summary>
        public SessionTransactionHandler(LiveSessionConsole console, Action<OrderEvent> onOrderEvent)
        {
            _console = console;
            _onOrderEvent = onOrderEvent;
        }

        /// <summary>Routes orders to <paramref name="brokerage"/> and listens to its events.</summary>
        public void Attach(IBrokerage brokerage)
        {
            if (_brokerage != null)
            {
                throw new InvalidOperationException("the session's transaction handler is attached to a brokerage already");
            }
            _brokerage = brokerage;
            _brokerage.OrdersStatusChanged += OnOrdersStatusChanged;
            _brokerage.NewBrokerageOrderNotification += OnNewBrokerageOrder;
            _brokerage.AccountChanged += OnAccountChanged;
            _brokerage.Message += OnMessage;
            _brokerage.OrderIdChanged += OnOrderIdChanged;
        }

        /// <summary>The local holdings (reconciled at start, moved by fills).</summary>
        public SessionHoldings Holdings { get; } = new();

        /// <summary>Every order record, by id order.</summary>
        public IReadOnlyList<SessionOrderRecord> Records => _records.Values.OrderBy(r => r.Order.Id).ToList();

        /// <summary>The latest cash balance reported (reconciliation or AccountChanged), null before any.</summary>
        public (decimal? Amount, string Currency) Cash
        {
            get { lock (_cashSync) return (_cash, _cashCurrency); }
        }

        /// <summary>Sets the reconciled cash balance.</summary>
        public void SetCash(decimal amount, string currency)
        {
            lock (_cashSync)
            {
                _cash = amount;
                _cashCurrency = currency;
            }
        }

        /// <summary>Numbers an order and keeps it (orders found open at the brokerage at start, or announced by it).</summary>
        public SessionOrderRecord Track(Order order, bool external)
        {
            LeanOrderIds.Assign(order, Interlocked.Increment(ref _nextOrderId));
            var record = new SessionOrderRecord(order, external);
            _records[order.Id] = record;
            return record;
        }

        /// <inheritdoc />
        public int MarketOrder(Symbol symbol, decimal quantity, string tag)
            => Submit(new LeanMarketOrder(symbol, quantity, DateTime.UtcNow, tag));

        /// <inheritdoc />
        public int LimitOrder(Symbol symbol, decimal quantity, decimal limitPrice, string tag)
            => Submit(new LeanLimitOrder(symbol, quantity, limitPrice, DateTime.UtcNow, tag));

        /// <inheritdoc />
        public bool UpdateLimitPrice(int orderId, decimal limitPrice, string tag)
        {
            if (!_records.TryGetValue(orderId, out var record) || record.Order.Status.IsClosed())
            {
                return false;
            }
            // as LEAN does: the request is applied to the order, then the brokerage is asked to carry it out
            record.Order.ApplyUpdateOrderRequest(new UpdateOrderRequest(DateTime.UtcNow, orderId, new UpdateOrderFields { LimitPrice = limitPrice, Tag = tag }));
            return _brokerage.UpdateOrder(record.Order);
        }

        /// <inheritdoc />
        public bool Cancel(int orderId)
            => _records.TryGetValue(orderId, out var record) && !record.Order.Status.IsClosed() && _brokerage.CancelOrder(record.Order);

        /// <inheritdoc />
        public Order? GetOrder(int orderId) => _records.TryGetValue(orderId, out var record) ? record.Order : null;

        /// <inheritdoc />
        public decimal HoldingQuantity(Symbol symbol) => Holdings.Get(symbol).Quantity;

        private int Submit(Order order)
        {
            var record = Track(order, external: false);
            order.Status = OrderStatus.New;
            record.Status = OrderStatus.New;
            _console.OrderRequest(order);
            if (!_brokerage.PlaceOrder(order) && order.Status == OrderStatus.New)
            {
                // the brokerage refused without an event: LEAN marks such orders Invalid
                order.Status = OrderStatus.Invalid;
                record.Status = OrderStatus.Invalid;
            }
            return order.Id;
        }

        private void OnOrdersStatusChanged(object? sender, List<OrderEvent> orderEvents)
        {
            foreach (var orderEvent in orderEvents)
            {
                _records.TryGetValue(orderEvent.OrderId, out var record);
                if (record != null)
                {
                    lock (record)
                    {
                        record.Status = orderEvent.Status;
                        if (orderEvent.Status.IsFill())
                        {
                            record.Fills++;
                            record.FilledQuantity += orderEvent.FillQuantity;
                            record.FilledValue += orderEvent.AbsoluteFillQuantity * orderEvent.FillPrice;
                            var fee = orderEvent.OrderFee?.Value ?? default;
                            if (fee.Currency != null)
                            {
                                record.Fees[fee.Currency] = record.Fees.GetValueOrDefault(fee.Currency) + fee.Amount;
                            }
                        }
                    }
                }
                _console.OrderEvent(orderEvent, record?.Order);
                if (orderEvent.Status.IsFill() && orderEvent.FillQuantity != 0m)
                {
                    var (before, after) = Holdings.ApplyFill(orderEvent.Symbol, orderEvent.FillQuantity, orderEvent.FillPrice);
                    _console.HoldingChanged(orderEvent.Symbol, before, after);
                }
                _onOrderEvent(orderEvent);
            }
        }

        private void OnNewBrokerageOrder(object? sender, NewBrokerageOrderNotificationEventArgs e)
        {
            if (e.Order == null || GetOrdersByBrokerageId(e.Order.BrokerId.FirstOrDefault() ?? string.Empty).Count > 0)
            {
                return;
            }
            var record = Track(e.Order, external: true);
            _console.Notice($"the brokerage reported an order placed outside this session; tracked as order {record.Order.Id}: {e.Order}");
        }

        private void OnAccountChanged(object? sender, AccountEvent e)
        {
            decimal? before;
            lock (_cashSync)
            {
                before = _cash;
                if (before == e.CashBalance && _cashCurrency == e.CurrencySymbol)
                {
                    return;
                }
                _cash = e.CashBalance;
                _cashCurrency = e.CurrencySymbol;
            }
            _console.CashChanged(e.CurrencySymbol, before, e.CashBalance);
        }

        private void OnMessage(object? sender, BrokerageMessageEvent e) => _console.BrokerageMessage(e);

        private void OnOrderIdChanged(object? sender, BrokerageOrderIdChangedEvent e)
            => _console.Detail($"order {e.OrderId}: BTCC ids {string.Join(",", e.BrokerId ?? new List<string>())}");

        /// <inheritdoc />
        public int OrdersCount => _records.Count;

        /// <inheritdoc />
        public Order GetOrderById(int orderId) => GetOrder(orderId)!;

        /// <inheritdoc />
        public List<Order> GetOrdersByBrokerageId(string brokerageId)
            => _records.Values.Select(r => r.Order).Where(o => o.BrokerId.Contains(brokerageId)).ToList();

        /// <summary>The session keeps orders, not tickets.</summary>
        public IEnumerable<OrderTicket> GetOrderTickets(Func<OrderTicket, bool>? filter = null) => Enumerable.Empty<OrderTicket>();

        /// <summary>The session keeps orders, not tickets.</summary>
        public IEnumerable<OrderTicket> GetOpenOrderTickets(Func<OrderTicket, bool>? filter = null) => Enumerable.Empty<OrderTicket>();

        /// <summary>The session keeps orders, not tickets.</summary>
        public OrderTicket GetOrderTicket(int orderId) => null!;

        /// <inheritdoc />
        public IEnumerable<Order> GetOrders(Func<Order, bool>? filter = null)
            => _records.Values.Select(r => r.Order).Where(o => filter == null || filter(o)).OrderBy(o => o.Id).ToList();

        /// <inheritdoc />
        public List<Order> GetOpenOrders(Func<Order, bool>? filter = null)
            => _records.Values.Select(r => r.Order).Where(o => o.Status.IsOpen() && (filter == null || filter(o))).OrderBy(o => o.Id).ToList();

        /// <inheritdoc />
        public ProjectedHoldings GetProjectedHoldings(Security security)
            => new(Holdings.Get(security.Symbol).Quantity,
                GetOpenOrders(o => o.Symbol == security.Symbol).Sum(o => o.Quantity));

        /// <summary>Stops listening to the brokerage.</summary>
        public void Dispose()
        {
            if (_brokerage == null)
            {
                return;
            }
            _brokerage.OrdersStatusChanged -= OnOrdersStatusChanged;
            _brokerage.NewBrokerageOrderNotification -= OnNewBrokerageOrder;
            _brokerage.AccountChanged -= OnAccountChanged;
            _brokerage.Message -= OnMessage;
            _brokerage.OrderIdChanged -= OnOrderIdChanged;
        }
    }
}
