/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>
    /// Which BTCC the simulator's quote websocket speaks: each exactly as its source shows it, never a mix, so a
    /// client that works against one works against what that source describes.
    /// </summary>
    public enum BtccQuoteDialect
    {
        /// <summary>
        /// As BTCC's live servers were seen to speak (September 2026, <c>btcc-live-observations.md</c>): upgrade at
        /// <c>/quot/reqloginNew</c> only (404 at the root), <c>Login</c>/<c>Dict</c>/<c>All Products</c> actions, one
        /// dictionary entry per pair named with its maximum leverage and a SecID that is not symbollist's code_id,
        /// tickinfo with null depth fields, dealticksnap once per ReqSubcri for the deep contract, an empty frame
        /// answering a later ReqSubcri, and the socket cut 30.5 s after the last KeepLive.
        /// </summary>
        Live,

        /// <summary>
        /// As BTCC's Nov-2023 PDF prints it: upgrade at the root, action-less login packets, SecID = code_id,
        /// dealticksnap pushed with every trade.
        /// </summary>
        Doc
    }
}
