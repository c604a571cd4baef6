namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>The <c>type</c> of <c>POST /v1/account/openpending</c>.</summary>
    public enum BtccOpenPendingType
    {
        /// <summary>1: a limit order that opens a new position.</summary>
        LimitOpen = 1,
        /// <summary>2: a stop order that opens a new position.</summary>
        StopOpen = 2,
        /// <summary>3: a limit order that closes a position (needs <c>positionid</c>; not used by the translator).</summary>
        LimitClose = 3,
        /// <summary>4: a market stop-loss on a position (needs <c>positionid</c>; not used by the translator).</summary>
        MarketStopLoss = 4,
        /// <summary>5: a market take-profit on a position (needs <c>positionid</c>; not used by the translator).</summary>
        MarketTakeProfit = 5
    }

    /// <summary>
    /// The <c>type</c> of <c>POST /v1/account/updatepending</c>: BTCC codes it 0 limit / 1 stop, unlike openpending's 1–5.
    /// </summary>
    public enum BtccUpdatePendingType
    {
        /// <summary>0: a limit pending order.</summary>
        Limit = 0,
        /// <summary>1: a stop pending order.</summary>
        Stop = 1
    }
}
