/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>One BTCC request of the plan <see cref="BtccOrderTranslator"/> makes for a LEAN order.</summary>
    public abstract record BtccOrderStep
    {
        /// <summary>What the request does to BTCC's tickets, in LEAN's terms: opens one, or closes (part of) one.</summary>
        public abstract OrderPosition Position { get; }

        /// <summary>Whether the request opens a ticket.</summary>
        public bool Opens => Position is OrderPosition.BuyToOpen or OrderPosition.SellToOpen;

        /// <summary>The LEAN position of a request on <paramref name="direction"/>'s side that opens or closes.</summary>
        protected static OrderPosition PositionOf(BtccDirection direction, bool opens) => (direction, opens) switch
        {
            (BtccDirection.Buy, true) => OrderPosition.BuyToOpen,
            (BtccDirection.Buy, false) => OrderPosition.BuyToClose,
            (_, true) => OrderPosition.SellToOpen,
            _ => OrderPosition.SellToClose
        };
    }

    /// <summary>
    /// <c>POST /v1/account/closeposition</c>: close <see cref="Volume"/> of a position at market (all of it or part).
    /// </summary>
    /// <param name="PositionId">The position (ticket) to close.</param>
    /// <param name="PositionDirection">The side of the position: buy (long) or sell (short).</param>
    /// <param name="Volume">The volume to close, at most the position's volume.</param>
    /// <remarks>
    /// BTCC's docs do not say whether closeposition's <c>direction</c> is the position's side or the closing side,
    /// so the step carries both and the sender picks one.
    /// </remarks>
    public sealed record BtccClosePositionStep(long PositionId, BtccDirection PositionDirection, decimal Volume) : BtccOrderStep
    {
        /// <summary>The side of the closing trade: the opposite of the position's.</summary>
        public BtccDirection ClosingDirection => BtccOrderDirection.Opposite(PositionDirection);

        /// <inheritdoc />
        public override OrderPosition Position => PositionOf(ClosingDirection, opens: false);
    }

    /// <summary><c>POST /v1/account/openposition</c>: open a new position at market.</summary>
    /// <param name="Direction">Buy (long) or sell (short).</param>
    /// <param name="Volume">The volume to open.</param>
    public sealed record BtccOpenPositionStep(BtccDirection Direction, decimal Volume) : BtccOrderStep
    {
        /// <inheritdoc />
        public override OrderPosition Position => PositionOf(Direction, opens: true);
    }

    /// <summary><c>POST /v1/account/openpending</c>: a pending order that opens a new position when triggered.</summary>
    /// <param name="Type">1 limit open or 2 stop open.</param>
    /// <param name="Direction">Buy or sell.</param>
    /// <param name="Volume">The volume.</param>
    /// <param name="Price">The limit or stop price (<c>request_price</c>).</param>
    public sealed record BtccOpenPendingStep(BtccPendingOrderType Type, BtccDirection Direction, decimal Volume, decimal Price) : BtccOrderStep
    {
        /// <inheritdoc />
        public override OrderPosition Position => PositionOf(Direction, opens: true);
    }

    /// <summary>
    /// <c>POST /v1/account/openpending</c> with a <c>positionid</c>: a pending order that closes <see cref="Volume"/> of one
    /// ticket when triggered (type 3 limit close, 4 market stop-loss).
    /// </summary>
    /// <param name="PositionId">The ticket it closes.</param>
    /// <param name="PositionDirection">The ticket's side: buy (long) or sell (short).</param>
    /// <param name="Type">3 limit close or 4 market stop-loss.</param>
    /// <param name="Volume">The volume to close, at most the ticket's.</param>
    /// <param name="Price">The limit or stop price (<c>request_price</c>).</param>
    /// <remarks>Its <c>direction</c> is read as closeposition's is (the sender picks the closing or the ticket's side).</remarks>
    public sealed record BtccClosePendingStep(long PositionId, BtccDirection PositionDirection, BtccPendingOrderType Type, decimal Volume, decimal Price) : BtccOrderStep
    {
        /// <summary>The side of the closing trade: the opposite of the ticket's.</summary>
        public BtccDirection ClosingDirection => BtccOrderDirection.Opposite(PositionDirection);

        /// <inheritdoc />
        public override OrderPosition Position => PositionOf(ClosingDirection, opens: false);
    }

    /// <summary>The parameters of <c>POST /v1/account/updatepending</c> for a changed LEAN order.</summary>
    /// <param name="Type">0 limit, 1 stop (updatepending's own coding).</param>
    /// <param name="Direction">Buy or sell.</param>
    /// <param name="Volume">The new <c>request_volume</c>.</param>
    /// <param name="Price">The new <c>request_price</c>.</param>
    public sealed record BtccPendingUpdate(BtccPendingUpdateType Type, BtccDirection Direction, decimal Volume, decimal Price);
}
