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
