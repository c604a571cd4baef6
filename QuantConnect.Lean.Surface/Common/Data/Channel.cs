/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Data
{
    /// <summary>A data channel of one symbol (stand-in for QuantConnect.Data.Channel).</summary>
    public class Channel
    {
        /// <summary>The name of the channel shared by every tick type.</summary>
        public static string Single = "common";

        /// <summary>The channel name.</summary>
        public string Name { get; private set; }

        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; private set; }

        /// <summary>Creates a channel.</summary>
        public Channel(string channelName, Symbol symbol)
        {
            if (string.IsNullOrEmpty(channelName))
            {
                throw new ArgumentNullException(nameof(channelName), "Channel name can't be null or empty");
            }
            Name = channelName;
            Symbol = symbol ?? throw new ArgumentNullException(nameof(symbol));
        }

        /// <summary>Equal when name and symbol are.</summary>
        public bool Equals(Channel other) => other is not null && Name == other.Name && Symbol.Equals(other.Symbol);

        /// <summary>Equal when name and symbol are.</summary>
        public override bool Equals(object obj) => obj is Channel other && Equals(other);

        /// <summary>Hash of name and symbol.</summary>
        public override int GetHashCode() => HashCode.Combine(Name, Symbol);
    }
}
