/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// What LEAN's engine sets through internal setters, set the way a test outside LEAN can: by reflection on the
    /// setter LEAN declares internal (so these tests build against LEAN's packages as they are).
    /// </summary>
    internal static class LeanInternals
    {
        /// <summary>Records the market an order met when it was submitted, as LEAN's transaction handler does.</summary>
        public static T WithSubmissionData<T>(this T order, OrderSubmissionData data) where T : Order
        {
            Set(order, nameof(Order.OrderSubmissionData), data);
            return order;
        }

        /// <summary>Sets a currency's conversion rate, as LEAN's currency conversions do.</summary>
        public static void SetConversionRate(this Cash cash, decimal rate) => Set(cash, nameof(Cash.ConversionRate), rate);

        private static void Set(object target, string property, object value) =>
            (target.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public)?.GetSetMethod(nonPublic: true)
                ?? throw new MissingMethodException(target.GetType().Name, "set_" + property))
            .Invoke(target, new[] { value });
    }
}
