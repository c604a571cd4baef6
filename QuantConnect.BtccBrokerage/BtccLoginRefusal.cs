/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// What a refused BTCC login means for the user: which key or setting to fix. Pure: BTCC documents no error
    /// codes, so the two codes independent clients met (207, 209) get their own advice and every other code the
    /// credentials and the REST choices in force.
    /// </summary>
    public static class BtccLoginRefusal
    {
        /// <summary>Whether <paramref name="error"/> is BTCC refusing a login (first or renewal), not a failed request.</summary>
        public static bool Applies(BtccApiException error)
            => error.IsRefusal && error.Endpoint == BtccEndpoint.Login.Path;

        /// <summary>The message naming what to fix, for a login BTCC refused with <paramref name="code"/>.</summary>
        /// <param name="code">BTCC's reply code.</param>
        /// <param name="btccMessage">BTCC's <c>msg</c>.</param>
        /// <param name="api">The settings the login was sent with (no secret is read).</param>
        public static string Describe(int code, string btccMessage, BtccApiSettings api)
        {
            ArgumentNullException.ThrowIfNull(api);
            var keys = $"{BtccSettingKeys.ApiKey} and {BtccSettingKeys.ApiSecret}";
            return code switch
            {
                BtccLoginCodes.KeyOutOfDate =>
                    $"BTCC refused the login: the API key is out of date (code {code} '{btccMessage}'). "
                    + $"Create a new API key in BTCC's API management and set {keys}.",
                BtccLoginCodes.KeyNotTradeAuthorised =>
                    $"BTCC refused the login: the API key may not trade (code {code} '{btccMessage}'). "
                    + "In BTCC's API management give the key futures-trade permission and bind it to this machine's public IP "
                    + $"address (BTCC binds a key to at most 5 IP addresses), or create a new key and set {keys}.",
                _ =>
                    $"BTCC refused the login (code {code} '{btccMessage}'). Check {BtccSettingKeys.UserName}, "
                    + $"{BtccSettingKeys.Password}, {keys}. BTCC documents no error codes: if they are right, try "
                    + $"{BtccSettingKeys.PostParameters}={api.PostParameters.Other().Name()} (now {api.PostParameters.Name()}); "
                    + $"the other {BtccSettingKeys.SignEncoding} variant is tried automatically."
            };
        }
    }
}
