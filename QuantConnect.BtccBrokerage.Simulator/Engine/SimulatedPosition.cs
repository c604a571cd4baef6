/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Engine
{
    /// <summary>An MT4-style position ticket (long and short tickets of one symbol coexist).</summary>
    public sealed record SimulatedPosition
    {
        /// <summary>Position id.</summary>
        public long Id { get; init; }
        /// <summary>Instrument of the ticket.</summary>
        public required SimulatedInstrument Instrument { get; init; }
        /// <summary>1 buy (long), 2 sell (short).</summary>
        public int Direction { get; init; }
        /// <summary>Open volume.</summary>
        public decimal Volume { get; init; }
        /// <summary>Volume at open.</summary>
        public decimal InitVolume { get; init; }
        /// <summary>Fill price of the opening deal.</summary>
        public decimal OpenPrice { get; init; }
        /// <summary>Fill time of the opening deal.</summary>
        public DateTimeOffset OpenTime { get; init; }
        /// <summary>Price of the last closing deal (0 until one happens).</summary>
        public decimal ClosePrice { get; init; }
        /// <summary>Time of the last closing deal.</summary>
        public DateTimeOffset? CloseTime { get; init; }
        /// <summary>Commission charged so far (open and close deals).</summary>
        public decimal Commission { get; init; }
        /// <summary>Funding charged (negative) or credited so far.</summary>
        public decimal Swap { get; init; }
        /// <summary>Profit realised by closing deals so far.</summary>
        public decimal RealizedProfit { get; init; }
        /// <summary>Stop-loss price, 0 = none.</summary>
        public decimal StopLoss { get; init; }
        /// <summary>Take-profit price, 0 = none.</summary>
        public decimal TakeProfit { get; init; }
        /// <summary>Margin held by the open volume.</summary>
        public decimal OpenMargin { get; init; }
        /// <summary>The openposition <c>refid</c>, echoed as <c>order_refid</c>.</summary>
        public long OrderRefId { get; init; }
        /// <summary>The openposition <c>ref_accid</c>.</summary>
        public long RefAccountId { get; init; }
        /// <summary>0 initial, 1 open, 2 closed.</summary>
        public int Status { get; init; }
        /// <summary>Id of the opening deal.</summary>
        public long DealId { get; init; }
        /// <summary>Price of the ticket's last execution (open or close deal): exec_price.</summary>
        public decimal ExecPrice { get; init; }
        /// <summary>Volume of the last execution: exec_volume.</summary>
        public decimal ExecVolume { get; init; }
        /// <summary>Time of the last execution: exec_time.</summary>
        public DateTimeOffset ExecTime { get; init; }
        /// <summary>Commission of the last execution: exec_commission.</summary>
        public decimal ExecCommission { get; init; }
        /// <summary>Profit of the last execution: exec_profit.</summary>
        public decimal ExecProfit { get; init; }
        /// <summary>When the ticket came into being (drives LateReportDelay).</summary>
        public DateTimeOffset CreatedAt { get; init; }
        /// <summary>Leverage as sent (<c>multiple</c>): any whole number from 1 to the path's maximum (its suffix).</summary>
        public int Multiple { get; init; }
    }
}
