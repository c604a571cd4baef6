/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Orders
{
    /// <summary>How <see cref="BtccOrderTranslator"/> sends an order, beyond the order and the tickets.</summary>
    /// <param name="Hedge">Open a ticket for the whole quantity, closing nothing (<see cref="BtccOrderProperties.Hedge"/>).</param>
    /// <param name="MinimumVolume">
    /// The instrument's smallest opening volume (0: none). A part past zero below it cannot be opened, so the closes give
    /// up what it lacks: the order then opens exactly this much and closes the rest.
    /// </param>
    public sealed record BtccTranslation(bool Hedge = false, decimal MinimumVolume = 0m)
    {
        /// <summary>Closes before opens, no minimum.</summary>
        public static BtccTranslation Default { get; } = new();
    }
}
