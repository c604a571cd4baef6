/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>The ordered query parameters of one request; numbers are written invariantly, without exponent.</summary>
    internal sealed class BtccParameters : List<KeyValuePair<string, string>>
    {
        public BtccParameters Add(string name, string value)
        {
            Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        public BtccParameters Add(string name, long value) => Add(name, BtccWireFormat.Integer(value));

        public BtccParameters Add(string name, decimal value) => Add(name, BtccWireFormat.Decimal(value));

        /// <summary>Adds an optional parameter only when it has a value.</summary>
        public BtccParameters AddOptional(string name, string? value) => string.IsNullOrEmpty(value) ? this : Add(name, value);

        public BtccParameters AddOptional(string name, long? value) => value.HasValue ? Add(name, value.Value) : this;

        public BtccParameters AddOptional(string name, decimal? value) => value.HasValue ? Add(name, value.Value) : this;
    }
}
