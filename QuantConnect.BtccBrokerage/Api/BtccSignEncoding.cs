/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// How parameter values are written into the string BTCC's signature hashes (setting <c>btcc-sign-encoding</c>).
    /// BTCC's docs say URL-encoded, but their example has no character that needs it, and independent clients
    /// disagree; the two differ only for values such as an e-mail login (<c>@</c>) or a symbol path (<c>/</c>).
    /// </summary>
    public enum BtccSignEncoding
    {
        /// <summary>Values URL-encoded (UTF-8, upper-case hex, space as %20), as BTCC's docs say (the default).</summary>
        Encoded,

        /// <summary>Values as they are, unencoded.</summary>
        Raw
    }

    /// <summary>The <c>btcc-sign-encoding</c> values and their text.</summary>
    public static class BtccSignEncodings
    {
        /// <summary>The setting's text for a variant: <c>encoded</c> or <c>raw</c>.</summary>
        public static string Name(this BtccSignEncoding encoding) => encoding == BtccSignEncoding.Raw ? "raw" : "encoded";

        /// <summary>The variant that is not <paramref name="encoding"/>.</summary>
        public static BtccSignEncoding Other(this BtccSignEncoding encoding)
            => encoding == BtccSignEncoding.Raw ? BtccSignEncoding.Encoded : BtccSignEncoding.Raw;

        /// <summary>Reads <c>encoded</c> or <c>raw</c> (any case, surrounding blanks ignored).</summary>
        public static bool TryParse(string? text, out BtccSignEncoding encoding)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "encoded":
                    encoding = BtccSignEncoding.Encoded;
                    return true;
                case "raw":
                    encoding = BtccSignEncoding.Raw;
                    return true;
                default:
                    encoding = BtccSignEncoding.Encoded;
                    return false;
            }
        }
    }
}
