using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>One BTCC request of the plan <see cref="BtccOrderTranslator"/> makes for a LEAN order.</summary>
    public abstract record BtccOrderStep;

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
    }

    /// <summary><c>POST /v1/account/openposition</c>: open a new position at market.</summary>
    /// <param name="Direction">Buy (long) or sell (short).</param>
    /// <param name="Volume">The volume to open.</param>
    public sealed record BtccOpenPositionStep(BtccDirection Direction, decimal Volume) : BtccOrderStep;

    /// <summary><c>POST /v1/account/openpending</c>: a pending order that opens a new position when triggered.</summary>
    /// <param name="Type">1 limit open or 2 stop open.</param>
    /// <param name="Direction">Buy or sell.</param>
    /// <param name="Volume">The volume.</param>
    /// <param name="Price">The limit or stop price (<c>request_price</c>).</param>
    public sealed record BtccOpenPendingStep(BtccPendingOrderType Type, BtccDirection Direction, decimal Volume, decimal Price) : BtccOrderStep;

    /// <summary>The parameters of <c>POST /v1/account/updatepending</c> for a changed LEAN order.</summary>
    /// <param name="Type">0 limit, 1 stop (updatepending's own coding).</param>
    /// <param name="Direction">Buy or sell.</param>
    /// <param name="Volume">The new <c>request_volume</c>.</param>
    /// <param name="Price">The new <c>request_price</c>.</param>
    public sealed record BtccPendingUpdate(BtccPendingUpdateType Type, BtccDirection Direction, decimal Volume, decimal Price);
}
