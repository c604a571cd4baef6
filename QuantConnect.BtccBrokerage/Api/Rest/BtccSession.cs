/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>What a successful login established. The token is a secret: never log it.</summary>
    public sealed record BtccSession(string Token, long AccountId, string AccountNo, long AccountGroupId, long ServerTime)
    {
        /// <summary>Shows the account, never the token.</summary>
        public override string ToString() => $"BtccSession(AccountId={AccountId}, AccountNo={AccountNo}, AccountGroupId={AccountGroupId})";
    }
}
