/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;

namespace QuantConnect.Packets
{
    /// <summary>
    /// The job of a live algorithm, carrying the brokerage's settings (stand-in for
    /// QuantConnect.Packets.LiveNodePacket; notification targets are not modelled).
    /// </summary>
    public class LiveNodePacket : AlgorithmNodePacket
    {
        /// <summary>Creates a live job.</summary>
        public LiveNodePacket()
            : base(PacketType.LiveNode)
        {
        }

        /// <summary>The deployment's id.</summary>
        public string DeployId { get; set; } = string.Empty;
        /// <summary>The brokerage's name.</summary>
        public string Brokerage { get; set; } = string.Empty;
        /// <summary>The brokerage's settings (keys as in config.json).</summary>
        public Dictionary<string, string> BrokerageData { get; set; } = new Dictionary<string, string>();
        /// <summary>The data queue handler's type name(s).</summary>
        public string DataQueueHandler { get; set; } = string.Empty;
        /// <summary>The data channel provider's type name.</summary>
        public string DataChannelProvider { get; set; } = string.Empty;
        /// <summary>Whether acknowledgements are disabled.</summary>
        public bool DisableAcknowledgement { get; set; }
        /// <summary>The events notified.</summary>
        public HashSet<string> NotificationEvents { get; set; }
        /// <summary>The live data types.</summary>
        public HashSet<string> LiveDataTypes { get; set; }
        /// <summary>Live.</summary>
        [JsonIgnore]
        public override AlgorithmMode AlgorithmMode => AlgorithmMode.Live;
    }
}
