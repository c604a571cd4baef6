/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// The login refusal codes independent clients have met (BTCC documents no code table). Both are about the API
    /// key itself: no retry or signature variant can get past them, only the user can.
    /// </summary>
    public static class BtccLoginCodes
    {
        /// <summary>"API-keys … aren't up to date": the key is out of date.</summary>
        public const int KeyOutOfDate = 207;

        /// <summary>"API KEY NOT TRADE AUTH": the key lacks trade permission (or is used from an IP it is not bound to).</summary>
        public const int KeyNotTradeAuthorised = 209;

        /// <summary>Whether a login refused with <paramref name="code"/> is about the key, not the request.</summary>
        public static bool IsKeyProblem(int code) => code is KeyOutOfDate or KeyNotTradeAuthorised;
    }
}
