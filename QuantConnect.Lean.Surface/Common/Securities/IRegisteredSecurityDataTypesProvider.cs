/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>
    /// The data types registered for a security (stand-in for QuantConnect.Securities.IRegisteredSecurityDataTypesProvider).
    /// </summary>
    public interface IRegisteredSecurityDataTypesProvider
    {
        /// <summary>Registers a type; false when already registered.</summary>
        bool RegisterType(Type type);

        /// <summary>Unregisters a type; false when it was not registered.</summary>
        bool UnregisterType(Type type);

        /// <summary>Finds a registered type by name.</summary>
        bool TryGetType(string name, out Type type);
    }

    /// <summary>Keeps registered data types in memory (stand-in for QuantConnect.Securities.RegisteredSecurityDataTypesProvider).</summary>
    public class RegisteredSecurityDataTypesProvider : IRegisteredSecurityDataTypesProvider
    {
        /// <summary>A provider that registers nothing.</summary>
        public static readonly IRegisteredSecurityDataTypesProvider Null = new NullProvider();

        private readonly Dictionary<string, Type> _types = new();

        /// <summary>Registers a type; false when already registered.</summary>
        public bool RegisterType(Type type)
        {
            lock (_types)
            {
                return _types.TryAdd(type.Name, type);
            }
        }

        /// <summary>Unregisters a type; false when it was not registered.</summary>
        public bool UnregisterType(Type type)
        {
            lock (_types)
            {
                return _types.Remove(type.Name);
            }
        }

        /// <summary>Finds a registered type by name.</summary>
        public bool TryGetType(string name, out Type type)
        {
            lock (_types)
            {
                return _types.TryGetValue(name, out type);
            }
        }

        private sealed class NullProvider : IRegisteredSecurityDataTypesProvider
        {
            public bool RegisterType(Type type) => false;
            public bool UnregisterType(Type type) => false;
            public bool TryGetType(string name, out Type type)
            {
                type = null;
                return false;
            }
        }
    }
}
