/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;
using QuantConnect.Orders;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// Gives LEAN orders their ids. In LEAN only the engine's transaction handler numbers orders, so
    /// <see cref="Order.Id"/> has an internal setter that brokerage and tool assemblies cannot call; the live
    /// session plays the transaction handler and sets it through reflection, in this one place.
    /// </summary>
    internal static class LeanOrderIds
    {
        private static readonly MethodInfo IdSetter = typeof(Order).GetProperty(nameof(Order.Id))?.GetSetMethod(nonPublic: true)
            ?? throw new MissingMethodException(nameof(Order), "set_Id");

        /// <summary>Sets <paramref name="order"/>'s id and returns the order.</summary>
        public static T Assign<T>(T order, int id) where T : Order
        {
            ArgumentNullException.ThrowIfNull(order);
            IdSetter.Invoke(order, new object[] { id });
            return order;
        }
    }
}
