/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;

namespace QuantConnect.Brokerages
{
    /// <summary>Kinds of brokerage messages; LEAN stops the algorithm on <see cref="Error"/>.</summary>
    public enum BrokerageMessageType
    {
        Information, Warning, Error, Reconnect, Disconnect, ActionRequired
    }

    /// <summary>A message from a brokerage to LEAN (stand-in for QuantConnect.Brokerages.BrokerageMessageEvent).</summary>
    public class BrokerageMessageEvent
    {
        /// <summary>The kind of message.</summary>
        public BrokerageMessageType Type { get; private set; }
        /// <summary>The brokerage's code.</summary>
        public string Code { get; private set; }
        /// <summary>The text.</summary>
        public string Message { get; private set; }

        /// <summary>Creates a message with a numeric code.</summary>
        public BrokerageMessageEvent(BrokerageMessageType type, int code, string message)
            : this(type, code.ToString(CultureInfo.InvariantCulture), message)
        {
        }

        /// <summary>Creates a message.</summary>
        public BrokerageMessageEvent(BrokerageMessageType type, string code, string message)
        {
            Type = type;
            Code = code;
            Message = message;
        }

        /// <summary>A disconnect message.</summary>
        public static BrokerageMessageEvent Disconnected(string message) => new(BrokerageMessageType.Disconnect, "Disconnect", message);

        /// <summary>A reconnect message.</summary>
        public static BrokerageMessageEvent Reconnected(string message) => new(BrokerageMessageType.Reconnect, "Reconnect", message);

        /// <summary>Type, code and text.</summary>
        public override string ToString() => $"{Type} - Code: {Code} - {Message}";
    }
}
