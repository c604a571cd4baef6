/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>The quote server refused the login (non-zero <c>LoginResult</c>) or did not answer it.</summary>
    public sealed class BtccQuoteLoginException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public BtccQuoteLoginException(int loginResult, string message) : base(message)
        {
            LoginResult = loginResult;
        }

        /// <summary>BTCC's LoginResult (-1 when no reply came).</summary>
        public int LoginResult { get; }
    }
}
