/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Interfaces;
using QuantConnect.Packets;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages
{
    /// <summary>Base of brokerage factories (stand-in for QuantConnect.Brokerages.BrokerageFactory).</summary>
    public abstract class BrokerageFactory : IBrokerageFactory
    {
        /// <summary>Creates a factory of a brokerage type.</summary>
        protected BrokerageFactory(Type brokerageType)
        {
            BrokerageType = brokerageType;
        }

        /// <summary>The type of brokerage created.</summary>
        public Type BrokerageType { get; }

        /// <summary>The configuration keys and values the brokerage needs.</summary>
        public abstract Dictionary<string, string> BrokerageData { get; }

        /// <summary>Releases the factory's resources.</summary>
        public abstract void Dispose();

        /// <summary>The brokerage model.</summary>
        public abstract IBrokerageModel GetBrokerageModel(IOrderProvider orderProvider);

        /// <summary>Creates the brokerage.</summary>
        public abstract IBrokerage CreateBrokerage(LiveNodePacket job, IAlgorithm algorithm);

        /// <summary>A <see cref="DefaultBrokerageMessageHandler"/>.</summary>
        public virtual IBrokerageMessageHandler CreateBrokerageMessageHandler(IAlgorithm algorithm, AlgorithmNodePacket job, IApi api)
            => new DefaultBrokerageMessageHandler(algorithm, job, api);

        /// <summary>
        /// Reads a key of the brokerage data converted to <typeparamref name="T"/> (invariant culture; enums by
        /// name, ignoring case). A missing or unconvertible value adds a message to <paramref name="errors"/> and
        /// yields the default.
        /// </summary>
        protected static T Read<T>(IReadOnlyDictionary<string, string> brokerageData, string key, ICollection<string> errors)
            where T : IConvertible
        {
            if (!brokerageData.TryGetValue(key, out var value))
            {
                errors.Add("BrokerageFactory.CreateBrokerage(): Missing key: " + key);
                return default;
            }
            try
            {
                if (typeof(T).IsEnum)
                {
                    return (T)Enum.Parse(typeof(T), value, true);
                }
                return (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
            }
            catch (Exception error)
            {
                errors.Add($"BrokerageFactory.CreateBrokerage(): Error converting key '{key}' with value '{value}'. {error.Message}");
                return default;
            }
        }
    }
}
