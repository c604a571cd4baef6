/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Packets
{
    /// <summary>Base of LEAN's packets (stand-in for QuantConnect.Packets.Packet).</summary>
    public class Packet
    {
        /// <summary>The kind of packet.</summary>
        public PacketType Type { get; set; }

        /// <summary>The channel it travels on.</summary>
        public virtual string Channel { get; set; }

        /// <summary>Creates a packet.</summary>
        public Packet(PacketType type)
        {
            Channel = string.Empty;
            Type = type;
        }
    }

    /// <summary>A packet naming a Python environment (stand-in for QuantConnect.Packets.PythonEnvironmentPacket).</summary>
    public abstract class PythonEnvironmentPacket : Packet
    {
        /// <summary>Creates the packet.</summary>
        protected PythonEnvironmentPacket(PacketType type)
            : base(type)
        {
        }

        /// <summary>The Python virtual environment, if any.</summary>
        public string PythonVirtualEnvironment { get; set; }
    }
}
