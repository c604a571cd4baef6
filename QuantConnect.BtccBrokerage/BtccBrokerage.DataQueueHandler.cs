using QuantConnect.Data;
using QuantConnect.Packets;

namespace QuantConnect.Brokerages.Btcc
{
    // Placeholder so the class compiles on its own; the market-data implementation replaces this file.
    public partial class BtccBrokerage
    {
        /// <summary>Subscribes to a symbol's market data (not implemented in this placeholder).</summary>
        public IEnumerator<BaseData> Subscribe(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler)
            => throw new NotSupportedException("BtccBrokerage market data is not available in this build.");

        /// <summary>Removes a subscription (not implemented in this placeholder).</summary>
        public void Unsubscribe(SubscriptionDataConfig dataConfig)
        {
        }

        /// <summary>Reads the settings from the job and starts the session.</summary>
        public void SetJob(LiveNodePacket job)
        {
            ArgumentNullException.ThrowIfNull(job);
            if (_settings == null)
            {
                var errors = new List<string>();
                var settings = BtccBrokerageSettings.FromBrokerageData(job.BrokerageData, errors);
                if (errors.Count != 0)
                {
                    throw new ArgumentException(string.Join(Environment.NewLine, errors));
                }
                _settings = settings;
            }
            _job = job;
            EnsureSession();
        }
    }
}
