/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>The verdict of <see cref="BtccOrderValidator"/>: OK, or the rule broken and a message saying why.</summary>
    /// <param name="Rule">The rule broken; <see cref="BtccOrderRule.None"/> when the order may go to BTCC.</param>
    /// <param name="Message">Why the order cannot go to BTCC, naming the rule and the values; empty when valid.</param>
    public sealed record BtccOrderValidation(BtccOrderRule Rule, string Message)
    {
        /// <summary>The verdict of an order BTCC accepts.</summary>
        public static BtccOrderValidation Valid { get; } = new(BtccOrderRule.None, string.Empty);

        /// <summary>Whether the order may go to BTCC.</summary>
        public bool IsValid => Rule == BtccOrderRule.None;

        /// <summary>A refusal for a rule.</summary>
        public static BtccOrderValidation Refuse(BtccOrderRule rule, string message) => new(rule, message);

        /// <summary>
        /// The refusal as a LEAN warning whose code is the rule's name (null when valid).
        /// </summary>
        public BrokerageMessageEvent? ToBrokerageMessage()
            => IsValid ? null : new BrokerageMessageEvent(BrokerageMessageType.Warning, Rule.ToString(), Message);
    }
}
