/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages
{
    /// <summary>
    /// Names the factory of a brokerage class (stand-in for QuantConnect.Brokerages.BrokerageFactoryAttribute).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class BrokerageFactoryAttribute : Attribute
    {
        /// <summary>The factory type.</summary>
        public Type Type { get; set; }

        /// <summary>Creates the attribute.</summary>
        public BrokerageFactoryAttribute(Type type)
        {
            Type = type;
        }
    }
}
