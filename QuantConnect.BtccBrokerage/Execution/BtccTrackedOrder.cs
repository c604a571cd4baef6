/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Orders;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// The fill engine's mutable record of one leg of a LEAN order that is not yet closed (<see cref="BtccLeanOrder"/>):
    /// a market order's requests, or one BTCC pending order; its BTCC ids, fills and status. Changed only by the fill
    /// engine's classes, under its gate.
    /// </summary>
    internal sealed class BtccTrackedOrder
    {
        private decimal? _pendingPrice;

        public BtccTrackedOrder(BtccLeanOrder parent, string symbolPath, decimal quantity, long requestTime, long sequence)
        {
            Parent = parent;
            SymbolPath = symbolPath;
            Direction = BtccOrderDirection.FromQuantity(parent.Order.Quantity);
            Quantity = quantity;
            RequestTime = requestTime;
            Sequence = sequence;
            LastProgressUtc = DateTime.UtcNow;
        }

        /// <summary>The LEAN order this leg is part of.</summary>
        public BtccLeanOrder Parent { get; }

        /// <summary>The leg's identity in the fill engine (what the diff attributes fills to).</summary>
        public int Key => (int)Sequence;

        /// <summary>The LEAN order.</summary>
        public Order Order => Parent.Order;
        public string SymbolPath { get; }
        public BtccDirection Direction { get; }
        /// <summary>Absolute quantity this leg is expected to fill (lowered when part of it could not be sent, or moved to another leg).</summary>
        public decimal Quantity { get; set; }

        /// <summary>The ticket a closing pending order closes (0: it opens, or the ticket is not known, e.g. after a restart).</summary>
        public long ClosesPositionId { get; set; }

        /// <summary>Whether the leg is a pending order that closes a ticket (type 3, 4 or 5).</summary>
        public bool IsClosingLeg => PendingType is BtccPendingOrderType.LimitClose or BtccPendingOrderType.MarketStopLoss or BtccPendingOrderType.MarketTakeProfit;

        /// <summary>Whether the leg was adopted without its volume: the first orderList listing gives it.</summary>
        public bool AwaitsListedVolume { get; set; }
        public decimal Filled { get; set; }
        public long RequestTime { get; set; }
        public long Sequence { get; }
        public long? PendingOrderId { get; set; }
        public BtccPendingOrderType? PendingType { get; set; }

        /// <summary>The current limit or stop price; every price it had is kept in <see cref="PendingPrices"/>.</summary>
        public decimal? PendingPrice
        {
            get => _pendingPrice;
            set
            {
                _pendingPrice = value;
                if (value is { } price)
                {
                    PendingPrices.Add(price);
                }
            }
        }

        /// <summary>Every limit or stop price the order had: a fill listed after an update may have met an earlier one.</summary>
        public HashSet<decimal> PendingPrices { get; } = new();
        public HashSet<long> OpenedPositionIds { get; } = new();
        public HashSet<long> RefIds { get; } = new();
        public List<BtccPositionCloseRequest> Closes { get; } = new();
        public OrderStatus Status { get; set; } = OrderStatus.Submitted;
        public DateTime LastProgressUtc { get; set; }
        public bool CancelRequested { get; set; }

        /// <summary>Whether BTCC answered the cancel, so <see cref="KnownExecutedVolume"/> is what executed before it.</summary>
        public bool CancelConfirmed { get; set; }

        /// <summary>Whether BTCC says the order is cancelled (its cancel reply, or status 5 in its history).</summary>
        public bool CancelledAtBtcc { get; set; }

        /// <summary>
        /// Whether BTCC refused a cancel of the pending order (it triggered or ended): a listing that still shows it
        /// working is behind, so it no longer proves the order did not execute.
        /// </summary>
        public bool RefusedCancel { get; set; }

        /// <summary>
        /// The largest execute_volume BTCC showed for the pending order: in orderList, or in the reply of a write
        /// (a cancel that a fill beat carries the fill's volume). Fills up to it are the order's, listed or not yet.
        /// </summary>
        public decimal KnownExecutedVolume { get; private set; }

        /// <summary>The last deal id getHisOrder gives for the order once it executed (null: not looked up, or none).</summary>
        public long? HistoryLastDealId { get; set; }

        /// <summary>Requests of this order whose reply was lost, until BTCC's lists settle them.</summary>
        public List<BtccUnconfirmedWrite> Unconfirmed { get; } = new();

        /// <summary>
        /// Whether a cancel is still to be sent: asked for before BTCC's lists showed the pending order (sent once found), or
        /// sent with an outcome that stayed unknown (sent again while orderList lists the order).
        /// </summary>
        public bool CancelDeferred { get; set; }

        /// <summary>The status BTCC's order history gave once the order had ended (2, 5 or 6): it does not change, so it is read once.</summary>
        public BtccOrderStatus? FinalHistoryStatus { get; set; }

        /// <summary>When the order's history may be looked up again (one look-up per poll would flood BTCC).</summary>
        public DateTime NextLookupUtc { get; set; }

        public bool IsTerminal => Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Invalid;

        /// <summary>
        /// What the pending order had executed when this LEAN order took it over (LEAN re-created it from
        /// GetOpenOrders with the rest as its quantity): executions up to it are not this order's fills.
        /// </summary>
        public decimal ExecutedBefore { get; set; }

        /// <summary>The last execution before this LEAN order took the pending order over (unix seconds; 0: none, or it placed or always owned it).</summary>
        public long TakenOverAt { get; set; }

        /// <summary>Notes an execute_volume BTCC showed for the pending order.</summary>
        public void NoteExecuted(decimal executeVolume) => KnownExecutedVolume = Math.Max(KnownExecutedVolume, executeVolume);

        /// <summary>
        /// Whether BTCC shows executions of this order that are not reported yet: more executed volume than filled,
        /// or a last deal its history names that the ledger does not hold. Such an order must not end before them.
        /// </summary>
        public bool AwaitsFills(Func<long, bool> isReported)
            => KnownExecutedVolume - ExecutedBefore > Filled || HistoryLastDealId is { } last && !isReported(last);

        /// <summary>What BTCC executed of the pending order since this leg owns it: at least what was reported.</summary>
        public decimal Executed => Math.Max(KnownExecutedVolume - ExecutedBefore, Filled);

        public BtccTrackedOrderView ToView() => new(Key, SymbolPath, Direction, Quantity, Filled, RequestTime, Sequence)
        {
            ClosesPositionId = ClosesPositionId,
            PendingOrderId = PendingOrderId,
            PendingType = PendingType,
            PendingPrice = PendingPrice,
            PendingPrices = PendingPrices.ToHashSet(),
            KnownExecutedVolume = KnownExecutedVolume,
            NotWorking = RefusedCancel,
            CancelConfirmed = CancelConfirmed,
            CanceledWithoutFills = CancelledAtBtcc && KnownExecutedVolume - ExecutedBefore <= Filled && HistoryLastDealId == null,
            HistoryLastDealId = HistoryLastDealId,
            Completed = FinalHistoryStatus == BtccOrderStatus.Triggered,
            OpenedPositionIds = OpenedPositionIds.ToHashSet(),
            RefIds = RefIds.ToHashSet(),
            Closes = Closes.ToList()
        };
    }
}
