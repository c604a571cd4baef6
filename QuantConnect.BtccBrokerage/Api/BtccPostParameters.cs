/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// Where a POST carries its signed parameters (setting <c>btcc-post-parameters</c>). BTCC's docs put them in
    /// the query string for POSTs too; an independent client sends them as a form body. GETs always use the query.
    /// </summary>
    public enum BtccPostParameters
    {
        /// <summary>In the query string, with an empty body, as BTCC's docs say (the default).</summary>
        Query,

        /// <summary>In an <c>application/x-www-form-urlencoded</c> body, with no query string.</summary>
        Form
    }

    /// <summary>The <c>btcc-post-parameters</c> values and their text.</summary>
    public static class BtccPostParameterModes
    {
        /// <summary>The setting's text for a mode: <c>query</c> or <c>form</c>.</summary>
        public static string Name(this BtccPostParameters mode) => mode == BtccPostParameters.Form ? "form" : "query";

        /// <summary>The mode that is not <paramref name="mode"/>.</summary>
        public static BtccPostParameters Other(this BtccPostParameters mode)
            => mode == BtccPostParameters.Form ? BtccPostParameters.Query : BtccPostParameters.Form;

        /// <summary>Reads <c>query</c> or <c>form</c> (any case, surrounding blanks ignored).</summary>
        public static bool TryParse(string? text, out BtccPostParameters mode)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "query":
                    mode = BtccPostParameters.Query;
                    return true;
                case "form":
                    mode = BtccPostParameters.Form;
                    return true;
                default:
                    mode = BtccPostParameters.Query;
                    return false;
            }
        }
    }
}
