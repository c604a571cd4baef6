/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Packets
{
    /// <summary>The job that runs an algorithm (stand-in for QuantConnect.Packets.AlgorithmNodePacket; a subset).</summary>
    public class AlgorithmNodePacket : PythonEnvironmentPacket
    {
        /// <summary>Creates the packet.</summary>
        public AlgorithmNodePacket(PacketType type)
            : base(type)
        {
        }

        /// <summary>The user's id.</summary>
        public int UserId { get; set; }
        /// <summary>The user's API token.</summary>
        public string UserToken { get; set; } = string.Empty;
        /// <summary>The organization's id.</summary>
        public string OrganizationId { get; set; } = string.Empty;
        /// <summary>The project's id.</summary>
        public int ProjectId { get; set; }
        /// <summary>The project's name.</summary>
        public string ProjectName { get; set; }
        /// <summary>The algorithm's id: a live job's deploy id (a backtest's id is not modelled).</summary>
        public string AlgorithmId => this is LiveNodePacket live ? live.DeployId : string.Empty;
        /// <summary>The session's id.</summary>
        public string SessionId { get; set; } = string.Empty;
        /// <summary>The algorithm's parameters.</summary>
        public Dictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();
        /// <summary>The history provider's type name.</summary>
        public string HistoryProvider { get; set; } = string.Empty;
        /// <summary>LEAN's version.</summary>
        public string Version { get; set; }
        /// <summary>How the algorithm runs.</summary>
        public virtual AlgorithmMode AlgorithmMode { get; } = AlgorithmMode.Backtesting;
    }
}
